package dev.csp.events.activity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.csp.events.Actor;
import dev.csp.events.Event;
import java.time.Instant;
import java.util.UUID;

/** Someone read a product key. The key itself is never in the event. Key: entitlement id. */
public record SoftwareKeyAccessed(
        UUID eventId,
        Instant occurredAt,
        @JsonUnwrapped EntitlementRef entitlement,
        Actor actor) implements Event {

    public static final String TOPIC = "software-key-accessed";

    @Override
    public String key() {
        return entitlement.key();
    }
}
