package dev.csp.events.order;

import dev.csp.events.Actor;
import dev.csp.events.Event;
import dev.csp.events.Money;
import java.time.Instant;
import java.util.UUID;

/** Support approved a refund request: billing credits the approved amount. Key: order id. */
public record RefundApproved(
        UUID eventId,
        Instant occurredAt,
        UUID refundRequestId,
        UUID orderId,
        UUID lineId,
        UUID partnerTenantId,
        UUID customerId,
        Money amount,
        Actor approvedBy) implements Event {

    public static final String TOPIC = "refund-approved";

    @Override
    public String key() {
        return orderId.toString();
    }
}
