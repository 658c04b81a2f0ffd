package dev.csp.billing.api;

import dev.csp.billing.domain.Charge;
import dev.csp.billing.domain.Credit;
import dev.csp.events.Money;
import java.time.Instant;
import java.util.UUID;

/** A charge (positive) or a credit (negative) as it will appear on an invoice. */
public record LineItem(String type, UUID id, UUID orderId, UUID lineId, UUID customerId, String description,
                       Money amount, Boolean taxIncluded, String reason, UUID reverses, Instant at,
                       String billingPeriod) {

    static LineItem of(Charge charge) {
        return new LineItem("CHARGE", charge.id, charge.orderId, charge.lineId, charge.customerId,
                charge.productName + " × " + charge.quantity, charge.amount(), charge.taxIncluded, null, null,
                charge.chargedAt, charge.billingPeriod);
    }

    static LineItem of(Credit credit) {
        Money amount = credit.amount();
        return new LineItem("CREDIT", credit.id, credit.orderId, credit.lineId, credit.customerId,
                "Credit " + credit.reason, new Money(amount.amount().negate(), amount.currency()), null,
                credit.reason.name(), credit.chargeId, credit.issuedAt, credit.billingPeriod);
    }
}
