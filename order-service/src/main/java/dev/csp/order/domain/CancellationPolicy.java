package dev.csp.order.domain;

import dev.csp.events.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The cancellation rules for some lines of an order, checked in this order: a line already cancelled; a line whose
 * policy never allows it (SUSE and Red Hat plans); the window, which opens when the order is placed and ends exactly
 * {@code windowDays} × 24 hours later, exclusive, using the shortest window among the lines (so for 60 days, an
 * order placed at 10:00 on 1 March can be cancelled until 09:59:59.999… on 30 April); and finally the amount: when
 * the lines' total is above what a line's policy lets a partner cancel alone, support has to do it. Days remaining
 * are whole days, rounded up: with 10 minutes left, 1 day remains; on the day of purchase, 60 remain.
 */
public final class CancellationPolicy {

    private static final Duration DAY = Duration.ofDays(1);

    private CancellationPolicy() {
    }

    public static CancellationAssessment evaluate(List<OrderLine> lines, Instant now) {
        List<UUID> ids = lines.stream().map(line -> line.id).toList();
        Instant windowEndsAt = lines.stream().map(OrderLine::windowEndsAt).min(Comparator.naturalOrder()).orElse(now);
        if (lines.isEmpty() || lines.stream().anyMatch(OrderLine::isCancelled)) {
            return CancellationAssessment.refused(windowEndsAt, CancellationAssessment.ALREADY_CANCELLED, ids);
        }
        if (lines.stream().anyMatch(line -> !line.cancellable)) {
            return CancellationAssessment.refused(windowEndsAt, CancellationAssessment.NOT_CANCELLABLE, ids);
        }
        if (!now.isBefore(windowEndsAt)) {
            return CancellationAssessment.refused(windowEndsAt, CancellationAssessment.WINDOW_PASSED, ids);
        }
        Money total = lines.stream().map(OrderLine::amountPaid)
                .reduce((a, b) -> new Money(a.amount().add(b.amount()), a.currency())).orElseThrow();
        if (lines.stream().anyMatch(line -> line.needsSupportRequestToCancel(total))) {
            return CancellationAssessment.refused(windowEndsAt, CancellationAssessment.SUPPORT_REQUEST_REQUIRED, ids);
        }
        return CancellationAssessment.allowed(windowEndsAt, daysRemaining(now, windowEndsAt), ids);
    }

    private static long daysRemaining(Instant now, Instant windowEndsAt) {
        Duration left = Duration.between(now, windowEndsAt);
        return left.toDays() + (left.equals(DAY.multipliedBy(left.toDays())) ? 0 : 1);
    }
}
