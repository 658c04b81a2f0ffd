package dev.csp.order;

import static io.restassured.RestAssured.given;

import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Requests as a signed-in demo user would send them. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user)).contentType(ContentType.JSON);
    }

    static String newCustomer(DemoUser partnerUser, String market) {
        UUID tenant = UUID.randomUUID();
        return as(partnerUser)
                .body(Map.of("name", "Customer " + tenant, "tenantId", tenant.toString(),
                        "domain", "c" + tenant.toString().substring(0, 8) + ".example", "market", market))
                .post("/v1/customers")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String placeOrder(DemoUser user, String customerId, String skuId, String term) {
        Map<String, Object> line = term == null
                ? Map.of("skuId", skuId, "quantity", 2)
                : Map.of("skuId", skuId, "quantity", 2, "term", term);
        return as(user).body(Map.of("lines", java.util.List.of(line)))
                .post("/v1/customers/{customerId}/orders", customerId)
                .then().statusCode(201)
                .extract().path("id");
    }
}
