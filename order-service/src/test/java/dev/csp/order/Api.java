package dev.csp.order;

import static io.restassured.RestAssured.given;

import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests as a signed-in demo user would send them. */
final class Api {

    static final Map<String, Boolean> ACKNOWLEDGED = Map.of("acknowledged", true);

    private Api() {
    }

    static RequestSpecification as(DemoUser user) {
        return given().header("Authorization", TestTokens.bearer(user)).contentType(ContentType.JSON);
    }

    /** A customer in a new tenant that the partner creates: the reseller relationship is accepted at once. */
    static String newCustomer(DemoUser partnerUser, String market) {
        UUID name = UUID.randomUUID();
        return as(partnerUser)
                .body(Map.of("name", "Customer " + name, "newTenant", true,
                        "domain", "c" + name.toString().substring(0, 8) + ".example", "market", market))
                .post("/v1/customers")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String placeOrder(DemoUser user, String customerId, String skuId, String term) {
        return placeOrder(user, customerId, List.of(line(skuId, 2, term)));
    }

    static String placeOrder(DemoUser user, String customerId, List<Map<String, Object>> lines) {
        return as(user).body(Map.of("lines", lines))
                .post("/v1/customers/{customerId}/orders", customerId)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Two perpetual licences and a one-year reservation: an order of two lines that cancel differently. */
    static List<Map<String, Object>> perpetualAndReservation() {
        return List.of(line(CatalogFixture.PERPETUAL_SKU, 2, null), line(CatalogFixture.RESERVATION_SKU, 1, "P1Y"));
    }

    static Map<String, Object> line(String skuId, int quantity, String term) {
        return term == null
                ? Map.of("skuId", skuId, "quantity", quantity)
                : Map.of("skuId", skuId, "quantity", quantity, "term", term);
    }

    static List<String> lineIds(DemoUser user, String customerId, String orderId) {
        return as(user).get("/v1/customers/{c}/orders/{o}", customerId, orderId).then().statusCode(200)
                .extract().path("lines.id");
    }
}
