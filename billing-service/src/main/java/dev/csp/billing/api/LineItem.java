package dev.csp.billing.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.csp.billing.domain.Charge;
import dev.csp.billing.domain.Credit;
import dev.csp.events.IncludedTax;
import dev.csp.events.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A charge (positive) or a credit (negative) as it will appear on an invoice. {@code taxIncluded}: whether the price
 * includes tax (a credit: whether the charge it reverses did); {@code taxRate} and {@code tax}: where it does, the rate
 * and the tax the amount contains (a credit: negative, the tax it reverses); null where tax is not included or, for
 * lines sold before rates were kept, the amount is not known.
 */
public record LineItem(String type, UUID id, UUID orderId, UUID lineId, UUID customerId, String description,
                       Money amount, Boolean taxIncluded,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate, Money tax, String reason,
                       UUID reverses, Instant at, String billingPeriod) {

    static LineItem of(Charge charge) {
        return new LineItem("CHARGE", charge.id, charge.orderId, charge.lineId, charge.customerId,
                charge.productName + " × " + charge.quantity, charge.amount(), charge.taxIncluded,
                IncludedTax.stated(charge.taxRate), charge.tax().orElse(null), null, null,
                charge.chargedAt, charge.billingPeriod);
    }

    static LineItem of(Credit credit, Charge reversed) {
        Money amount = credit.amount();
        return new LineItem("CREDIT", credit.id, credit.orderId, credit.lineId, credit.customerId,
                "Credit " + credit.reason, negated(amount), reversed.taxIncluded, IncludedTax.stated(reversed.taxRate),
                credit.tax().map(LineItem::negated).orElse(null), credit.reason.name(), credit.chargeId,
                credit.issuedAt, credit.billingPeriod);
    }

    private static Money negated(Money money) {
        return new Money(money.amount().negate(), money.currency());
    }
}
