package dev.csp.resilience;

import static dev.csp.resilience.Drills.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops: every service says it is not ready (so Kubernetes takes it out of the gateway's rotation) without
 * dying; PostgreSQL starts again: every service is ready again by itself, the same process, and takes orders.
 */
@Order(3)
class PostgresRestartTest {

    @Test
    void servicesReportNotReadyWithoutTheirDatabaseAndRecoverByThemselves() throws Exception {
        Map<String, String> processes = servicePids();
        Instant stop = Instant.now();
        LocalStack.stop("postgresql");
        Set<String> notReady = new TreeSet<>();
        Duration allNotReady = Drills.await("every service reports not ready", Duration.ofSeconds(90), () -> {
            LocalStack.SERVICE_PORTS.forEach((service, port) -> {
                if (!notReady.contains(service) && !LocalStack.ready(port)) {
                    notReady.add(service);
                }
            });
            return notReady.size() == LocalStack.SERVICE_PORTS.size();
        });

        Instant start = Instant.now();
        LocalStack.startStopped();
        Drills.await("every service ready again", Duration.ofSeconds(120),
                () -> LocalStack.SERVICE_PORTS.values().stream().allMatch(LocalStack::ready));
        Duration readyAgain = Duration.between(start, Instant.now());
        Duration outage = Duration.between(stop, Instant.now());

        PlatformClient client = new PlatformClient();
        UUID customer = client.createCustomer("After PostgreSQL " + Instant.now());
        OrderDriver driver = new OrderDriver(client, customer, 0, 1);
        driver.start(1);
        Drills.pause(Duration.ofSeconds(3));
        driver.finish();
        Settlement settlement = Drills.settle(customer, driver, Duration.ofMinutes(1));

        System.out.printf("postgres: stopped, %d/%d services not ready within %s, ready again %s after the start"
                        + " (%s since the stop), restarted by hand: %s; afterwards %d orders, lost %d, doubled %d%n",
                notReady.size(), LocalStack.SERVICE_PORTS.size(), seconds(allNotReady),
                seconds(readyAgain), seconds(outage), restarted(processes), settlement.orders,
                settlement.lost(), settlement.doubled());
        assertEquals(processes, servicePids(), "no service was restarted: each recovered by itself");
        assertEquals(java.util.List.of(), settlement.findings(), "orders work again, with all their effects");
    }

    private static String restarted(Map<String, String> before) {
        Map<String, String> now = servicePids();
        return before.keySet().stream().filter(s -> !before.get(s).equals(now.get(s))).toList().toString();
    }

    private static Map<String, String> servicePids() {
        Map<String, String> pids = new TreeMap<>();
        for (String service : LocalStack.SERVICE_PORTS.keySet()) {
            try {
                pids.put(service, Files.readString(LocalStack.ROOT.resolve(".stack/pids/" + service + ".pid")).trim());
            } catch (IOException e) {
                pids.put(service, "none");
            }
        }
        return pids;
    }
}
