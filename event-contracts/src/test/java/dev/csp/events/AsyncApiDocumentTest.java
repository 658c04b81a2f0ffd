package dev.csp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document (asyncapi.yaml, next to schemas/ in the jar) names real topics, its payloads are our JSON
 * Schemas, its keys are what the records use as keys, and its server is the one the external-billing user may read.
 * tools/asyncapi-lint/lint.sh validates it against the AsyncAPI specification itself.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode document = document();

    @Test
    void itIsAsyncApi3AndDescribesTheTopicsExternalSystemsRead() {
        assertTrue(document.path("asyncapi").asText().startsWith("3."), document.path("asyncapi").asText());
        Set<String> addresses = new TreeSet<>();
        document.path("channels").forEach(channel -> {
            String address = channel.path("address").asText();
            assertTrue(EventTypes.BY_TOPIC.containsKey(address), address + " is no topic of EventTypes.BY_TOPIC");
            assertEquals(address, channel.at("/bindings/kafka/topic").asText());
            addresses.add(address);
        });
        assertEquals(Set.of("credit-issued", "invoice-issued"), addresses);
    }

    @Test
    void everyExternalReferenceIsAnExistingSchemaFile() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        List<String> external = references.stream().filter(ref -> !ref.startsWith("#")).toList();
        assertFalse(external.isEmpty());
        for (String ref : external) {
            assertTrue(ref.startsWith("./schemas/") && ref.endsWith(".schema.json"), ref);
            assertNotNull(AsyncApiDocumentTest.class.getResource("/" + ref.substring(2)), ref + " does not exist");
        }
        for (String ref : references.stream().filter(ref -> ref.startsWith("#")).toList()) {
            assertFalse(document.at(ref.substring(1)).isMissingNode(), ref + " points at nothing");
        }
    }

    /** Each channel's message carries that topic's schema, and its documented key is the record's Kafka key. */
    @Test
    void eachMessageIsItsTopicsSchemaKeyedAsTheRecordIs() throws IOException {
        for (JsonNode channel : document.path("channels")) {
            String topic = channel.path("address").asText();
            for (JsonNode reference : channel.path("messages")) {
                JsonNode message = document.at(reference.path("$ref").asText().substring(1));
                assertEquals("./schemas/" + topic + ".schema.json", message.at("/payload/$ref").asText(), topic);

                JsonNode sample = JSON.readTree(EventSchemasTest.sample(topic));
                Event event = EventCodec.fromJson(sample.toString(), EventTypes.BY_TOPIC.get(topic));
                assertEquals(event.key(), sample.path(message.path("x-key-property").asText()).asText(), topic);
            }
        }
    }

    @Test
    void theServerIsTheTlsListenerWithScramAndTheConsumersAreExternalBillingGroups() {
        JsonNode server = document.at("/servers/production");
        assertEquals("kafka-secure", server.path("protocol").asText());
        assertTrue(server.path("description").asText().contains("`external-billing`"));
        JsonNode scheme = document.at(server.at("/security/0/$ref").asText().substring(1));
        assertEquals("scramSha512", scheme.path("type").asText());
        for (Map.Entry<String, JsonNode> operation : document.path("operations").properties()) {
            assertEquals("receive", operation.getValue().path("action").asText(), operation.getKey());
            assertEquals("^external-billing", operation.getValue().at("/bindings/kafka/groupId/pattern").asText());
        }
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }

    private static JsonNode document() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read asyncapi.yaml", e);
        }
    }
}
