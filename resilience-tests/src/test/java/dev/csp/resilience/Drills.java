package dev.csp.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Waiting, as the drills do it: for a condition, or until everything the driver started has settled. */
final class Drills {

    private Drills() {
    }

    static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    /** Polls until {@code condition} holds; returns how long it took, or fails after {@code atMost}. */
    static Duration await(String what, Duration atMost, BooleanSupplier condition) throws InterruptedException {
        Instant start = Instant.now();
        while (!condition.getAsBoolean()) {
            if (Duration.between(start, Instant.now()).compareTo(atMost) > 0) {
                throw new AssertionError("not within " + atMost + ": " + what);
            }
            Thread.sleep(200);
        }
        return Duration.between(start, Instant.now());
    }

    /** Compares until nothing is missing any more (effects are asynchronous), at most {@code atMost}; the last look. */
    static Settlement settle(UUID customerId, OrderDriver driver, Duration atMost) throws InterruptedException {
        Instant giveUp = Instant.now().plus(atMost);
        Settlement settlement = Settlement.of(customerId, driver);
        while (!settlement.settled() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1000);
            settlement = Settlement.of(customerId, driver);
        }
        return settlement;
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
