package dev.csp.billing.domain;

import dev.csp.events.billing.CreditIssued;
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
 * not used). A credit never exceeds its charge.
 */
public final class CreditPolicy {

    private CreditPolicy() {
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

    public record Refund(BigDecimal amount, CreditIssued.Reason reason) {

        public boolean isNothing() {
            return amount.signum() == 0;
        }
    }
}
