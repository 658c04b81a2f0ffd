package dev.csp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * One purchase through the public APIs, followed to its effects: POST the order; the key readable (a 200 from the
 * key endpoint, tried as soon as entitlement-granted names the entitlement); the charge recorded (charge-recorded,
 * written with the charge); for an audited sample, the purchase in the activity log (polled).
 */
final class Purchases {

    /** A purchase whose key was read. */
    record Purchase(String orderId, String lineId, String entitlementId, Instant placedAt) {
    }

    /** What one order went through, as {@link System#nanoTime()} values (0: not reached). */
    static final class Trace {
        final long due;
        final boolean audited;
        volatile long placed;
        volatile long keyReadable;
        volatile long charged;
        volatile long logged;
        volatile Purchase purchase;
        volatile String failure;
        volatile boolean timedOut;

        Trace(long due, boolean audited) {
            this.due = due;
            this.audited = audited;
        }

        long completed() {
            return Math.max(keyReadable, Math.max(charged, logged));
        }

        Trace failed(Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            Throwable root = cause instanceof Api.RequestFailed && cause.getCause() != null ? cause.getCause() : cause;
            timedOut = root instanceof TimeoutException || root instanceof HttpTimeoutException;
            this.failure = timedOut ? "not complete in time: " + (placed == 0 ? "POST order" : keyReadable == 0
                    ? "key readable" : charged == 0 ? "charge recorded" : "purchase logged") : cause.getMessage() == null ? cause.toString() : cause.getMessage();
            return this;
        }
    }

    private final Api api;
    private final EventWatch events;
    private final Partner partner;
    private final Map<String, Object> orderBody;
    private final Duration timeout;

    Purchases(Api api, EventWatch events, Partner partner, String sku, Duration timeout) {
        this.api = api;
        this.events = events;
        this.partner = partner;
        this.orderBody = Map.of("lines", List.of(Map.of("skuId", sku, "quantity", 1)));
        this.timeout = timeout;
    }

    /** Always completes normally: a failure or a timeout is in the trace. */
    CompletableFuture<Trace> place(long due, boolean audited) {
        Trace trace = new Trace(due, audited);
        long deadline = System.nanoTime() + timeout.toNanos();
        return api.quickPost(Api.ORDERS + "/v1/customers/" + partner.customerId() + "/orders", partner.buyer(), orderBody)
                .thenCompose(response -> {
                    if (response.status() != 201) {
                        throw new IllegalStateException("POST order answered " + response.status() + " " + Text.clip(response.body()));
                    }
                    trace.placed = System.nanoTime();
                    JsonNode order = api.read(response.body());
                    String orderId = order.path("id").asText();
                    String lineId = order.path("lines").path(0).path("id").asText();
                    Instant placedAt = Instant.parse(order.path("placedAt").asText());
                    CompletableFuture<String> key = events.next(EventWatch.ENTITLEMENT_GRANTED, orderId, timeout)
                            .thenCompose(seen -> readKey(seen.event().path("entitlementId").asText(), deadline))
                            .thenApply(id -> {
                                trace.keyReadable = System.nanoTime();
                                return id;
                            });
                    CompletableFuture<Void> charge = events.next(EventWatch.CHARGE_RECORDED, orderId, timeout)
                            .thenAccept(seen -> trace.charged = seen.nanos());
                    CompletableFuture<Void> logged = audited
                            ? purchaseLogged(orderId, placedAt, deadline, 20).thenAccept(at -> trace.logged = at)
                            : CompletableFuture.completedFuture(null);
                    return CompletableFuture.allOf(key, charge, logged).thenApply(done -> {
                        trace.purchase = new Purchase(orderId, lineId, key.join(), placedAt);
                        return trace;
                    });
                })
                .exceptionally(trace::failed);
    }

    /** The key endpoint until it answers 200 (a 404 only while the grant's transaction is not yet visible). */
    CompletableFuture<String> readKey(String entitlementId, long deadline) {
        return api.status(keyUrl(entitlementId), partner.buyer()).thenCompose(status -> {
            if (status == 200) {
                return CompletableFuture.completedFuture(entitlementId);
            }
            if (status == 404 && System.nanoTime() < deadline) {
                return later(5).thenCompose(x -> readKey(entitlementId, deadline));
            }
            throw new IllegalStateException("key read answered " + status);
        });
    }

    void dropWaiting() {
        api.dropWaiting();
    }

    String keyUrl(String entitlementId) {
        return Api.ENTITLEMENTS + "/v1/entitlements/" + entitlementId + "/key";
    }

    /**
     * Polls the activity log for the purchase's ORDER_PLACED entry, in a window of 2 ms around the time the order
     * was placed (the entry carries that time), so each poll reads a handful of rows however large the log is. The
     * pause between polls starts at 20 ms and grows by a quarter each time: the figure is late by at most that pause.
     */
    private CompletableFuture<Long> purchaseLogged(String orderId, Instant placedAt, long deadline, long pauseMillis) {
        String url = Api.AUDIT + "/v1/activity-log?type=ORDER_PLACED&limit=50&customerId=" + partner.customerId()
                + "&from=" + placedAt.minusMillis(1) + "&to=" + placedAt.plusMillis(1);
        return api.quickGet(url, partner.accountant()).thenCompose(response -> {
            long now = System.nanoTime();
            if (response.status() != 200) {
                throw new IllegalStateException("activity log answered " + response.status() + " " + Text.clip(response.body()));
            }
            for (JsonNode entry : api.read(response.body())) {
                if (orderId.equals(entry.path("subjectId").asText())) {
                    return CompletableFuture.completedFuture(now);
                }
            }
            if (now > deadline) {
                throw new CompletionException(new TimeoutException("purchase not in the activity log"));
            }
            long next = Math.min(500, pauseMillis + pauseMillis / 4 + 1);
            return later(pauseMillis).thenCompose(x -> purchaseLogged(orderId, placedAt, deadline, next));
        });
    }

    private CompletableFuture<Void> later(long millis) {
        return CompletableFuture.runAsync(() -> { }, api.after(millis));
    }
}
