package dev.csp.entitlement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.entitlement.domain.Entitlement;
import dev.csp.events.ProductKind;
import dev.csp.events.order.OrderPlaced;
import dev.csp.testing.DemoUser;
import dev.csp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Measures the two figures the issue asks for and prints them: the p99 of a key read at a steady rate, and how long
 * after a cancellation is published a key read first answers 410. A probe, not a test: its name keeps it out of the
 * normal run (speed is judged by figures, not by timed tests). Run it with
 * {@code mvn -o test -pl entitlement-service -Dtest=KeyReadLatencyProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class KeyReadLatencyProbe {

    private static final int READS = 200;
    private static final Duration INTERVAL = Duration.ofMillis(25);
    private final String bearer = TestTokens.bearer(DemoUser.CONTOSO_ADMIN_AGENT);

    @Test
    void keyReadsAreQuickAndACancellationCutsThemOffWithinSeconds() {
        OrderPlaced order = OrderEvents.placed(ProductKind.PERPETUAL_SOFTWARE);
        OrderEvents.send(order);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Purchases.entitlementsOf(order).size() == 1);
        Entitlement entitlement = Purchases.entitlementsOf(order).get(0);

        List<Long> micros = steadyReads(entitlement);
        Collections.sort(micros);
        long p50 = micros.get(READS / 2);
        long p99 = micros.get(READS * 99 / 100 - 1);

        long cancelledAt = System.nanoTime();
        OrderEvents.send(OrderEvents.cancelled(order));
        int status;
        do {
            status = readKey(entitlement);
        } while (status == 200 && System.nanoTime() - cancelledAt < Duration.ofSeconds(60).toNanos());
        long cutOffMillis = (System.nanoTime() - cancelledAt) / 1_000_000;

        System.out.printf("key read at %d/s: p50 %d µs, p99 %d µs, max %d µs; first 410 %d ms after the cancellation%n",
                1000 / INTERVAL.toMillis(), p50, p99, micros.get(READS - 1), cutOffMillis);
        assertEquals(410, status);
    }

    /** Reads at a fixed rate (not back to back), as users would, and answers each read's latency. */
    private List<Long> steadyReads(Entitlement entitlement) {
        List<Long> micros = new ArrayList<>(READS);
        long next = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            long start = System.nanoTime();
            assertEquals(200, readKey(entitlement));
            micros.add((System.nanoTime() - start) / 1000);
            next += INTERVAL.toNanos();
        }
        return micros;
    }

    /** The token is signed once, so the figures are the service's, not the test's RSA signing. */
    private int readKey(Entitlement entitlement) {
        return given().header("Authorization", bearer).get("/v1/entitlements/{id}/key", entitlement.id).statusCode();
    }
}
