package dev.csp.events.activity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.csp.events.Actor;
import dev.csp.events.Event;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone revoked one download link before it expired (sent to the wrong person, say); the entitlement's other links
 * and its key keep working. {@code actor} revoked it; {@code linkCreatedBy} made it, so the log can say whose link it
 * was without looking back for its {@code download-link-created}. Key: entitlement id, like the link's other events.
 */
public record DownloadLinkRevoked(
        UUID eventId,
        Instant occurredAt,
        @JsonUnwrapped EntitlementRef entitlement,
        DownloadVariant variant,
        Actor actor,
        UUID linkId,
        Actor linkCreatedBy) implements Event {

    public static final String TOPIC = "download-link-revoked";

    @Override
    public String key() {
        return entitlement.key();
    }
}
