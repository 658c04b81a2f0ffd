package dev.csp.events.order;

import dev.csp.events.Actor;
import dev.csp.events.Event;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A purchase was cancelled within its window: keys are revoked and the lines credited. Key: order id. */
public record OrderCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID partnerTenantId,
        UUID customerId,
        UUID customerTenantId,
        Instant placedAt,
        Actor cancelledBy,
        List<UUID> lineIds) implements Event {

    public static final String TOPIC = "order-cancelled";

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
