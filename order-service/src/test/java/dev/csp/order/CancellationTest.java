package dev.csp.order;

import static dev.csp.order.Api.as;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.DemoUser.CONTOSO_GLOBAL_ADMIN;
import static dev.csp.testing.DemoUser.FABRIKAM_ADMIN_AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.events.EventCodec;
import dev.csp.events.order.OrderCancelled;
import dev.csp.testing.MutableClock;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CancellationTest {

    private static final Map<String, Boolean> ACKNOWLEDGED = Map.of("acknowledged", true);

    @Inject
    MutableClock clock;

    @BeforeEach
    void catalog() {
        CatalogFixture.publishTestCatalog();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void cancellingWithinTheWindowConfirmsAtOnceAndPublishesOrderCancelled() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);

        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, orderId).then()
                .statusCode(200).body("cancellable", equalTo(true)).body("daysRemaining", equalTo(60));
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED)
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, orderId).then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("contoso-admin-agent"))
                .body("lines[0].status", equalTo("CANCELLED"));

        OrderCancelled event = EventCodec.fromJson(
                TestKafka.await(OrderCancelled.TOPIC, r -> orderId.equals(r.key())).value(), OrderCancelled.class);
        assertEquals(1, event.lineIds().size());
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED)
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, orderId).then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("already-cancelled"));
    }

    @Test
    void theWindowEndsSixtyTimesTwentyFourHoursAfterPlacement() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String insideOrder = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String outsideOrder = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);

        clock.advance(Duration.ofDays(59).plusHours(23));
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, insideOrder).then()
                .body("cancellable", equalTo(true)).body("daysRemaining", equalTo(1));
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED)
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, insideOrder).then().statusCode(200);

        clock.advance(Duration.ofHours(1));
        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}/cancellation-eligibility", customer, outsideOrder).then()
                .body("cancellable", equalTo(false))
                .body("reason", equalTo("cancellation-window-passed"))
                .body("windowEndsAt", notNullValue());
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED)
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, outsideOrder).then()
                .statusCode(409).body("code", equalTo("cancellation-window-passed"));
    }

    @Test
    void suseAndRedHatPlansCannotBeCancelled() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.SUSE_SKU, "P1Y");

        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED)
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, orderId).then()
                .statusCode(409).body("code", equalTo("not-cancellable"));
    }

    @Test
    void cancellingNeedsTheAcknowledgementAnAdminAgentAndTheCustomersOwnPartner() {
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        String path = "/v1/customers/" + customer + "/orders/" + orderId + "/cancellations";

        as(CONTOSO_ADMIN_AGENT).body(Map.of("acknowledged", false)).post(path).then()
                .statusCode(400).body("code", equalTo("acknowledgement-required"));
        as(CONTOSO_ADMIN_AGENT).body(Map.of()).post(path).then()
                .statusCode(400).body("code", equalTo("invalid-request"));
        as(CONTOSO_GLOBAL_ADMIN).body(ACKNOWLEDGED).post(path).then().statusCode(403);
        as(FABRIKAM_ADMIN_AGENT).body(ACKNOWLEDGED).post(path).then().statusCode(404);

        as(CONTOSO_ADMIN_AGENT).get("/v1/customers/{c}/orders/{o}", customer, orderId).then()
                .body("status", equalTo("PLACED"));
    }
}
