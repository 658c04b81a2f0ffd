package dev.csp.kit.retry;

import java.time.Duration;

/** Pauses that double from a first to a longest one: the pauses of a {@link RetryLoop}. */
public final class Backoff {

    private final Duration first;
    private final Duration longest;
    private Duration next;

    public Backoff(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
        this.next = first;
    }

    /** The pause to wait now; the one after it is twice as long, up to the longest. */
    public Duration next() {
        Duration pause = next;
        next = pause.multipliedBy(2).compareTo(longest) > 0 ? longest : pause.multipliedBy(2);
        return pause;
    }

    public void reset() {
        next = first;
    }
}
