package dev.csp.billing.domain;

import dev.csp.events.billing.CreditIssued;
import dev.csp.events.catalog.ProductPublished;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * What a cancellation gives back on a charge. Perpetual software: 100%. A subscription or reservation: the unused
 * share of the service time the charge paid for, counted in whole UTC days,
 * {@code credit = amount × unusedDays / paidDays}, rounded half-up to the currency's minor unit, where
 * {@code unusedDays} runs from the cancellation date to the end of the paid time (the day of cancellation is
 * not used). An approved refund gives the approved amount, rounded the same way. Every credit is capped at what
 * remains of its charge after earlier credits, so all credits on a charge together never exceed it.
 */
public final class CreditPolicy {

    private CreditPolicy() {
    }

    /**
     * As the line's cancellation policy says (the order-cancelled event carries it): FULL gives the whole charge back,
     * NONE nothing, PRORATED the unused days. Without a policy (older events) the product decides: perpetual
     * software in full, anything with service time prorated.
     */
    public static Refund onCancellation(Charge charge, java.time.Instant cancelledAt, ProductPublished.RefundKind policy) {
        if (policy == ProductPublished.RefundKind.NONE) {
            return new Refund(BigDecimal.ZERO, CreditIssued.Reason.PRORATED_REFUND);
        }
        if (policy == ProductPublished.RefundKind.FULL) {
            return new Refund(charge.amount, CreditIssued.Reason.FULL_REFUND);
        }
        return onCancellation(charge, cancelledAt);
    }

    public static Refund onCancellation(Charge charge, java.time.Instant cancelledAt) {
        if (charge.serviceFrom == null) {
            return new Refund(charge.amount, CreditIssued.Reason.FULL_REFUND);
        }
        LocalDate from = charge.serviceFrom.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate until = charge.serviceUntil.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate cancelled = cancelledAt.atZone(ZoneOffset.UTC).toLocalDate();
        long paidDays = ChronoUnit.DAYS.between(from, until);
        long unusedDays = Math.max(0, Math.min(paidDays, ChronoUnit.DAYS.between(cancelled, until)));
        BigDecimal credit = charge.amount.multiply(BigDecimal.valueOf(unusedDays))
                .divide(BigDecimal.valueOf(paidDays), charge.minorUnits(), RoundingMode.HALF_UP)
                .min(charge.amount);
        return new Refund(credit, CreditIssued.Reason.PRORATED_REFUND);
    }

    /** Support approved giving back this amount on the charge (a negative approval gives nothing). */
    public static Refund onApprovedRefund(Charge charge, BigDecimal approved) {
        return new Refund(approved.setScale(charge.minorUnits(), RoundingMode.HALF_UP).max(BigDecimal.ZERO),
                CreditIssued.Reason.APPROVED_REFUND);
    }

    public record Refund(BigDecimal amount, CreditIssued.Reason reason) {

        /** No more than what the charge still has to give back. */
        public Refund cappedAt(BigDecimal remaining) {
            return new Refund(amount.min(remaining.max(BigDecimal.ZERO)), reason);
        }

        public boolean isNothing() {
            return amount.signum() <= 0;
        }
    }
}
