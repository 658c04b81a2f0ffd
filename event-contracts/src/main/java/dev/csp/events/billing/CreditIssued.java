package dev.csp.events.billing;

import dev.csp.events.Event;
import dev.csp.events.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A credit reverses (part of) a charge and shows on the partner's next invoice. External billing systems
 * consume this topic. Key: order id, so an order's credits arrive in order.
 */
public record CreditIssued(
        UUID eventId,
        Instant occurredAt,
        UUID creditId,
        UUID chargeId,
        UUID orderId,
        UUID lineId,
        UUID partnerTenantId,
        UUID customerId,
        Money amount,
        Reason reason,
        String billingPeriod,
        /** The support request an APPROVED_REFUND settles; null for cancellation credits. Added later: may be absent. */
        UUID refundRequestId) implements Event {

    public static final String TOPIC = "credit-issued";

    /** Perpetual software cancelled: all of it; a subscription cancelled: the unused part; support approved a refund. */
    public enum Reason {
        FULL_REFUND,
        PRORATED_REFUND,
        APPROVED_REFUND
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
