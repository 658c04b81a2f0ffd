package dev.csp.resilience;

import static dev.csp.resilience.Drills.pause;
import static dev.csp.resilience.Drills.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's network partition: a second entitlement-service runs in a network namespace of the drill's own
 * ({@link NetworkPartition}) beside the stack's instance, and under load its link to PostgreSQL, Kafka and Keycloak
 * is cut for 60 s, then restored. The process lives on, unaware: the stack's instance takes its partitions over
 * within seconds (its Kafka session lapses; PostgreSQL ends the transactions it left open); once the link is back
 * the cut-off instance rejoins by itself, and nothing is lost or doubled.
 */
@Order(6)
class NetworkPartitionTest {

    private static final int PORT = 8097;
    private static final String GROUP = "entitlement-service";
    private static final Duration CUT = Duration.ofSeconds(60);
    private static final Duration TAKEOVER_TARGET = Duration.ofSeconds(30);
    private static final double ORDERS_PER_SECOND = 8;

    @Test
    void aServiceCutOffFromPostgresAndKafkaForAMinuteIsReplacedAndCatchesUpByItself() throws Exception {
        try (KafkaLook kafka = new KafkaLook(); NetworkPartition partition = NetworkPartition.create()) {
            Map<String, Long> deadLettersBefore = kafka.deadLetters();
            Process cutOff = LocalStack.startSecondInstance("entitlement-service", PORT, NetworkPartition.wrapper(), List.of());
            try {
                String host = NetworkPartition.namespaceAddress();
                Drills.await("entitlement-service in the namespace ready", Duration.ofMinutes(3),
                        () -> LocalStack.ready(host, PORT));
                Drills.await("two members share order-placed", Duration.ofMinutes(1),
                        () -> kafka.assignment(GROUP, "order-placed").size() == 2);

                OrderDriver driver = Drills.steadyDriver("Network Partition", ORDERS_PER_SECOND);

                Instant cut = Instant.now();
                partition.cut();
                pause(Duration.ofSeconds(3));
                List<UUID> placedMeanwhile = driver.placedSince(cut);
                Duration takeover = Drills.await("orders placed after the cut are granted and charged", TAKEOVER_TARGET,
                        () -> Sessions.grantedAndCharged(placedMeanwhile)).plusSeconds(3);
                pause(Duration.between(Instant.now(), cut.plus(CUT)));
                partition.restore();
                Duration rejoined = Drills.await("the cut-off instance rejoins its group", Duration.ofMinutes(2),
                        () -> kafka.assignment(GROUP, "order-placed").size() == 2);
                Settlement settlement = Drills.windDown(driver.customerId(), driver);
                Map<String, Long> gained = KafkaLook.gained(deadLettersBefore, kafka.deadLetters());
                boolean aliveThroughout = cutOff.isAlive() && LocalStack.ready(host, PORT);

                System.out.printf("partition: entitlement-service cut off %s under load at %.0f orders/s; orders placed"
                                + " after the cut (%d in the first 3 s) granted and charged %s after it; rejoined %s after"
                                + " the link came back; same process throughout: %s; orders %d (%d lines), cancellations"
                                + " %d, lost %d, doubled %d; dead letters gained %s%n",
                        seconds(CUT), ORDERS_PER_SECOND, placedMeanwhile.size(), seconds(takeover), seconds(rejoined),
                        aliveThroughout, settlement.orders, settlement.lines, settlement.cancelledOrders, settlement.lost(),
                        settlement.doubled(), gained);
                DrillLedger.add("partition", 1, settlement.orders, settlement.lost(), settlement.doubled(),
                        KafkaLook.total(gained));
                assertFalse(placedMeanwhile.isEmpty(), "orders were placed while the link was cut");
                assertTrue(aliveThroughout, "the cut-off instance lived through it and is ready again");
                assertEquals(List.of(), List.copyOf(driver.failures), "every request got the answer a client expects");
                assertEquals(List.of(), settlement.findings(), "nothing lost, nothing doubled");
                assertEquals(0, settlement.outboxWaiting, "every outbox drained");
                assertEquals(Map.of(), gained, "no record went to a dead-letter topic");
            } finally {
                LocalStack.stopSecondInstance(cutOff);
            }
        }
    }
}
