package dev.csp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.events.order.OrderPlaced;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checked-in samples are the wire format: each decodes into its type and encodes back to the same JSON, its fields
 * in the same order.
 */
class EventSamplesTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    static Stream<Map.Entry<String, Class<? extends Event>>> topics() {
        return EventTypes.BY_TOPIC.entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void sampleRoundTripsUnchanged(Map.Entry<String, Class<? extends Event>> topic) throws IOException {
        String sample = sample(topic.getKey());

        Event event = EventCodec.fromJson(sample, topic.getValue());

        assertEquals(topic.getKey(), event.topic());
        assertEquals(TREE.readTree(sample), TREE.readTree(EventCodec.toJson(event)));
        assertEquals(TREE.writeValueAsString(TREE.readTree(sample)), EventCodec.toJson(event),
                "written field for field in the sample's order (records that hold a part @JsonUnwrapped too)");
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersCanAddFields() throws IOException {
        var withExtra = (com.fasterxml.jackson.databind.node.ObjectNode) TREE.readTree(sample(OrderPlaced.TOPIC));
        withExtra.put("addedLater", "value");

        OrderPlaced event = EventCodec.fromJson(withExtra.toString(), OrderPlaced.class);

        assertEquals("Adatum Corporation", event.customerName());
    }

    @Test
    void amountsTravelAsExactStrings() throws IOException {
        JsonNode line = TREE.readTree(EventCodec.toJson(
                EventCodec.fromJson(sample(OrderPlaced.TOPIC), OrderPlaced.class))).at("/lines/0/unitPrice/amount");

        assertEquals("1069.00", line.textValue());
    }

    @Test
    void recordsThatAreNotEventsAreMalformed() {
        assertThrows(EventCodec.MalformedEvent.class, () -> EventCodec.fromJson("{not json", OrderPlaced.class));
        assertThrows(EventCodec.MalformedEvent.class, () -> EventCodec.fromJson("{\"orderId\":\"x\"}", OrderPlaced.class));
        assertThrows(EventCodec.MalformedEvent.class, () -> EventCodec.fromJson("{}", OrderPlaced.class));
    }

    private static String sample(String topic) throws IOException {
        try (InputStream in = EventSamplesTest.class.getResourceAsStream("/samples/" + topic + ".json")) {
            return new String(Objects.requireNonNull(in, "no sample for " + topic).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
