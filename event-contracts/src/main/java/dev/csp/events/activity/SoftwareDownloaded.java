package dev.csp.events.activity;

import dev.csp.events.Actor;
import dev.csp.events.Event;
import java.time.Instant;
import java.util.UUID;

/** A download link was used. The actor is who created the link; the link may have been sent on. Key: entitlement id. */
public record SoftwareDownloaded(
        UUID eventId,
        Instant occurredAt,
        UUID entitlementId,
        UUID orderId,
        UUID partnerTenantId,
        UUID customerId,
        UUID customerTenantId,
        String productName,
        DownloadVariant variant,
        Actor actor) implements Event {

    public static final String TOPIC = "software-downloaded";

    @Override
    public String key() {
        return entitlementId.toString();
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
