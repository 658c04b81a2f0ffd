package dev.csp.events.activity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.csp.events.Actor;
import dev.csp.events.Event;
import java.time.Instant;
import java.util.UUID;

/**
 * A download link was used. The actor is who created the link; the link may have been sent on, so the client's
 * address and user agent say who actually fetched it. {@code contentRange} is null for a whole file, else the
 * part served ({@code bytes 0-1023/1048576}). Key: entitlement id.
 */
public record SoftwareDownloaded(
        UUID eventId,
        Instant occurredAt,
        @JsonUnwrapped EntitlementRef entitlement,
        DownloadVariant variant,
        Actor actor,
        UUID linkId,
        String clientAddress,
        String userAgent,
        String contentRange) implements Event {

    public static final String TOPIC = "software-downloaded";

    @Override
    public String key() {
        return entitlement.key();
    }
}
