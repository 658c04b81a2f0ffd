package dev.csp.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one definition of the wire format: ISO-8601 instants, amounts as plain decimal strings (never 1E+3, which the
 * JSON Schemas in {@code schemas/} refuse), unknown fields ignored (changes are additive), missing primitives refused.
 * Producers and consumers both use it.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventCodec() {
    }

    public static String toJson(Event event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    /** Decodes an event; a body that is not a valid event of this type throws {@link MalformedEvent}. */
    public static <E extends Event> E fromJson(String json, Class<E> type) {
        try {
            E event = MAPPER.readValue(json, type);
            if (event == null || event.eventId() == null || event.occurredAt() == null) {
                throw new MalformedEvent(type.getSimpleName() + " without eventId or occurredAt");
            }
            return event;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEvent("Not a valid " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A record that can never be processed, however often it is retried: it belongs on a dead-letter topic. */
    public static final class MalformedEvent extends RuntimeException {
        public MalformedEvent(String message) {
            super(message);
        }
    }
}
