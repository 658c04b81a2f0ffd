package dev.csp.order;

import static dev.csp.order.Api.as;
import static dev.csp.order.Api.line;
import static dev.csp.order.Api.newCustomer;
import static dev.csp.testing.DemoUser.CONTOSO_ADMIN_AGENT;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a benchmark: a probe of order placement latency at a steady arrival rate (open model: requests are sent on
 * schedule whether or not earlier ones have answered, and each is timed from its scheduled start, so a stall shows
 * up instead of hiding). Client, service, broker and database share one machine. Run on demand:
 * {@code mvn -o test -pl order-service -Dtest=PlacementLatencyProbe -Dcsp.measure=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "csp.measure", matches = "true")
class PlacementLatencyProbe {

    private static final int PER_SECOND = Integer.getInteger("csp.measure.rate", 20);
    private static final int SECONDS = Integer.getInteger("csp.measure.seconds", 30);

    @Test
    void placementLatencyAtASteadyRate() throws Exception {
        CatalogFixture.publishTestCatalog();
        String customer = newCustomer(CONTOSO_ADMIN_AGENT, "US");
        Map<String, Object> order = Map.of("lines", List.of(line(CatalogFixture.PERPETUAL_SKU, 1, null)));
        run(customer, order, PER_SECOND, 5); // warm-up: JIT, connection pools
        List<Long> micros = run(customer, order, PER_SECOND, SECONDS);

        Collections.sort(micros);
        System.out.printf("order placement at %d/s for %d s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                PER_SECOND, SECONDS, micros.size(), at(micros, 0.50), at(micros, 0.95), at(micros, 0.99),
                micros.get(micros.size() - 1) / 1000.0);
        assertTrue(micros.size() == PER_SECOND * SECONDS);
    }

    private static List<Long> run(String customer, Map<String, Object> order, int perSecond, int seconds) throws Exception {
        ScheduledExecutorService schedule = Executors.newScheduledThreadPool(16);
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        List<Future<Long>> timings = new ArrayList<>();
        for (int i = 0; i < perSecond * seconds; i++) {
            long due = start + i * interval;
            timings.add(schedule.schedule(() -> {
                as(CONTOSO_ADMIN_AGENT).header("Idempotency-Key", UUID.randomUUID().toString()).body(order)
                        .post("/v1/customers/{c}/orders", customer).then().statusCode(201);
                return (System.nanoTime() - due) / 1000;
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS));
        }
        List<Long> micros = new ArrayList<>();
        for (Future<Long> timing : timings) {
            micros.add(timing.get());
        }
        schedule.shutdown();
        return micros;
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1000.0;
    }
}
