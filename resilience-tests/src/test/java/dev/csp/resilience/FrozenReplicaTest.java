package dev.csp.resilience;

import static dev.csp.resilience.Drills.pause;
import static dev.csp.resilience.Drills.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's frozen replica: entitlement-service and billing-service each run a second instance, and the stack's own
 * instance of each is frozen with kill -STOP for 90 s while orders and cancellations arrive, caught (where the load
 * allows) in the middle of a database transaction, so that it holds its locks: the relay lock, per-order and
 * per-partner advisory locks. Its Kafka session lapses after 6 s and PostgreSQL ends its idle transaction after 15 s,
 * which releases the locks; the second instance takes every partition over and the orders placed meanwhile get their
 * keys and charges within seconds. When the frozen instance wakes, it rejoins, and nothing is lost or doubled.
 */
@Order(4)
class FrozenReplicaTest {

    private static final Map<String, Integer> SECOND_PORTS = Map.of("entitlement-service", 8093, "billing-service", 8095);
    private static final Duration FROZEN = Duration.ofSeconds(90);
    private static final Duration TAKEOVER_TARGET = Duration.ofSeconds(30);
    private static final double ORDERS_PER_SECOND = 8;

    @Test
    void aFrozenReplicaLetsGoOfItsLocksAndPartitionsWithinSecondsAndDoublesNothingWhenItWakes() throws Exception {
        List<Process> seconds = new ArrayList<>();
        List<String> frozen = new ArrayList<>();
        try (KafkaLook kafka = new KafkaLook()) {
            Map<String, Long> deadLettersBefore = kafka.deadLetters();
            for (Map.Entry<String, Integer> second : SECOND_PORTS.entrySet()) {
                seconds.add(LocalStack.startSecondInstance(second.getKey(), second.getValue()));
            }
            for (Map.Entry<String, Integer> second : SECOND_PORTS.entrySet()) {
                Drills.await(second.getKey() + " on port " + second.getValue() + " ready", Duration.ofMinutes(3),
                        () -> LocalStack.ready(second.getValue()));
                Drills.await("two members of " + second.getKey() + " share order-placed", Duration.ofMinutes(1),
                        () -> kafka.assignment(second.getKey(), "order-placed").size() == 2);
            }

            OrderDriver driver = Drills.steadyDriver("Frozen Replica", ORDERS_PER_SECOND);

            Instant firstFrozen = Instant.now();
            List<String> caught = new ArrayList<>();
            for (String service : SECOND_PORTS.keySet()) {
                Sessions.Frozen freeze = Sessions.freezeInTransaction(service);
                frozen.add(service);
                caught.add(service + ": " + freeze);
            }
            Instant allFrozen = Instant.now();
            pause(Duration.ofSeconds(3));
            List<UUID> placedWhileFrozen = driver.placedSince(allFrozen);
            Duration takeover = Drills.await("orders placed while frozen are granted and charged", TAKEOVER_TARGET,
                    () -> Sessions.grantedAndCharged(placedWhileFrozen)).plusSeconds(3);
            Drills.await("the frozen instances' transactions are ended by the database", Duration.ofSeconds(30),
                    () -> SECOND_PORTS.keySet().stream().allMatch(service -> Sessions.inTransaction(service) == 0));
            Duration releasedAfter = Duration.between(allFrozen, Instant.now());
            pause(Duration.between(Instant.now(), firstFrozen.plus(FROZEN)));
            frozen.forEach(LocalStack::thaw);
            frozen.clear();
            Instant thawed = Instant.now();
            for (String service : SECOND_PORTS.keySet()) {
                Drills.await(service + " rejoins its group after waking", Duration.ofMinutes(1),
                        () -> kafka.assignment(service, "order-placed").size() == 2);
            }
            Duration rejoined = Duration.between(thawed, Instant.now());
            Settlement settlement = Drills.windDown(driver.customerId(), driver);

            System.out.printf("frozen: %s frozen %s under load at %.0f orders/s, caught %s; orders placed meanwhile"
                            + " (%d in the first 3 s) granted and charged %s after the freeze; frozen transactions gone"
                            + " %s after it at the latest; rejoined %s after waking; orders %d (%d lines), cancellations %d, lost %d,"
                            + " doubled %d; dead letters gained %s%n",
                    SECOND_PORTS.keySet(), seconds(FROZEN), ORDERS_PER_SECOND, caught, placedWhileFrozen.size(),
                    seconds(takeover), seconds(releasedAfter), seconds(rejoined), settlement.orders, settlement.lines,
                    settlement.cancelledOrders, settlement.lost(), settlement.doubled(),
                    KafkaLook.gained(deadLettersBefore, kafka.deadLetters()));
            DrillLedger.add("frozen replica", SECOND_PORTS.size(), settlement.orders, settlement.lost(),
                    settlement.doubled(), KafkaLook.total(KafkaLook.gained(deadLettersBefore, kafka.deadLetters())));
            assertTrue(!placedWhileFrozen.isEmpty(), "orders were placed while the instances were frozen");
            assertEquals(List.of(), List.copyOf(driver.failures), "every request got the answer a client expects");
            assertEquals(List.of(), settlement.findings(), "nothing lost, nothing doubled");
            assertEquals(0, settlement.outboxWaiting, "every outbox drained");
            assertEquals(Map.of(), KafkaLook.gained(deadLettersBefore, kafka.deadLetters()),
                    "no record went to a dead-letter topic");
        } finally {
            frozen.forEach(LocalStack::thaw);
            for (Process second : seconds) {
                LocalStack.stopSecondInstance(second);
            }
            LocalStack.startStopped();
        }
    }
}
