package dev.csp.catalog.domain;

import dev.csp.events.Money;
import dev.csp.kit.failure.Failure;
import java.util.Currency;

/** Amounts the catalog accepts: positive, in a real currency, and never more precise than its minor unit. */
final class Amounts {

    private Amounts() {
    }

    /** The amount as given, or refused: the catalog does not round what an admin typed. */
    static Money exact(Money money) {
        int minorDigits;
        try {
            minorDigits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            throw Failure.ruleViolated("unknown-currency", "'" + money.currency() + "' is not a currency.");
        }
        if (money.amount().signum() <= 0) {
            throw Failure.ruleViolated("amount-not-positive", "Amounts must be above zero, not "
                    + money.amount().toPlainString() + " " + money.currency() + ".");
        }
        if (money.amount().stripTrailingZeros().scale() > Math.max(minorDigits, 0)) {
            throw Failure.ruleViolated("amount-too-precise", money.currency() + " has " + minorDigits
                    + " decimal places; " + money.amount().toPlainString() + " has more.");
        }
        return money.normalized();
    }
}
