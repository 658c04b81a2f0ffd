package dev.csp.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.events.EventTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * The checked-in event samples (event-contracts/src/test/resources/samples/&lt;topic&gt;.json, the ones EventSchemasTest
 * holds to the schemas), for a consumer-side contract test: a service fed each sample it consumes must apply it. A
 * test may point a sample's ids at data it made ({@link #sample}, then {@code put}); everything else stays as written.
 */
public final class EventSamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FOLDER = folder();

    private EventSamples() {
    }

    /** The sample of the topic, as checked in, to adjust and {@link #send}. */
    public static ObjectNode sample(String topic) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(FOLDER.resolve(topic + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException("No sample for " + topic + " in " + FOLDER, e);
        }
    }

    /** The sample as checked in, its event id a fresh one, for a test that needs a second copy of the same event. */
    public static ObjectNode freshSample(String topic) {
        ObjectNode sample = sample(topic);
        sample.put("eventId", UUID.randomUUID().toString());
        return sample;
    }

    /**
     * Puts the sample on its topic as the publishing service would: keyed as its event type keys it, the value the
     * sample's own JSON (not re-encoded, so a field the consumer's codec ignores or misreads stays as written).
     */
    public static void send(String topic, ObjectNode sample) {
        String value = text(sample);
        Event event = EventCodec.fromJson(value, EventTypes.BY_TOPIC.get(topic));
        TestKafka.send(topic, event.key(), value);
    }

    /** Sends the sample of the topic exactly as checked in; answers it. */
    public static ObjectNode send(String topic) {
        ObjectNode sample = sample(topic);
        send(topic, sample);
        return sample;
    }

    /** Fails if the service set the sample aside on its dead-letter topic ({@code <service>.<topic>.dlq}). */
    public static void assertNotDeadLettered(String service, String topic, ObjectNode sample) {
        String eventId = sample.path("eventId").asText();
        String deadLetters = service + "." + topic + ".dlq";
        if (TestKafka.readUntil(deadLetters, r -> r.value() != null && r.value().contains(eventId), Duration.ofSeconds(2))
                .stream().anyMatch(r -> r.value() != null && r.value().contains(eventId))) {
            throw new AssertionError(service + " dead-lettered the " + topic + " sample " + eventId);
        }
    }

    private static String text(ObjectNode sample) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sample);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The samples folder, found from the module the test runs in (Maven runs tests in the module's folder). */
    private static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path samples = dir.resolve("event-contracts/src/test/resources/samples");
            if (Files.isDirectory(samples)) {
                return samples;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("event-contracts/src/test/resources/samples not found above "
                + Path.of("").toAbsolutePath());
    }
}
