package dev.csp.kit.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.testing.SteppedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final TokenBuckets buckets = new TokenBuckets(3, 0.5, clock);

    @Test
    void aBurstIsServedThenTheNextWaitsForItsRefill() {
        IntStream.range(0, 3).forEach(i -> assertEquals(Optional.empty(), buckets.take("203.0.113.7"), "request " + i));
        assertEquals(Optional.of(Duration.ofSeconds(2)), buckets.take("203.0.113.7"), "one more a second half");
        clock.advance(Duration.ofMillis(1999));
        assertTrue(buckets.take("203.0.113.7").isPresent(), "not yet");
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.empty(), buckets.take("203.0.113.7"));
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        IntStream.range(0, 3).forEach(i -> buckets.take("link-a"));
        assertTrue(buckets.take("link-a").isPresent());
        assertEquals(Optional.empty(), buckets.take("link-b"));
    }

    @Test
    void refillingStopsAtTheBurstAndAClockGoingBackRefillsNothing() {
        clock.advance(Duration.ofHours(1));
        IntStream.range(0, 3).forEach(i -> assertEquals(Optional.empty(), buckets.take("k")));
        assertTrue(buckets.take("k").isPresent(), "an hour idle still allows only the burst");
        clock.advance(Duration.ofHours(-1));
        assertTrue(buckets.take("k").isPresent(), "time going back gives nothing");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), buckets.take("k"), "and it counts on from there");
    }

    @Test
    void keysSeenOnceAreForgottenOnceTheirBucketsFilledAgain() {
        IntStream.range(0, 10_001).forEach(i -> buckets.take("address-" + i));
        IntStream.range(0, 3).forEach(i -> buckets.take("busy"));
        assertEquals(10_002, buckets.tracked());
        clock.advance(Duration.ofSeconds(2));
        buckets.take("one-more");
        assertEquals(2, buckets.tracked(), "only the bucket still being refilled, and the new one");
        assertEquals(Optional.empty(), buckets.take("busy"), "the busy one kept its state: one token back after 2 s");
        assertTrue(buckets.take("busy").isPresent());
    }
}
