package dev.csp.events.activity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.csp.events.Actor;
import dev.csp.events.Event;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone created a copyable download link. The link token is never in the event; {@code linkId} names the link
 * again in {@code software-downloaded}. Key: entitlement id.
 */
public record DownloadLinkCreated(
        UUID eventId,
        Instant occurredAt,
        @JsonUnwrapped EntitlementRef entitlement,
        DownloadVariant variant,
        Instant expiresAt,
        Actor actor,
        UUID linkId) implements Event {

    public static final String TOPIC = "download-link-created";

    @Override
    public String key() {
        return entitlement.key();
    }
}
