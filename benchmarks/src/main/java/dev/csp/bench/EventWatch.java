package dev.csp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csp.stack.StackDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Sees the services' effects as they are published: each of these events is written in the same transaction as the
 * effect it reports (entitlement granted, charge recorded, credit issued), so its arrival is when the effect became
 * visible, plus the outbox relay's and this consumer's delay. Reads every partition from the end without a consumer
 * group: nothing is committed and no service's group is touched. Only the benchmark customer's events are kept.
 */
final class EventWatch implements AutoCloseable {

    static final String ENTITLEMENT_GRANTED = "entitlement-granted";
    static final String CHARGE_RECORDED = "charge-recorded";
    static final String ENTITLEMENT_REVOKED = "entitlement-revoked";
    static final String CREDIT_ISSUED = "credit-issued";
    private static final List<String> TOPICS = List.of(ENTITLEMENT_GRANTED, CHARGE_RECORDED, ENTITLEMENT_REVOKED, CREDIT_ISSUED);

    private final KafkaConsumer<String, String> consumer;
    private final ObjectMapper json = new ObjectMapper();
    private final String customerId;
    private final Map<String, CompletableFuture<Seen>> slots = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final Thread poller;
    private volatile boolean running = true;

    /** Where Kafka is: -Dcsp.kafka, else the broker ./stack runs. */
    static String bootstrap() {
        return System.getProperty("csp.kafka", "localhost:9092");
    }

    /**
     * A client's settings: the bootstrap servers and kafka-admin's credentials as ./stack writes them
     * (STACK_DIR/kafka/clients/kafka-admin.properties): the broker serves no client without them.
     */
    static Properties connection(Path stackDir) {
        StackDir stack = new StackDir(stackDir);
        Properties config = new Properties();
        if (Files.exists(stack.kafkaClientFile(StackDir.KAFKA_ADMIN))) {
            config.putAll(stack.kafkaClient(StackDir.KAFKA_ADMIN));
        }
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        return config;
    }

    /** An event and when this watcher got it ({@link System#nanoTime()}). */
    record Seen(JsonNode event, long nanos) {
    }

    EventWatch(Properties connection, String customerId) {
        this.customerId = customerId;
        String bootstrap = connection.getProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
        Properties config = new Properties();
        config.putAll(connection);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "csp-benchmarks");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("Kafka at " + bootstrap + " has no topic " + topic);
            }
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // settle the end offsets now, before any order is placed
        poller = new Thread(this::pollUntilClosed, "event-watch");
        poller.setDaemon(true);
        poller.start();
    }

    /** The first {@code topic} event about the order, whether it arrived already or arrives within {@code timeout}. */
    CompletableFuture<Seen> next(String topic, String orderId, Duration timeout) {
        String key = topic + "/" + orderId;
        return slots.computeIfAbsent(key, k -> new CompletableFuture<>())
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((seen, failure) -> slots.remove(key));
    }

    long received() {
        return received.get();
    }

    private void pollUntilClosed() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    JsonNode event = parse(record.value());
                    if (event != null && customerId.equals(event.path("customerId").asText())) {
                        received.incrementAndGet();
                        slots.computeIfAbsent(record.topic() + "/" + event.path("orderId").asText(),
                                k -> new CompletableFuture<>()).complete(new Seen(event, now));
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(5000);
    }
}
