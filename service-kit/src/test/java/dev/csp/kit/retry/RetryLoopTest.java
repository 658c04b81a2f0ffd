package dev.csp.kit.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryLoopTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final RetryLoop loop = new RetryLoop(Duration.ofMillis(100), Duration.ofMillis(500), pauses::add);

    @Test
    void triesUntilATryIsDoneWithDoublingPausesUpToTheLongest() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();
        loop.until(() -> tries.incrementAndGet() == 5);
        assertEquals(5, tries.get());
        assertEquals(List.of(ms(100), ms(200), ms(400), ms(500)), pauses);
    }

    @Test
    void aTryDoneAtOnceDoesNotPause() throws InterruptedException {
        loop.until(() -> true);
        assertEquals(List.of(), pauses);
    }

    @Test
    void eachLoopStartsAgainFromTheFirstPause() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();
        loop.until(() -> tries.incrementAndGet() % 3 == 0);
        loop.until(() -> tries.incrementAndGet() % 3 == 0);
        assertEquals(List.of(ms(100), ms(200), ms(100), ms(200)), pauses);
    }

    @Test
    void anInterruptedPauseEndsTheLoopAndTheNextStartsAgainFromTheFirstPause() throws InterruptedException {
        RetryLoop interrupted = new RetryLoop(Duration.ofMillis(100), Duration.ofMillis(500), pause -> {
            pauses.add(pause);
            if (pauses.size() == 2) {
                throw new InterruptedException();
            }
        });
        AtomicInteger tries = new AtomicInteger();
        assertThrows(InterruptedException.class, () -> interrupted.until(() -> {
            tries.incrementAndGet();
            return false;
        }));
        assertEquals(2, tries.get());
        interrupted.until(() -> tries.incrementAndGet() == 4);
        assertEquals(List.of(ms(100), ms(200), ms(100)), pauses);
    }

    @Test
    void sleepsByDefault() throws InterruptedException {
        RetryLoop sleeping = new RetryLoop(Duration.ofMillis(20), Duration.ofMillis(20));
        AtomicInteger tries = new AtomicInteger();
        long start = System.nanoTime();
        sleeping.until(() -> tries.incrementAndGet() == 3);
        assertEquals(3, tries.get());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(ms(40)) >= 0);
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
