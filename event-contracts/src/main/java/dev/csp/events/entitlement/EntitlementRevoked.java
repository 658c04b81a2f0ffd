package dev.csp.events.entitlement;

import dev.csp.events.Event;
import java.time.Instant;
import java.util.UUID;

/** A cancelled line's key and download links stopped working. Key: order id. */
public record EntitlementRevoked(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID lineId,
        UUID entitlementId,
        UUID partnerTenantId,
        UUID customerId,
        UUID customerTenantId) implements Event {

    public static final String TOPIC = "entitlement-revoked";

    @Override
    public String key() {
        return orderId.toString();
    }
}
