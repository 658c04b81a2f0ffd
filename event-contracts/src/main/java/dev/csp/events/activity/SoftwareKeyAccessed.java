package dev.csp.events.activity;

import dev.csp.events.Actor;
import dev.csp.events.Event;
import java.time.Instant;
import java.util.UUID;

/** Someone read a product key. The key itself is never in the event. Key: entitlement id. */
public record SoftwareKeyAccessed(
        UUID eventId,
        Instant occurredAt,
        UUID entitlementId,
        UUID orderId,
        UUID partnerTenantId,
        UUID customerId,
        UUID customerTenantId,
        String productName,
        Actor actor) implements Event {

    public static final String TOPIC = "software-key-accessed";

    @Override
    public String key() {
        return entitlementId.toString();
    }
}
