package dev.csp.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a currency (ISO 4217). The amount travels as a JSON string so no consumer rounds it through a double. */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /**
     * The same amount written with the currency's minor units (2 for USD, 0 for JPY), or more digits only where
     * they are not zeros: 1799.0000 AUD becomes 1799.00, 0.0125 USD stays. Never rounds.
     */
    public Money normalized() {
        int minor = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        int significant = Math.max(amount.stripTrailingZeros().scale(), Math.max(minor, 0));
        return new Money(amount.setScale(significant), currency);
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }
}
