package dev.csp.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.testing.StackKafka;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The broker trusts nobody for being able to reach it (issue 17): a client without credentials gets nothing on any
 * listener, a wrong password is refused, and a service's own user may write only the topics that service publishes
 * (its csp.outbox.topics), so no service but order-service can place an order and none but billing-service can credit
 * an invoice. That each service may write its own topics and read what it consumes, the other system tests show: the
 * platform works.
 */
class BrokerAccessTest {

    private static final String CLIENT_LISTENER = "127.0.0.1:9092";
    private static final String CONTROLLER_LISTENER = "127.0.0.1:9093";
    private static final List<String> SERVICES =
            List.of("catalog-service", "order-service", "entitlement-service", "audit-service", "billing-service");

    @Test
    void aClientWithoutCredentialsGetsNothingOnAnyListener() {
        for (String listener : List.of(CLIENT_LISTENER, CONTROLLER_LISTENER)) {
            Properties anonymous = new Properties();
            anonymous.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, listener);
            assertFalse(listsTopics(anonymous), "a client without credentials listed the topics on " + listener);
        }
        Properties admin = StackKafka.as(Platform.stackDir(), StackKafka.ADMIN);
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, CLIENT_LISTENER);
        assertTrue(listsTopics(admin), "the operator's user lists the topics: the refusals above are no broken broker");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Properties forged = StackKafka.as(Platform.stackDir(), "order-service");
        forged.put("sasl.jaas.config", forged.getProperty("sasl.jaas.config").replaceAll("password=\"[^\"]*\"",
                "password=\"guessed\""));
        forged.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CLIENT_LISTENER);
        Throwable refused = sendFailure(forged, "order-placed");
        assertInstanceOf(SaslAuthenticationException.class, refused, "a wrong password is refused: " + refused);
    }

    @Test
    void entitlementServiceMayReadOrdersButNotPlaceOne() {
        Properties entitlements = as("entitlement-service");
        Throwable refused = sendFailure(entitlements, "order-placed");
        assertInstanceOf(TopicAuthorizationException.class, refused, "entitlement-service wrote order-placed");
        entitlements.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        entitlements.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(entitlements)) {
            assertFalse(consumer.partitionsFor("order-placed", Duration.ofSeconds(10)).isEmpty(),
                    "entitlement-service consumes order-placed");
        }
    }

    @Test
    void eachServiceMayWriteNoTopicItDoesNotPublish() throws IOException {
        Map<String, Set<String>> published = new LinkedHashMap<>();
        Set<String> allTopics = new TreeSet<>();
        for (String service : SERVICES) {
            published.put(service, publishedBy(service));
            allTopics.addAll(published.get(service));
        }
        allTopics.add("billing-service.order-placed.dlq");
        allTopics.add("a-topic-nobody-declared");
        List<String> written = new ArrayList<>();
        int tried = 0;
        for (String service : SERVICES) {
            Properties user = as(service);
            for (String topic : allTopics) {
                boolean own = published.get(service).contains(topic) || topic.startsWith(service + ".");
                if (!own) {
                    tried++;
                    Throwable refused = sendFailure(user, topic);
                    if (!(refused instanceof TopicAuthorizationException)) {
                        written.add(service + " -> " + topic + " (" + refused + ")");
                    }
                }
            }
        }
        assertTrue(tried > 40, "tried " + tried + " foreign writes");
        assertEquals(List.of(), written, "writes to topics the service does not publish were not refused");
    }

    private static Properties as(String user) {
        Properties config = StackKafka.as(Platform.stackDir(), user);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, CLIENT_LISTENER);
        return config;
    }

    /** The service's csp.outbox.topics, read from its sources (the tests run in system-tests/). */
    private static Set<String> publishedBy(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("..", service, "src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Set<String> topics = new TreeSet<>(List.of(properties.getProperty("csp.outbox.topics").split("\\s*,\\s*")));
        assertFalse(topics.isEmpty(), service + " publishes something");
        return topics;
    }

    /** Within a few seconds: a client that may not even connect retries until its timeout. */
    private static boolean listsTopics(Properties config) {
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            return !admin.listTopics(new ListTopicsOptions().timeoutMs(5_000)).names().get(8, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Why sending one record to the topic failed; the test fails if it was written. */
    private static Throwable sendFailure(Properties user, String topic) {
        Properties config = new Properties();
        config.putAll(user);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(topic, "forged", "{}")).get(15, TimeUnit.SECONDS),
                    "a record went to " + topic);
            return failed.getCause();
        }
    }
}
