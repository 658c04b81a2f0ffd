package dev.csp.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Every event starts with its id, the moment it happened and the id of the aggregate it is about.
 * The aggregate id is the Kafka key, so one aggregate's events stay in order on one partition.
 */
public interface Event {

    UUID eventId();

    Instant occurredAt();

    /** The Kafka record key. Not part of the JSON body. */
    String key();

    /** The topic this event type is published on: one type per topic ({@link EventTypes}). Not part of the JSON body. */
    default String topic() {
        return EventTypes.topicOf(getClass());
    }
}
