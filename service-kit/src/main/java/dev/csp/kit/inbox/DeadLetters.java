package dev.csp.kit.inbox;

import dev.csp.kit.outbox.OutboxProducer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sets aside a record that can never be processed, on the dead-letter topic of this service and its topic,
 * {@code <service>.<topic>.dlq} (for example {@code entitlement-service.order-placed.dlq}), with the headers SmallRye's
 * own dead-letter strategy writes. Waits until the broker has it: only then may the batch around it be acknowledged.
 */
@ApplicationScoped
class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final OutboxProducer producer;
    private final String service;

    DeadLetters(OutboxProducer producer, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.producer = producer;
        this.service = service;
    }

    void put(ConsumerRecord<String, String> record, Throwable reason) {
        String topic = topicFor(record.topic());
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, record.key(), record.value());
        header(letter, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(letter, "dead-letter-exception-class-name", reason.getClass().getName());
        if (reason.getCause() != null) {
            header(letter, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        header(letter, "dead-letter-topic", record.topic());
        header(letter, "dead-letter-partition", Integer.toString(record.partition()));
        header(letter, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Not acknowledged: the batch is not either, so the record comes back and is set aside again.
            throw new IllegalStateException("Cannot write to dead-letter topic " + topic, e);
        }
        LOG.warnf("Set aside %s-%d@%d on %s: %s", record.topic(), record.partition(), record.offset(), topic,
                reason.getMessage());
    }

    private String topicFor(String topic) {
        return service + "." + topic + ".dlq";
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
