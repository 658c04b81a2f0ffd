package dev.csp.kit.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a link, a client address): up to {@code capacity} requests at once, then
 * {@code perSecond} more each second. In memory, per instance: with N replicas a client gets at most N times the
 * rate, which is what a limit against floods needs. Buckets that have filled up again are forgotten, so the map
 * holds only the keys seen recently however many distinct keys arrive.
 */
public final class TokenBuckets {

    private static final int SWEEP_ABOVE = 10_000;

    private final double capacity;
    private final double perSecond;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int capacity, double perSecond, Clock clock) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("a bucket holds at least one request and refills");
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Takes one request from {@code key}'s bucket; empty if it had one, else how long until it has one. */
    public Optional<Duration> take(String key) {
        long now = clock.millis();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
    }

    /** How many keys have a bucket now (for tests of the sweep). */
    int tracked() {
        return buckets.size();
    }

    private final class Bucket {

        private double tokens = capacity;
        private long at;

        Bucket(long now) {
            at = now;
        }

        synchronized Optional<Duration> take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) * 1000 / perSecond)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        /** A clock that went back (a test's, or a corrected one) refills nothing, and counts on from there. */
        private void refill(long now) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * perSecond / 1000);
            }
            at = now;
        }
    }
}
