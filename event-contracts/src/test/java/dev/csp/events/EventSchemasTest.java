package dev.csp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.billing.InvoiceIssued;
import dev.csp.events.order.OrderPlaced;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each topic's JSON Schema (schemas/&lt;topic&gt;.schema.json, shipped in the jar) holds for its checked-in sample and
 * for what EventCodec writes, describes every field the codec writes, and refuses a broken event. Validated by
 * networknt's json-schema-validator (draft 2020-12, format assertions on: uuid, date-time and date are checked).
 */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static Stream<String> topics() {
        return EventTypes.BY_TOPIC.keySet().stream();
    }

    @Test
    void everyTopicHasASchemaAndEverySchemaATopic() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(EventSchemasTest.class.getResource("/schemas")).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> schemas = files.map(file -> file.getFileName().toString().replace(".schema.json", ""))
                    .collect(Collectors.toSet());
            assertEquals(EventTypes.BY_TOPIC.keySet(), schemas);
        }
        for (String topic : EventTypes.BY_TOPIC.keySet()) {
            JsonNode schema = schemaTree(topic);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), topic);
            assertEquals(topic, schema.path("title").asText());
            assertTrue(schema.path("additionalProperties").asBoolean(), topic + ": consumers must accept added fields");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void theSampleIsValid(String topic) throws IOException {
        assertValid(topic, schema(topic), JSON.readTree(sample(topic)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void whatTheCodecWritesIsValid(String topic) throws IOException {
        assertValid(topic, schema(topic), JSON.readTree(reEncoded(topic)));
    }

    /** The shipped schemas allow added fields; a copy that allows none shows they describe every field written today. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void theSchemaDescribesEveryFieldTheCodecWrites(String topic) throws IOException {
        JsonNode strict = schemaTree(topic).deepCopy();
        refuseUndescribedFields(strict);
        assertValid(topic, FACTORY.getSchema(strict, CONFIG), JSON.readTree(reEncoded(topic)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void everyExampleInTheSchemaIsValidAndDecodes(String topic) throws IOException {
        for (JsonNode example : schemaTree(topic).path("examples")) {
            assertValid(topic, schema(topic), example);
            assertEquals(topic, EventCodec.fromJson(example.toString(), EventTypes.BY_TOPIC.get(topic)).topic());
        }
    }

    /** Each schema stands alone (no cross-file $ref for consumers to resolve), so shared definitions are copies. */
    @Test
    void aDefinitionSharedBySchemasIsTheSameInEach() throws IOException {
        Map<String, JsonNode> seen = new HashMap<>();
        for (String topic : EventTypes.BY_TOPIC.keySet()) {
            var definitions = schemaTree(topic).path("$defs").fields();
            while (definitions.hasNext()) {
                var definition = definitions.next();
                JsonNode first = seen.putIfAbsent(definition.getKey(), definition.getValue());
                assertTrue(first == null || first.equals(definition.getValue()), topic + ": $defs/" + definition.getKey());
            }
        }
    }

    @Test
    void anEventWithoutARequiredFieldIsRefused() throws IOException {
        ObjectNode credit = (ObjectNode) JSON.readTree(sample(CreditIssued.TOPIC));
        credit.remove("chargeId");
        assertRefused(CreditIssued.TOPIC, credit, "chargeId");
    }

    @Test
    void anAmountWrittenAsANumberIsRefused() throws IOException {
        ObjectNode invoice = (ObjectNode) JSON.readTree(sample(InvoiceIssued.TOPIC));
        ((ObjectNode) invoice.get("totals").get(0)).put("amount", new BigDecimal("2138.00"));
        assertRefused(InvoiceIssued.TOPIC, invoice, "amount");
    }

    @Test
    void aValueNotInTheEnumIsRefused() throws IOException {
        ObjectNode order = (ObjectNode) JSON.readTree(sample(OrderPlaced.TOPIC));
        ((ObjectNode) ((ArrayNode) order.get("lines")).get(0)).put("kind", "HARDWARE");
        assertRefused(OrderPlaced.TOPIC, order, "kind");
    }

    @Test
    void anIdThatIsNoUuidIsRefused() throws IOException {
        ObjectNode credit = (ObjectNode) JSON.readTree(sample(CreditIssued.TOPIC));
        credit.put("orderId", "order-42");
        assertRefused(CreditIssued.TOPIC, credit, "orderId");
    }

    /** BigDecimal's own toString writes 1E+3 for a thousand with a negative scale; the codec writes it plainly. */
    @Test
    void anAmountIsWrittenAsAPlainDecimalWhateverItsScale() throws IOException {
        ChargeRecorded sample = EventCodec.fromJson(sample(ChargeRecorded.TOPIC), ChargeRecorded.class);
        ChargeRecorded thousand = new ChargeRecorded(sample.eventId(), sample.occurredAt(), sample.chargeId(),
                sample.orderId(), sample.lineId(), sample.partnerTenantId(), sample.customerId(),
                new Money(new BigDecimal("1E+3"), "JPY"), sample.billingPeriod());

        JsonNode written = JSON.readTree(EventCodec.toJson(thousand));

        assertEquals("1000", written.at("/amount/amount").textValue());
        assertValid(ChargeRecorded.TOPIC, schema(ChargeRecorded.TOPIC), written);
    }

    private static void assertValid(String topic, JsonSchema schema, JsonNode event) {
        assertEquals(Set.of(), schema.validate(event), topic);
    }

    private static void assertRefused(String topic, JsonNode event, String field) {
        Set<ValidationMessage> errors = schema(topic).validate(event);
        assertFalse(errors.isEmpty(), event::toString);
        assertTrue(errors.stream().anyMatch(error -> error.getMessage().contains(field)), errors::toString);
    }

    private static void refuseUndescribedFields(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && "object".equals(object.path("type").asText())) {
            object.put("additionalProperties", false);
        }
        node.forEach(EventSchemasTest::refuseUndescribedFields);
    }

    /** The sample decoded into its record and encoded again by EventCodec: what a producer writes. */
    private static String reEncoded(String topic) throws IOException {
        return EventCodec.toJson(EventCodec.fromJson(sample(topic), EventTypes.BY_TOPIC.get(topic)));
    }

    static JsonSchema schema(String topic) {
        return FACTORY.getSchema(schemaTree(topic), CONFIG);
    }

    static JsonNode schemaTree(String topic) {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream("/schemas/" + topic + ".schema.json")) {
            assertNotNull(in, "no schema for " + topic);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(topic, e);
        }
    }

    static String sample(String topic) throws IOException {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream("/samples/" + topic + ".json")) {
            return new String(Objects.requireNonNull(in, "no sample for " + topic).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
