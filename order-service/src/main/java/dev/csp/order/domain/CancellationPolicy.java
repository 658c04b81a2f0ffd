package dev.csp.order.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The cancellation window of an order: it opens when the order is placed and ends exactly {@code windowDays} × 24
 * hours later (exclusive), using the shortest window among the order's lines. Days remaining are whole days,
 * rounded up: with 10 minutes left, 1 day remains. SUSE and Red Hat plans are never cancellable.
 */
public final class CancellationPolicy {

    private static final Duration DAY = Duration.ofDays(1);

    private CancellationPolicy() {
    }

    public static CancellationAssessment evaluate(Order order, Instant now) {
        Instant windowEndsAt = order.placedAt.plus(Duration.ofDays(order.shortestCancellationWindowDays()));
        if (order.status == OrderStatus.CANCELLED) {
            return CancellationAssessment.refused(windowEndsAt, "already-cancelled");
        }
        if (order.lines.stream().anyMatch(line -> !line.cancellable)) {
            return CancellationAssessment.refused(windowEndsAt, "not-cancellable");
        }
        if (!now.isBefore(windowEndsAt)) {
            return CancellationAssessment.refused(windowEndsAt, "cancellation-window-passed");
        }
        Duration left = Duration.between(now, windowEndsAt);
        long days = left.toDays() + (left.equals(DAY.multipliedBy(left.toDays())) ? 0 : 1);
        return CancellationAssessment.allowed(windowEndsAt, days);
    }
}
