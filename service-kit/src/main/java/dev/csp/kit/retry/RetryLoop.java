package dev.csp.kit.retry;

import java.time.Duration;

/**
 * Tries something again and again, with the {@link Backoff}'s doubling pauses between tries, until a try says it is
 * done: how the inbox waits out a passing fault of a batch or of the dead-letter topic, and the outbox relay one of the
 * broker or the database. Each {@link #until} starts again from the first pause.
 */
public final class RetryLoop {

    /** One try: true when done (it worked, or its failure was dealt with for good), false to try again. */
    @FunctionalInterface
    public interface Attempt {
        boolean done();
    }

    /** How a pause is waited out: a sleep, or (the relay) a wait that a wake-up ends early. */
    @FunctionalInterface
    public interface Pause {
        void await(Duration pause) throws InterruptedException;
    }

    private final Backoff backoff;
    private final Pause pause;

    /** Sleeps between tries. */
    public RetryLoop(Duration first, Duration longest) {
        this(first, longest, pause -> Thread.sleep(pause.toMillis()));
    }

    public RetryLoop(Duration first, Duration longest, Pause pause) {
        this.backoff = new Backoff(first, longest);
        this.pause = pause;
    }

    /** Tries until a try is done; an interrupt during a pause ends the loop with the exception. */
    public void until(Attempt attempt) throws InterruptedException {
        try {
            while (!attempt.done()) {
                pause.await(backoff.next());
            }
        } finally {
            backoff.reset();
        }
    }
}
