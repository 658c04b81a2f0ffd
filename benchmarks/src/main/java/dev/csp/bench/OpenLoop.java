package dev.csp.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Fires at a fixed rate whether or not earlier requests have answered (an open model, as real users arrive), handing
 * each firing the instant it was due. {@code fire} must not block: it starts an asynchronous request and returns.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** Returns how many were fired: fewer than rate × length only when {@code stop} said so. */
    static long run(double perSecond, Duration length, LongConsumer fire, BooleanSupplier stop) {
        long interval = Math.round(1e9 / perSecond);
        long count = (long) Math.floor(length.toNanos() / 1e9 * perSecond);
        long start = System.nanoTime() + 1_000_000;
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (stop.getAsBoolean()) {
                return i;
            }
            fire.accept(due);
        }
        return count;
    }
}
