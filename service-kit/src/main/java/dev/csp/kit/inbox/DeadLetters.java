package dev.csp.kit.inbox;

import dev.csp.kit.outbox.OutboxProducer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sets aside a record that can never be processed, on the dead-letter topic of this service and its topic,
 * {@code <service>.<topic>.dlq} (for example {@code entitlement-service.order-placed.dlq}), with the headers SmallRye's
 * own dead-letter strategy writes, after the record's own headers. Waits until the broker has it: only then may the
 * batch around it be acknowledged. Each one is counted ({@code csp.dead.letters}, by topic), for an alert: a dead
 * letter is an effect not applied until someone fixes the cause and replays it ({@code ./stack dlq}).
 */
@ApplicationScoped
class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** As long as the relay waits for an acknowledgement, and less than the database lets a transaction idle. */
    private static final long ACK_WAIT_SECONDS = 10;

    @Inject
    OutboxProducer producer;
    @ConfigProperty(name = "quarkus.application.name")
    String service;
    @Inject
    MeterRegistry registry;

    void put(ConsumerRecord<String, String> record, Throwable reason) {
        String topic = topicFor(record.topic());
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, null, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
        header(letter, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(letter, "dead-letter-exception-class-name", reason.getClass().getName());
        if (reason.getCause() != null) {
            header(letter, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        header(letter, "dead-letter-topic", record.topic());
        header(letter, "dead-letter-partition", Integer.toString(record.partition()));
        header(letter, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer.send(letter).get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Not acknowledged: the batch is not either, so the record comes back and is set aside again.
            throw new IllegalStateException("Cannot write to dead-letter topic " + topic, e);
        }
        Counter.builder("csp.dead.letters").description("Records set aside on a dead-letter topic").tag("topic", topic)
                .register(registry).increment();
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
