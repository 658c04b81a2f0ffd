package dev.csp.resilience;

import dev.csp.resilience.PlatformClient.Answer;
import dev.csp.testing.DemoUser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's admin agent at work, at a fixed rate whatever the platform does: places orders for one customer, reads
 * the key of some and cancels some, as a client that retries would. Every creating POST carries an Idempotency-Key
 * that its retries repeat, so a retry after a lost response cannot buy twice. It keeps a ledger of what it saw, for
 * {@link Settlement} to compare with what the platform recorded.
 */
final class OrderDriver {

    /** What one order should contain: a perpetual licence and a yearly subscription paid up front. */
    static final List<Map<String, Object>> LINES = List.of(
            Map.of("skuId", "ws2022-std-16core", "quantity", 1),
            Map.of("skuId", "ws-std-sub-16core", "quantity", 2, "term", "P1Y", "billing", "UPFRONT"));

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(6);
    private static final DemoUser AGENT = DemoUser.CONTOSO_ADMIN_AGENT;

    private final PlatformClient client;
    private final UUID customerId;
    private final double cancelShare;
    private final double readShare;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
    /** Entitlement id of each order's perpetual line, as entitlement-service granted it: one query for all visits. */
    private final Map<UUID, UUID> granted = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(64);

    final Map<UUID, Instant> placed = new ConcurrentHashMap<>();
    final Map<UUID, Instant> cancelled = new ConcurrentHashMap<>();
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger keyReads = new AtomicInteger();
    /** Key reads whose connection broke after the request was sent: the platform may or may not have served it. */
    final AtomicInteger keyReadsUnanswered = new AtomicInteger();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();

    OrderDriver(PlatformClient client, UUID customerId, double cancelShare, double readShare) {
        this.client = client;
        this.customerId = customerId;
        this.cancelShare = cancelShare;
        this.readShare = readShare;
    }

    UUID customerId() {
        return customerId;
    }

    /** Starts placing {@code perSecond} orders a second, open loop: a slow answer does not slow the arrivals. */
    void start(double perSecond) {
        long periodMicros = Math.round(1_000_000 / perSecond);
        ticker.scheduleAtFixedRate(() -> workers.submit(this::oneCustomerVisit), 0, periodMicros, TimeUnit.MICROSECONDS);
        if (readShare > 0) {
            watcher.scheduleWithFixedDelay(this::watchGrants, 0, 500, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops the arrivals and waits for every visit under way to end (each retries at most a few minutes); the watch
     * for granted entitlements goes on until then, since visits wait for it.
     */
    void finish() throws InterruptedException {
        ticker.shutdownNow();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
        workers.shutdown();
        if (!workers.awaitTermination(GIVE_UP_AFTER.plusMinutes(1).toSeconds(), TimeUnit.SECONDS)) {
            failures.add("visits still running after " + GIVE_UP_AFTER.plusMinutes(1));
            workers.shutdownNow();
        }
        watcher.shutdownNow();
    }

    /** Orders the platform accepted between {@code from} and {@code until}. */
    int placedBetween(Instant from, Instant until) {
        return between(placed, from, until);
    }

    /** Orders the platform accepted at or after {@code from}. */
    List<UUID> placedSince(Instant from) {
        return placed.entrySet().stream().filter(e -> !e.getValue().isBefore(from)).map(Map.Entry::getKey).toList();
    }

    int cancelledBetween(Instant from, Instant until) {
        return between(cancelled, from, until);
    }

    private static int between(Map<UUID, Instant> answered, Instant from, Instant until) {
        return (int) answered.values().stream().filter(at -> !at.isBefore(from) && at.isBefore(until)).count();
    }

    private void oneCustomerVisit() {
        try {
            attempts.incrementAndGet();
            UUID orderId = place();
            if (orderId == null) {
                return;
            }
            ThreadLocalRandom random = ThreadLocalRandom.current();
            if (random.nextDouble() < readShare) {
                readKey(orderId);
            }
            if (random.nextDouble() < cancelShare) {
                cancel(orderId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failures.add("visit failed: " + e);
        }
    }

    private UUID place() throws InterruptedException {
        Answer answer = postUntilAnswered(PlatformClient.ORDERS + "/v1/customers/" + customerId + "/orders",
                Map.of("lines", LINES));
        if (answer == null) {
            return null;
        }
        if (!answer.is(201)) {
            failures.add("order refused: " + answer);
            return null;
        }
        UUID orderId = UUID.fromString(answer.body().get("id").asText());
        placed.put(orderId, Instant.now());
        return orderId;
    }

    private void cancel(UUID orderId) throws InterruptedException {
        Answer answer = postUntilAnswered(PlatformClient.ORDERS + "/v1/customers/" + customerId + "/orders/" + orderId
                + "/cancellations", Map.of("acknowledged", true));
        if (answer != null && answer.is(200)) {
            cancelled.put(orderId, Instant.now());
        } else if (answer != null) {
            failures.add("cancellation refused: " + answer);
        }
    }

    /** One read of the perpetual line's key, once entitlement-service has granted it. Never retried: a read is a read. */
    private void readKey(UUID orderId) throws InterruptedException {
        UUID entitlementId = awaitPerpetualEntitlement(orderId);
        if (entitlementId == null) {
            failures.add("no entitlement for order " + orderId + " within " + GIVE_UP_AFTER);
            return;
        }
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        while (Instant.now().isBefore(giveUp)) {
            try {
                Answer answer = client.get(AGENT, PlatformClient.ENTITLEMENTS + "/v1/entitlements/" + entitlementId + "/key");
                if (answer.is(200)) {
                    keyReads.incrementAndGet();
                } else if (answer.status() >= 500) {
                    keyReadsUnanswered.incrementAndGet();
                } else {
                    failures.add("key read refused: " + answer);
                }
                return;
            } catch (ConnectException | HttpConnectTimeoutException notSent) {
                retries.incrementAndGet();
                Thread.sleep(500);
            } catch (IOException brokenAfterSending) {
                keyReadsUnanswered.incrementAndGet();
                return;
            }
        }
    }

    private UUID awaitPerpetualEntitlement(UUID orderId) throws InterruptedException {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        while (Instant.now().isBefore(giveUp)) {
            UUID id = granted.get(orderId);
            if (id != null) {
                return id;
            }
            Thread.sleep(250);
        }
        return null;
    }

    private void watchGrants() {
        try {
            Databases.select("entitlement", "select order_id, id from entitlement where customer_id = ? and sku_id = ?",
                    new Object[] {customerId, LINES.get(0).get("skuId")},
                    row -> granted.put(row.getObject(1, UUID.class), row.getObject(2, UUID.class)));
        } catch (RuntimeException e) {
            // PostgreSQL unreachable for a moment: the next round tries again
        }
    }

    /**
     * POSTs until the platform answers something other than "not now": a refused connection, a broken one, a 5xx
     * and a 409 "still in flight" are retried with the same Idempotency-Key.
     */
    private Answer postUntilAnswered(String url, Object body) throws InterruptedException {
        String idempotencyKey = UUID.randomUUID().toString();
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        while (Instant.now().isBefore(giveUp)) {
            try {
                Answer answer = client.post(AGENT, url, body, idempotencyKey);
                boolean inFlight = answer.is(409) && answer.body() != null
                        && "idempotency-key-in-flight".equals(answer.body().path("code").asText());
                if (answer.status() < 500 && !inFlight) {
                    return answer;
                }
            } catch (IOException e) {
                // refused or broken connection: the service is down or was killed; the key makes the retry safe
            }
            retries.incrementAndGet();
            Thread.sleep(ThreadLocalRandom.current().nextLong(300, 1000));
        }
        failures.add("no answer within " + GIVE_UP_AFTER + " for POST " + url);
        return null;
    }
}
