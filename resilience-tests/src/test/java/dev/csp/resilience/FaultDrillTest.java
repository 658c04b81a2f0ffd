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
 * While an admin agent places orders at a fixed rate, reads keys and cancels some, every service is killed with
 * kill -9 in turn, then the Kafka broker, then two services are stopped gracefully; each is started again. When the
 * platform settles, every order has exactly its entitlements and charge, every cancelled line its revocation and
 * exactly one credit, every order its activity records, every served key read one record, every outbox is empty, and
 * no dead-letter topic got a record.
 */
@Order(2)
class FaultDrillTest {

    private static final double ORDERS_PER_SECOND = Double.parseDouble(System.getProperty("csp.drill.rate", "8"));
    private static final Duration BROKER_DOWN = Duration.ofSeconds(15);
    /** How long after the broker is killed the drill asks every service whether it is still ready. */
    private static final Duration READINESS_LOOK = Duration.ofSeconds(5);

    private final List<String> faults = new ArrayList<>();

    @Test
    void nothingIsLostOrDoubledWhenEveryProcessFailsUnderLoad() throws Exception {
        PlatformClient client = new PlatformClient();
        UUID customer = client.createCustomer("Fault Drill " + Instant.now());
        Map<String, Long> deadLettersBefore;
        try (KafkaLook kafka = new KafkaLook()) {
            deadLettersBefore = kafka.deadLetters();
        }
        OrderDriver driver = new OrderDriver(client, customer, 0.25, 0.3);
        Instant start = Instant.now();
        driver.start(ORDERS_PER_SECOND);
        pause(Duration.ofSeconds(8));

        for (String service : List.of("order-service", "entitlement-service", "billing-service", "audit-service",
                "catalog-service")) {
            fault("kill -9", service, () -> LocalStack.kill(service), Duration.ofSeconds(2));
        }
        Instant brokerKilled = Instant.now();
        List<String> notReadyWithoutBroker = new ArrayList<>();
        fault("kill -9", "kafka", () -> {
            LocalStack.kill("kafka");
            pauseQuietly(READINESS_LOOK);
            LocalStack.SERVICE_PORTS.forEach((service, port) -> {
                if (!LocalStack.ready(port)) {
                    notReadyWithoutBroker.add(service);
                }
            });
        }, BROKER_DOWN.minus(READINESS_LOOK));
        Instant brokerBack = Instant.now();
        int placedWithoutBroker = driver.placedBetween(brokerKilled, brokerBack);
        int cancelledWithoutBroker = driver.cancelledBetween(brokerKilled, brokerBack);
        fault("stop", "entitlement-service", () -> LocalStack.stop("entitlement-service"), Duration.ZERO);
        fault("stop", "order-service", () -> LocalStack.stop("order-service"), Duration.ZERO);
        pause(Duration.ofSeconds(5));
        driver.finish();
        Duration loaded = Duration.between(start, Instant.now());

        Instant settling = Instant.now();
        Settlement settlement = Drills.settle(customer, driver, Duration.ofMinutes(3));
        Map<String, Long> deadLettersAfter;
        try (KafkaLook kafka = new KafkaLook()) {
            deadLettersAfter = kafka.deadLetters();
        }

        faults.forEach(System.out::println);
        System.out.printf("faults: %d, orders: %d (%d lines), cancellations: %d, key reads: %d (+%d unanswered, %d records),"
                        + " retries: %d, lost: %d, doubled: %d%n", faults.size(), settlement.orders, settlement.lines,
                settlement.cancelledOrders, driver.keyReads.get(), driver.keyReadsUnanswered.get(),
                settlement.keyReadRecords, driver.retries.get(), settlement.lost(), settlement.doubled());
        System.out.printf("faults: load %s at %.0f orders/s, settled %s later; broker down %s: %d orders and %d"
                        + " cancellations accepted meanwhile; outboxes waiting: %d; dead letters gained %s%n",
                seconds(loaded), ORDERS_PER_SECOND, seconds(Duration.between(settling, Instant.now())), seconds(BROKER_DOWN),
                placedWithoutBroker, cancelledWithoutBroker, settlement.outboxWaiting,
                KafkaLook.gained(deadLettersBefore, deadLettersAfter));

        DrillLedger.add("kill and stop", faults.size(), settlement.orders, settlement.lost(), settlement.doubled(),
                KafkaLook.total(KafkaLook.gained(deadLettersBefore, deadLettersAfter)));
        assertEquals(List.of(), List.copyOf(driver.failures), "every request got the answer a client expects");
        assertEquals(List.of(), settlement.findings(), "nothing lost, nothing doubled");
        assertEquals(0, settlement.outboxWaiting, "every outbox drained");
        assertEquals(Map.of(), KafkaLook.gained(deadLettersBefore, deadLettersAfter),
                "no record went to a dead-letter topic");
        assertTrue(placedWithoutBroker > 0, "orders are accepted while the broker is down");
        assertEquals(List.of(), notReadyWithoutBroker, "every service stays ready (in the gateway) without the broker");
        assertTrue(settlement.cancelledOrders > 0 && driver.keyReads.get() > 0, "the drill cancelled and read keys");
    }

    private static void pauseQuietly(Duration duration) {
        try {
            pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Breaks {@code component}, leaves it down for {@code down}, starts it again and notes how long recovery took. */
    private void fault(String how, String component, Runnable breakIt, Duration down) throws InterruptedException {
        Instant start = Instant.now();
        breakIt.run();
        Duration stopped = Duration.between(start, Instant.now());
        pause(down);
        Instant restart = Instant.now();
        LocalStack.startStopped();
        faults.add(String.format("fault: %-7s %-19s stopped in %s, down %s, ready again %s after start", how, component,
                seconds(stopped), seconds(down), seconds(Duration.between(restart, Instant.now()))));
    }
}
