package dev.csp.system;

import static dev.csp.system.Platform.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.system.Fixtures.Side;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * One order is one trace across the services (issue 19 item 1), followed where it can be seen locally: in the
 * services' logs (.stack/logs/SERVICE.log). The order is placed in a trace the test starts itself (its traceparent
 * header), so the trace id is known; order-service carries it through its outbox into the order-placed record's
 * headers, and each consumer logs the record it applied in that trace and the partner's tenant, and so does
 * order-service for what entitlement- and billing-service published back in the same trace (shown: it is in the
 * order's trace only when that consumer applied the order alone).
 */
class TraceTest {

    private static final Duration SOON = Duration.ofSeconds(45);
    /** The consumers of order-placed: each applies the order in the order's own trace, whatever its batch. */
    private static final List<String> SERVICES = List.of("entitlement-service", "billing-service", "audit-service");

    @Test
    void oneOrdersTraceIsFollowedAcrossTheServicesLogs() {
        Side side = Side.CONTOSO;
        String customer = Fixtures.customerId(side);
        String traceId = HexFormat.of().formatHex(random(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-00";

        await().atMost(SOON).until(() -> {
            Response placed = as(side.adminAgent, Platform.ORDERS).header("traceparent", traceparent)
                    .body(Map.of("lines", List.of(Map.of("skuId", Fixtures.SKU, "quantity", 1))))
                    .post("/v1/customers/{c}/orders", customer);
            return placed.statusCode() == 201;
        });

        String inTrace = "traceId=" + traceId + " tenant=" + side.partner;
        for (String service : SERVICES) {
            await().atMost(SOON).pollInterval(Duration.ofMillis(200)).until(() -> logged(service, inTrace));
        }
        assertTrue(linesOf("entitlement-service", inTrace).stream().anyMatch(line -> line.contains("Applied order-placed")));
        assertTrue(linesOf("billing-service", inTrace).stream().anyMatch(line -> line.contains("Applied order-placed")));
        assertTrue(linesOf("audit-service", inTrace).stream().anyMatch(line -> line.contains("Applied order-placed")));
        // The way back (entitlement-granted, charge-recorded applied by order-service) stays in the order's trace only
        // when the consumer applied the order alone: an event published from a batch of several records continues the
        // batch's trace (docs/OBSERVABILITY.md), so it is shown, not required.
        System.out.println("trace " + traceId + " back in order-service: " + linesOf("order-service", inTrace));
    }

    private static boolean logged(String service, String text) {
        return !linesOf(service, text).isEmpty();
    }

    private static List<String> linesOf(String service, String text) {
        Path log = Platform.stackDir().resolve("logs").resolve(service + ".log");
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // W3C trace context refuses an all-zero id
        return bytes;
    }
}
