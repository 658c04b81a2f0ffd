package dev.csp.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.resilience.CommitCutter.Cut;
import dev.csp.resilience.PlatformClient.Answer;
import dev.csp.testing.DemoUser;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's ambiguous commit. A second order-service runs with its clock five minutes ahead (faketime) and reaches
 * PostgreSQL through {@link CommitCutter}, which cuts its connection at the COMMIT of an order: once after the COMMIT
 * reached the server (the order exists, the service cannot know), once before (it does not). The client retries
 * with the same Idempotency-Key, first on the stack's own order-service (the other replica, the other clock), then
 * on the second again: in both cases the key's order exists exactly once, and every retry answers that order.
 */
@Order(5)
class AmbiguousCommitTest {

    private static final int SECOND_PORT = 8096;
    private static final String CLOCK_AHEAD = "+5m";
    private static final String SECOND = "http://localhost:" + SECOND_PORT;

    @Test
    void aRetryWithTheSameKeyNeverBuysTwiceWhateverTheCommitDidAndWhicheverReplicaAnswers() throws Exception {
        List<String> outcomes = new ArrayList<>();
        long placed;
        try (CommitCutter cutter = new CommitCutter(5432)) {
            Process second = LocalStack.startSecondInstance("order-service", SECOND_PORT,
                    List.of("faketime", "-f", CLOCK_AHEAD), List.of("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:"
                            + cutter.port() + "/csp_order?sslmode=disable&prepareThreshold=0"));
            try {
                Drills.await("order-service on port " + SECOND_PORT + " ready", Duration.ofMinutes(3),
                        () -> LocalStack.ready(SECOND_PORT));
                PlatformClient client = new PlatformClient();
                UUID customer = client.createCustomer("Ambiguous Commit " + Instant.now());
                long expectedOrders = 0;
                for (Cut cut : Cut.values()) {
                    String key = UUID.randomUUID().toString();
                    cutter.arm(cut);
                    Answer first = placeOrDump(client, second, customer, key);
                    assertFalse(cutter.armed(), "the connection was cut at the order's COMMIT (" + cut + "); the first attempt answered "
                            + first);
                    assertTrue(first.status() >= 500, "the first attempt could not tell how its COMMIT ended: " + first);
                    long committed = orders(customer) - expectedOrders;
                    assertEquals(cut == Cut.AFTER_COMMIT_SENT ? 1 : 0, committed,
                            "the order committed exactly when its COMMIT reached PostgreSQL");
                    Answer retry = place(client, PlatformClient.ORDERS, customer, key);
                    Answer again = place(client, SECOND, customer, key);
                    expectedOrders++;
                    outcomes.add(String.format("%s: first answered %d, %d order(s) committed; retry on the other replica %d,"
                            + " on the first again %d", cut, first.status(), committed, retry.status(), again.status()));
                    assertEquals(201, retry.status(), "the retry on the other replica answers the order: " + retry);
                    assertEquals(201, again.status(), "the retry on the first replica answers the order: " + again);
                    assertEquals(retry.body().get("id"), again.body().get("id"), "both retries answer the same order");
                    assertEquals(expectedOrders, orders(customer), "one order per key, whatever the commit did");
                }
                assertNotEquals(0, cutter.cuts.get());
                placed = orders(customer);
            } finally {
                LocalStack.stopSecondInstance(second);
            }
        }
        outcomes.forEach(outcome -> System.out.println("ambiguous commit: " + outcome));
        System.out.printf("ambiguous commit: %d connections cut at COMMIT, %d keys, %d orders (the second replica's"
                + " clock %s)%n", Cut.values().length, Cut.values().length, placed, CLOCK_AHEAD);
        DrillLedger.add("ambiguous commit", Cut.values().length, (int) placed, 0, 0, 0);
    }

    private static Answer place(PlatformClient client, String base, UUID customer, String key) throws Exception {
        return client.post(DemoUser.CONTOSO_ADMIN_AGENT, base + "/v1/customers/" + customer + "/orders",
                Map.of("lines", OrderDriver.LINES), key);
    }

    /**
     * The first attempt; if it gets no answer in the client's time, the second replica's threads are printed before
     * the test fails, to show where the request waits (it happened once in dozens of runs, with nothing logged).
     */
    private static Answer placeOrDump(PlatformClient client, Process second, UUID customer, String key) throws Exception {
        try {
            return place(client, SECOND, customer, key);
        } catch (HttpTimeoutException e) {
            for (ProcessHandle jvm : second.descendants().toList()) {
                Process dump = new ProcessBuilder("jcmd", String.valueOf(jvm.pid()), "Thread.print")
                        .redirectErrorStream(true).start();
                System.out.println("ambiguous commit: no answer; the second replica's threads:\n"
                        + new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            throw e;
        }
    }

    private static long orders(UUID customer) {
        return Databases.number("order", "select count(*) from customer_order where customer_id = ?", customer);
    }
}
