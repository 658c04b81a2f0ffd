package dev.csp.resilience;

import static dev.csp.resilience.Drills.pause;
import static dev.csp.resilience.Drills.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's scaling demo on the local stack: a second entitlement-service joins the first in consumer group
 * {@code entitlement-service}, and the two share the partitions of {@code order-placed}. Mid-stream the first is
 * killed; the second takes its partitions over, and every order still gets exactly its entitlements.
 */
@Order(1)
class ScalingTest {

    private static final int SECOND_PORT = 8093;
    private static final String GROUP = "entitlement-service";
    private static final String TOPIC = "order-placed";

    @Test
    void aSecondInstanceSharesThePartitionsAndTakesOverWhenTheFirstDies() throws Exception {
        Process second = startSecondEntitlementService();
        try (KafkaLook kafka = new KafkaLook()) {
            Duration joined = Drills.await("entitlement-service on port " + SECOND_PORT + " ready", Duration.ofMinutes(3),
                    () -> LocalStack.ready(SECOND_PORT));
            Drills.await("two members share " + TOPIC, Duration.ofMinutes(1), () -> kafka.assignment(GROUP, TOPIC).size() == 2);
            List<List<Integer>> shared = kafka.assignment(GROUP, TOPIC);

            PlatformClient client = new PlatformClient();
            UUID customer = client.createCustomer("Scaling Demo " + Instant.now());
            OrderDriver driver = new OrderDriver(client, customer, 0, 0);
            driver.start(10);
            pause(Duration.ofSeconds(8));
            Instant killed = Instant.now();
            LocalStack.kill("entitlement-service");
            Duration takeover = Drills.await("the survivor reads every partition", Duration.ofMinutes(2),
                    () -> kafka.assignment(GROUP, TOPIC).equals(List.of(List.of(0, 1, 2))));
            pause(Duration.ofSeconds(5));
            driver.finish();
            Settlement settlement = Drills.settle(customer, driver, Duration.ofMinutes(2));

            System.out.printf("scaling: second instance ready in %s; %s partitions per member %s; first killed, survivor"
                            + " reads %s after %s; orders %d (%d lines), entitlements lost %d, doubled %d%n",
                    seconds(joined), TOPIC, shared, kafka.assignment(GROUP, TOPIC), seconds(takeover), settlement.orders,
                    settlement.lines, settlement.lost(), settlement.doubled());
            assertEquals(List.of(), List.copyOf(driver.failures));
            assertEquals(List.of(), settlement.findings(), "no entitlement lost or doubled across the takeover");
        } finally {
            LocalStack.startStopped();
            second.destroy();
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    /** The same jar and secrets as ./stack's instance, on another HTTP port, logging to .stack/logs. */
    private static Process startSecondEntitlementService() throws IOException {
        Path module = LocalStack.ROOT.resolve("entitlement-service");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + SECOND_PORT, "-jar", "target/quarkus-app/quarkus-run.jar")
                .directory(module.toFile()).redirectErrorStream(true)
                .redirectOutput(LocalStack.logs().resolve("entitlement-service-2.log").toFile());
        builder.environment().putAll(localSecrets());
        return builder.start();
    }

    private static Map<String, String> localSecrets() throws IOException {
        Map<String, String> secrets = new HashMap<>();
        for (String line : Files.readAllLines(LocalStack.ROOT.resolve(".stack/secrets.env"))) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                secrets.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return secrets;
    }
}
