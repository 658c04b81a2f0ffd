package dev.csp.billing;

import static dev.csp.billing.Fixtures.perpetual;
import static dev.csp.testing.PrometheusScrape.value;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderPlaced;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lag from a cancellation to its credit, from the cancellation's own timestamp. */
@QuarkusTest
class BusinessMetricsTest {

    @Test
    void aCreditForACancellationIsMeasuredOnce() {
        double credits = orZero(value("csp_cancellation_to_credit_seconds_count"));
        Instant now = Instant.now();
        OrderPlaced order = Fixtures.order(UUID.randomUUID(), now.minusSeconds(60), perpetual("100.00", "USD", 1));
        Fixtures.sendAndAwait(order);

        Fixtures.sendAndAwait(Fixtures.cancelled(order, now, ProductPublished.RefundKind.FULL));

        // Recorded just after the commit that marks the event processed: wait for it.
        await().atMost(Duration.ofSeconds(10)).until(() -> value("csp_cancellation_to_credit_seconds_count") >= credits + 1);
        assertEquals(credits + 1, value("csp_cancellation_to_credit_seconds_count"));
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
