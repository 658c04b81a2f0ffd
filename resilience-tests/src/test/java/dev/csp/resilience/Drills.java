package dev.csp.resilience;

import java.io.IOException;
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

    /**
     * A customer of the drill's own and a driver placing {@code perSecond} orders a second for it (a quarter of them
     * cancelled, no key reads), run for eight seconds: the steady state a fault then breaks into.
     */
    static OrderDriver steadyDriver(String drill, double perSecond) throws IOException, InterruptedException {
        PlatformClient client = new PlatformClient();
        OrderDriver driver = new OrderDriver(client, client.createCustomer(drill + " " + Instant.now()), 0.25, 0);
        driver.start(perSecond);
        pause(Duration.ofSeconds(8));
        return driver;
    }

    /** The end of a drill: five more seconds of orders, the driver finished, then {@link #settle} for three minutes. */
    static Settlement windDown(UUID customerId, OrderDriver driver) throws InterruptedException {
        pause(Duration.ofSeconds(5));
        driver.finish();
        return settle(customerId, driver, Duration.ofMinutes(3));
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
