package dev.csp.kit.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void pausesDoubleUpToTheLongestAndStartOverAfterAReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));
        assertEquals(Duration.ofMillis(100), backoff.next());
        assertEquals(Duration.ofMillis(200), backoff.next());
        assertEquals(Duration.ofMillis(400), backoff.next());
        assertEquals(Duration.ofMillis(500), backoff.next());
        assertEquals(Duration.ofMillis(500), backoff.next());
        backoff.reset();
        assertEquals(Duration.ofMillis(100), backoff.next());
    }
}
