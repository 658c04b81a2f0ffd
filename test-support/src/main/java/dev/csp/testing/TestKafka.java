package dev.csp.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import dev.csp.events.EventTypes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real KRaft Kafka broker inside the test JVM, started on first use and shared by every test of the run,
 * plus the small client tests need to put records on a topic and to see what a service published.
 */
public final class TestKafka {

    private static KafkaClusterTestKit cluster;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
        }
        return cluster.bootstrapServers();
    }

    /** Stops the broker, as an outage would; its port stays reserved for {@link #startBroker()}. */
    public static synchronized void stopBroker() {
        bootstrapServers();
        cluster.brokers().values().forEach(broker -> broker.shutdown());
    }

    public static synchronized void startBroker() {
        cluster.brokers().values().forEach(broker -> broker.startup());
        try {
            cluster.waitForReadyBrokers();
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException("The broker did not come back", e);
        }
    }

    /** Sends a raw record, as any producer could, and waits until the broker has it. */
    public static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /**
     * Sends records in one go, as a busy producer would: the broker gets them in one request, so a consumer's next poll
     * most likely takes them all in one batch. Waits until the broker has every one.
     */
    public static void sendTogether(String topic, List<Map.Entry<String, String>> keysAndValues) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 100), new StringSerializer(), new StringSerializer())) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            keysAndValues.forEach(record -> acks.add(producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue()))));
            for (java.util.concurrent.Future<?> ack : acks) {
                ack.get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /**
     * Reads the topic from its beginning until a record matching {@code wanted} arrives or the time is up; answers
     * every record read so far, so a test can also count duplicates.
     */
    public static List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<ConsumerRecord<String, String>> wanted,
                                                                 Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                }
                if (seen.stream().anyMatch(wanted)) {
                    return seen;
                }
            }
        }
        return seen;
    }

    /** The first record on the topic that matches, waiting for it; fails the test if none comes in time. */
    public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        return readUntil(topic, wanted, Duration.ofSeconds(20)).stream().filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("No matching record on " + topic + " within 20 s"));
    }

    /** Topics exist before the services subscribe, so consumers get their partitions at once. */
    private static void createEventTopics(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(EventTypes.BY_TOPIC.keySet().stream().map(topic -> new NewTopic(topic, 3, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaClusterTestKit start() {
        // The broker dies with the test JVM. Its temporary log directories are deleted by exit hooks meanwhile,
        // which the broker takes for a disk failure and answers with Exit.halt(1): the test run's exit code is not
        // the embedded broker's to decide.
        Exit.setHaltProcedure((status, message) -> { });
        Exit.setExitProcedure((status, message) -> { });
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            createEventTopics(kit.bootstrapServers());
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the in-JVM Kafka broker", e);
        }
    }
}
