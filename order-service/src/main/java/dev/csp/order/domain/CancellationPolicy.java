package dev.csp.order.domain;

import dev.csp.events.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cancellation rules for some lines of an order, checked in this order: a line already cancelled; a line whose
 * policy never allows it (SUSE and Red Hat plans); the window, which opens when the order is placed and ends exactly
 * {@code windowDays} × 24 hours later, exclusive, using the shortest window among the lines (so for 60 days, an
 * order placed at 10:00 on 1 March can be cancelled until 09:59:59.999… on 30 April); and finally the amount: when
 * what the order would then have had cancelled in all (its lines cancelled before, and these) is above what a line's
 * policy lets a partner cancel alone, support has to do it, so an order above the limit cannot be cancelled without
 * a request by cancelling it a line at a time. The limit is each line's own, from the policy version in force when
 * the order was placed. Days remaining are whole days, rounded up: with 10 minutes left, 1 day remains; on the day
 * of purchase, 60 remain.
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
        Money before = lines.get(0).order.cancelledAmount();
        Money total = lines.stream().map(OrderLine::amountPaid).reduce(before, CancellationPolicy::plus);
        Money headroom = headroom(lines, before);
        if (lines.stream().anyMatch(line -> line.needsSupportRequestToCancel(total))) {
            return CancellationAssessment.refused(windowEndsAt, CancellationAssessment.SUPPORT_REQUEST_REQUIRED, ids,
                    headroom);
        }
        return CancellationAssessment.allowed(windowEndsAt, daysRemaining(now, windowEndsAt), ids, headroom);
    }

    /**
     * How much more of the order may be cancelled without a support request: the smallest limit among the lines, less
     * what the order has had cancelled already, never below zero; null when none of the lines has a limit.
     */
    private static Money headroom(List<OrderLine> lines, Money cancelledBefore) {
        return lines.stream().map(OrderLine::supportRequestLimit).flatMap(Optional::stream)
                .min(Comparator.comparing(Money::amount))
                .map(limit -> new Money(limit.amount().subtract(cancelledBefore.amount()).max(BigDecimal.ZERO),
                        limit.currency()).normalized())
                .orElse(null);
    }

    private static Money plus(Money a, Money b) {
        return new Money(a.amount().add(b.amount()), a.currency());
    }

    private static long daysRemaining(Instant now, Instant windowEndsAt) {
        Duration left = Duration.between(now, windowEndsAt);
        return left.toDays() + (left.equals(DAY.multipliedBy(left.toDays())) ? 0 : 1);
    }
}
