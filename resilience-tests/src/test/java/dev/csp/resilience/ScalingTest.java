package dev.csp.resilience;

import static dev.csp.resilience.Drills.pause;
import static dev.csp.resilience.Drills.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's scaling demo on the local stack: a second entitlement-service joins the first in consumer group
 * {@code entitlement-service}, and the two share the partitions of {@code order-placed}. Mid-stream the first is
 * killed; the second takes its partitions over within 10 s (the consumers' 6 s session timeout, not Kafka's default
 * 45 s), and every order still gets exactly its entitlements.
 */
@Order(1)
class ScalingTest {

    private static final int SECOND_PORT = 8093;
    private static final String GROUP = "entitlement-service";
    private static final String TOPIC = "order-placed";
    private static final Duration TAKEOVER_TARGET = Duration.ofSeconds(10);

    @Test
    void aSecondInstanceSharesThePartitionsAndTakesOverWhenTheFirstDies() throws Exception {
        Process second = LocalStack.startSecondInstance("entitlement-service", SECOND_PORT);
        try (KafkaLook kafka = new KafkaLook()) {
            Map<String, Long> deadLettersBefore = kafka.deadLetters();
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
            DrillLedger.add("scaling", 1, settlement.orders, settlement.lost(), settlement.doubled(),
                    KafkaLook.total(KafkaLook.gained(deadLettersBefore, kafka.deadLetters())));
            assertEquals(List.of(), List.copyOf(driver.failures));
            assertTrue(takeover.compareTo(TAKEOVER_TARGET) < 0, "the survivor took the partitions over within "
                    + TAKEOVER_TARGET + " (the consumers' 6 s session), not " + takeover);
            assertEquals(Map.of(), KafkaLook.gained(deadLettersBefore, kafka.deadLetters()),
                    "no record went to a dead-letter topic");
            assertEquals(List.of(), settlement.findings(), "no entitlement lost or doubled across the takeover");
        } finally {
            LocalStack.startStopped();
            LocalStack.stopSecondInstance(second);
        }
    }
}
