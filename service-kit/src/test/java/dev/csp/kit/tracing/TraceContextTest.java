package dev.csp.kit.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.csp.events.EventCodec;
import dev.csp.events.order.OrderCancelled;
import dev.csp.kit.inbox.Inbox;
import dev.csp.kit.outbox.Outbox;
import dev.csp.testing.TestKafka;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/**
 * The trace crosses Kafka through the outbox: an event keeps the trace and tenant it was published in (stored with
 * the outbox row, sent by the relay as traceparent and csp-tenant headers), and a consumed record's transaction runs
 * in that trace, so what it publishes in turn stays in it. Real PostgreSQL and the in-JVM broker; the sampler's ratio
 * is the local 0, so ids are made and carried but no span is recorded.
 */
@QuarkusTest
class TraceContextTest {

    private static final Path SAMPLE = Path.of("../event-contracts/src/test/resources/samples/order-cancelled.json");
    private static final String TENANT = "11111111-1111-4111-8111-111111111111";

    @Inject
    Outbox outbox;

    @Inject
    Inbox inbox;

    @Inject
    Tracer tracer;

    @Test
    void anEventIsSentInTheTraceAndTenantItWasPublishedIn() {
        OrderCancelled event = cancellation();
        Span request = tracer.spanBuilder("POST /orders").setNoParent().startSpan();
        try (LogContext log = LogContext.of(request.getSpanContext(), TENANT); Scope scope = request.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(event));
        } finally {
            request.end();
        }

        ConsumerRecord<String, String> sent = sentRecordOf(event);
        String traceparent = header(sent, TraceHeaders.TRACEPARENT);
        assertEquals(request.getSpanContext().getTraceId(), traceId(traceparent), "the request's trace");
        assertNotEquals(request.getSpanContext().getSpanId(), spanId(traceparent),
                "the parent of the consumer's span is the relay's publish span, child of the request's");
        assertEquals(TENANT, header(sent, TraceHeaders.TENANT));
    }

    @Test
    void aConsumedRecordIsAppliedInItsTraceAndWhatItPublishesStaysInIt() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-00";
        OrderCancelled consequence = cancellation();
        List<Object> seenInTransaction = new ArrayList<>();

        inbox.receive(record(cancellation(), traceparent, TENANT), OrderCancelled.class, events -> {
            seenInTransaction.add(MDC.get(LogContext.TRACE_ID));
            seenInTransaction.add(MDC.get(LogContext.TENANT));
            seenInTransaction.add(Span.current().getSpanContext().getTraceId());
            outbox.publish(consequence);
        });

        assertEquals(List.of(traceId, TENANT, traceId), seenInTransaction,
                "the effect's log lines and current span are the record's trace and tenant");
        assertNull(MDC.get(LogContext.TRACE_ID), "and none is left behind on the consumer's thread");
        ConsumerRecord<String, String> sent = sentRecordOf(consequence);
        assertEquals(traceId, traceId(header(sent, TraceHeaders.TRACEPARENT)), "the event it published is in the same trace");
        assertEquals(TENANT, header(sent, TraceHeaders.TENANT));
    }

    @Test
    void anEventPublishedOutsideAnyTraceIsSentWithoutTraceHeaders() {
        OrderCancelled event = cancellation();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(event));

        ConsumerRecord<String, String> sent = sentRecordOf(event);
        assertNull(header(sent, TraceHeaders.TRACEPARENT));
        assertNull(header(sent, TraceHeaders.TENANT));
    }

    private static ConsumerRecord<String, String> sentRecordOf(OrderCancelled event) {
        return TestKafka.await(OrderCancelled.TOPIC, record -> record.value().contains(event.eventId().toString()));
    }

    private static ConsumerRecords<String, String> record(OrderCancelled event, String traceparent, String tenant) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(TraceHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        headers.add(TraceHeaders.TENANT, tenant.getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, String> record = new ConsumerRecord<>(OrderCancelled.TOPIC, 0, 0, 0L,
                TimestampType.CREATE_TIME, -1, -1, event.key(), EventCodec.toJson(event), headers,
                java.util.Optional.empty());
        return new ConsumerRecords<>(Map.of(new TopicPartition(OrderCancelled.TOPIC, 0), List.of(record)), Map.of());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return TraceHeaders.header(record.headers(), name);
    }

    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zeros, which W3C trace context calls invalid
        return bytes;
    }

    /** The checked-in sample of order-cancelled, with an event id of its own. */
    private static OrderCancelled cancellation() {
        try {
            return EventCodec.fromJson(Files.readString(SAMPLE)
                    .replace("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", UUID.randomUUID().toString()), OrderCancelled.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
