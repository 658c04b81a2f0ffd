package dev.csp.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The tax a tax-inclusive amount contains at a rate (Australia's GST: 0.10): amount × rate / (1 + rate), rounded
 * half-up to the currency's minor unit. 1787.37 AUD at 0.10 contains 162.49 AUD.
 */
public final class IncludedTax {

    private IncludedTax() {
    }

    public static Money in(Money gross, BigDecimal rate) {
        int minor = Math.max(Currency.getInstance(gross.currency()).getDefaultFractionDigits(), 0);
        BigDecimal tax = gross.amount().multiply(rate).divide(BigDecimal.ONE.add(rate), minor, RoundingMode.HALF_UP);
        return new Money(tax, gross.currency());
    }

    /** A rate as stated, with at least two decimals: 0.1000 is 0.10, 0.1425 stays; null stays null. */
    public static BigDecimal stated(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    /** The same share of {@code part} as {@code tax} is of {@code whole}, half-up to the currency's minor unit. */
    public static Money shareOf(Money tax, BigDecimal part, BigDecimal whole) {
        int minor = Math.max(Currency.getInstance(tax.currency()).getDefaultFractionDigits(), 0);
        if (whole.signum() == 0) {
            return new Money(BigDecimal.ZERO.setScale(minor), tax.currency());
        }
        return new Money(tax.amount().multiply(part).divide(whole, minor, RoundingMode.HALF_UP), tax.currency());
    }
}
