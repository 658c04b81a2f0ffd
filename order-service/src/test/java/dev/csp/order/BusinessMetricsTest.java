package dev.csp.order;

import static dev.csp.order.Api.ACKNOWLEDGED;
import static dev.csp.order.Api.as;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.order.Api.placeOrder;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static dev.csp.testing.PrometheusScrape.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator's dashboard counts: orders placed and cancelled, the outbox, the consumers' lag. */
@QuarkusTest
class BusinessMetricsTest {

    @Test
    void aPlacedAndACancelledOrderAreCountedOnceEach() {
        CatalogFixture.publishTestCatalog();
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        double placed = orZero(value("csp_orders_placed_total"));
        double cancelled = orZero(value("csp_orders_cancelled_total"));

        String orderId = placeOrder(CONTOSO_ADMIN_AGENT, customer, CatalogFixture.PERPETUAL_SKU, null);
        as(CONTOSO_ADMIN_AGENT).body(ACKNOWLEDGED)
                .post("/v1/customers/{c}/orders/{o}/cancellations", customer, orderId).then().statusCode(200);

        assertEquals(placed + 1, value("csp_orders_placed_total"));
        assertEquals(cancelled + 1, value("csp_orders_cancelled_total"));
    }

    @Test
    void theOutboxIsExposed() {
        // the consumers' lag (Quarkus' Kafka binder) is checked on the running stack: system-tests MetricsTest
        assertTrue(value("csp_outbox_depth") >= 0);
        assertTrue(value("csp_outbox_oldest_age_seconds") >= 0);
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
