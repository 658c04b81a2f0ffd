package dev.csp.order;

import static dev.csp.order.Api.ACKNOWLEDGED;
import static dev.csp.order.Api.as;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.FABRIKAM_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.FABRIKAM_GLOBAL_ADMIN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another partner's customer, order or cancellation answers 404 on every endpoint, exactly like one that does not exist. */
@QuarkusTest
class CrossTenantTest {

    @Test
    void everyOrderEndpointAnswersNotFoundToAnotherPartner() {
        CatalogFixture.publishTestCatalog();
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String order = "/v1/customers/" + customer + "/orders/" + orderId;
        Map<String, Object> newOrder = Map.of("lines", List.of(Map.of("skuId", CatalogFixture.PERPETUAL_SKU, "quantity", 1)));

        as(FABRIKAM_ADMIN_AGENT).get("/v1/customers/{c}", customer).then().statusCode(404);
        as(FABRIKAM_GLOBAL_ADMIN).queryParam("q", customer).get("/v1/customers").then().statusCode(200)
                .body("id", not(hasItem(customer)));
        as(FABRIKAM_ADMIN_AGENT).get("/v1/customers/{c}/orders", customer).then().statusCode(404);
        as(FABRIKAM_ADMIN_AGENT).body(newOrder).post("/v1/customers/{c}/orders", customer).then().statusCode(404);
        as(FABRIKAM_ADMIN_AGENT).header("Idempotency-Key", "k-" + orderId).body(newOrder)
                .post("/v1/customers/{c}/orders", customer).then().statusCode(404);
        as(FABRIKAM_ADMIN_AGENT).get(order).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found"));
        as(FABRIKAM_ADMIN_AGENT).get(order + "/cancellation-eligibility").then().statusCode(404);
        as(FABRIKAM_ADMIN_AGENT).body(ACKNOWLEDGED).post(order + "/cancellations").then().statusCode(404);

        String otherCustomer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", otherCustomer, orderId).then().statusCode(404);
        as(CONTOSO_ADMIN_AGENT).get(order).then().statusCode(200).body("status", equalTo("PLACED"));
    }
}
