package dev.csp.kit.outbox;

import dev.csp.kit.kafka.KafkaClients;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The relay's Kafka producer: every replica acknowledges (acks=all), idempotent, so retries never reorder. */
@ApplicationScoped
public class OutboxProducer {

    @Inject
    KafkaClients clients;
    @ConfigProperty(name = "quarkus.application.name")
    String clientId;
    private KafkaProducer<String, String> producer;

    /** Also how the inbox writes to a dead-letter topic: the same acknowledged, idempotent producer. */
    public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        if (producer == null) {
            producer = new KafkaProducer<>(clients.config(Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, clientId + "-outbox",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 1,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 9_000)),
                    new StringSerializer(), new StringSerializer());
        }
        return producer.send(record);
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
