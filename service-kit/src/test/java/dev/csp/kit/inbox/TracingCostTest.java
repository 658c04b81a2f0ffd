package dev.csp.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.kit.tracing.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * What tracing adds per event with the local sampler (ratio 0, nothing recorded): the relay's publish span and its
 * header, and the inbox's process span with its log context around a transaction, in the thread's CPU time. Printed, for docs/OBSERVABILITY.md;
 * the bound only catches a gross mistake (a span recorded and exported per event would not pass it either way).
 */
@QuarkusTest
class TracingCostTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
    private static final int EVENTS = 20_000;

    @Inject
    Tracer tracer;

    @Test
    void tracingAnEventCostsMicrosecondsAtMost() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(TraceHeaders.TRACEPARENT, TRACEPARENT.getBytes(StandardCharsets.UTF_8));
        headers.add(TraceHeaders.TENANT, "11111111-1111-4111-8111-111111111111".getBytes(StandardCharsets.UTF_8));
        List<ConsumerRecord<String, String>> one = List.of(new ConsumerRecord<>("order-placed", 0, 0, 0L,
                TimestampType.CREATE_TIME, -1, -1, "key", "{}", headers, Optional.empty()));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        traceEvents(one, EVENTS); // warm-up
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        traceEvents(one, EVENTS);
        double micros = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000.0 / EVENTS;
        double wallMicros = (System.nanoTime() - started) / 1_000.0 / EVENTS;

        System.out.printf("tracing cost: %.2f µs CPU (%.2f µs wall) per event (publish span + header, process span"
                + " + log context)%n", micros, wallMicros);
        assertTrue(micros < 1_000, micros + " µs per event");
    }

    private void traceEvents(List<ConsumerRecord<String, String>> record, int events) {
        for (int i = 0; i < events; i++) {
            Span publish = tracer.spanBuilder("publish order-placed").setParent(TraceHeaders.parent(TRACEPARENT))
                    .setSpanKind(SpanKind.PRODUCER).setAttribute("messaging.system", "kafka").startSpan();
            TraceHeaders.traceparent(publish.getSpanContext()).getBytes(StandardCharsets.UTF_8);
            publish.end();
            RecordSpans spans = RecordSpans.start(tracer, record);
            spans.around(() -> { });
            spans.succeeded(index -> { });
        }
    }
}
