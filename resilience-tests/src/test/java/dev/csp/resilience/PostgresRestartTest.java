package dev.csp.resilience;

import static dev.csp.resilience.Drills.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops for three minutes while orders, cancellations and key reads keep coming: every service says it is
 * not ready (so Kubernetes takes it out of the gateway's rotation) without dying, and its consumers hold the records
 * that arrive meanwhile (a passing fault is never dead-lettered, and the connector does not close a consumer whose
 * record waits longer than a minute). PostgreSQL starts again: every service is ready again by itself, the same
 * process, every order the platform accepted has all its effects, and no record went to a dead-letter topic.
 */
@Order(3)
class PostgresRestartTest {

    private static final Duration OUTAGE = Duration.ofMinutes(3);
    private static final double ORDERS_PER_SECOND = 2;

    @Test
    void aThreeMinuteOutageUnderLoadLosesNothingAndHealsByItself() throws Exception {
        Map<String, String> processes = servicePids();
        Map<String, Long> deadLettersBefore;
        try (KafkaLook kafka = new KafkaLook()) {
            deadLettersBefore = kafka.deadLetters();
        }
        PlatformClient client = new PlatformClient();
        UUID customer = client.createCustomer("PostgreSQL outage " + Instant.now());
        OrderDriver driver = new OrderDriver(client, customer, 0.25, 0.3);
        driver.start(ORDERS_PER_SECOND);
        Drills.pause(Duration.ofSeconds(8));

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
        Drills.pause(Duration.between(Instant.now(), stop.plus(OUTAGE)));

        Instant start = Instant.now();
        LocalStack.startStopped();
        Drills.await("every service ready again", Duration.ofSeconds(120),
                () -> LocalStack.SERVICE_PORTS.values().stream().allMatch(LocalStack::ready));
        Duration readyAgain = Duration.between(start, Instant.now());
        Duration outage = Duration.between(stop, start);
        int acceptedBefore = driver.placedBetween(Instant.EPOCH, stop);
        Drills.pause(Duration.ofSeconds(10));
        driver.finish();
        Settlement settlement = Drills.settle(customer, driver, Duration.ofMinutes(3));
        Map<String, Long> deadLettersAfter;
        try (KafkaLook kafka = new KafkaLook()) {
            deadLettersAfter = kafka.deadLetters();
        }

        System.out.printf("postgres: down %s under load at %.0f orders/s, %d/%d services not ready within %s, ready again"
                        + " %s after the start, restarted by hand: %s; %d orders accepted before the stop, %d in all"
                        + " (%d lines), cancellations %d, key reads %d, lost %d, doubled %d; dead letters gained %s%n",
                seconds(outage), ORDERS_PER_SECOND, notReady.size(), LocalStack.SERVICE_PORTS.size(), seconds(allNotReady),
                seconds(readyAgain), restarted(processes), acceptedBefore, settlement.orders, settlement.lines,
                settlement.cancelledOrders, driver.keyReads.get(), settlement.lost(), settlement.doubled(),
                KafkaLook.gained(deadLettersBefore, deadLettersAfter));
        DrillLedger.add("postgres outage", 1, settlement.orders, settlement.lost(), settlement.doubled(),
                KafkaLook.total(KafkaLook.gained(deadLettersBefore, deadLettersAfter)));
        assertEquals(processes, servicePids(), "no service was restarted: each recovered by itself");
        assertEquals(List.of(), List.copyOf(driver.failures), "every request got the answer a client expects");
        assertEquals(List.of(), settlement.findings(), "every accepted order has all its effects, none twice");
        assertEquals(0, settlement.outboxWaiting, "every outbox drained");
        assertEquals(Map.of(), KafkaLook.gained(deadLettersBefore, deadLettersAfter),
                "no record went to a dead-letter topic");
        assertTrue(acceptedBefore > 0 && settlement.orders > acceptedBefore,
                "orders were accepted before the outage and after it");
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
