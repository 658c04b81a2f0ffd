package dev.csp.kit.inbox;

import dev.csp.kit.tracing.LogContext;
import dev.csp.kit.tracing.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The spans of one attempt at a batch. Each record gets a {@code process <topic>} span (kind consumer) whose parent is
 * the record's own traceparent header, so every consumer's work on an order is part of that order's trace; the spans
 * of one batch all last as long as its transaction, which applies them together. What runs inside the transaction
 * (log lines, the events it publishes to the outbox) is in the record's span when the batch holds one record, the
 * usual case below a few hundred orders a second and always when a record is retried alone. A batch of several
 * records has a span of its own, {@code process batch} with a link to each record's span, and that is the one current
 * while it is applied: one transaction does the work of every record in it, and what it publishes cannot be told
 * apart per record by the kit. After the transaction each record's line ({@code Inbox}) is logged in its own span.
 */
final class RecordSpans {

    private final List<ConsumerRecord<String, String>> records;
    private final List<Span> spans;
    private final Span batch;

    private RecordSpans(List<ConsumerRecord<String, String>> records, List<Span> spans, Span batch) {
        this.records = records;
        this.spans = spans;
        this.batch = batch;
    }

    static RecordSpans start(Tracer tracer, List<ConsumerRecord<String, String>> records) {
        List<Span> spans = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            spans.add(consumerSpan(tracer, "process " + record.topic())
                    .setParent(TraceHeaders.parent(TraceHeaders.header(record.headers(), TraceHeaders.TRACEPARENT)))
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                    .setAttribute("messaging.kafka.offset", record.offset())
                    .startSpan());
        }
        Span batch = null;
        if (records.size() > 1) {
            SpanBuilder builder = consumerSpan(tracer, "process batch").setNoParent()
                    .setAttribute("messaging.batch.message_count", (long) records.size());
            spans.forEach(span -> builder.addLink(span.getSpanContext()));
            batch = builder.startSpan();
        }
        return new RecordSpans(records, spans, batch);
    }

    private static SpanBuilder consumerSpan(Tracer tracer, String name) {
        return tracer.spanBuilder(name).setSpanKind(SpanKind.CONSUMER).setAttribute("messaging.system", "kafka");
    }

    /** Runs the transaction in the batch's context: its one record's span and tenant, or the batch's span. */
    void around(Runnable transaction) {
        Span current = batch != null ? batch : spans.get(0);
        String tenant = batch != null ? null : tenant(0);
        try (LogContext log = LogContext.of(current.getSpanContext(), tenant);
             Scope scope = current.makeCurrent()) {
            transaction.run();
        }
    }

    /** Runs {@code line} once per record, index given, in that record's log context; then ends every span. */
    void succeeded(IntConsumer line) {
        for (int i = 0; i < spans.size(); i++) {
            try (LogContext log = LogContext.of(spans.get(i).getSpanContext(), tenant(i))) {
                line.accept(i);
            }
        }
        end();
    }

    /** Runs {@code line} in the batch's log context (as {@link #around}): a failure's warning names the trace. */
    void log(Runnable line) {
        Span current = batch != null ? batch : spans.get(0);
        try (LogContext log = LogContext.of(current.getSpanContext(), batch != null ? null : tenant(0))) {
            line.run();
        }
    }

    void failed(Throwable failure) {
        spans.forEach(span -> span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName()));
        if (batch != null) {
            batch.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        end();
    }

    private void end() {
        spans.forEach(Span::end);
        if (batch != null) {
            batch.end();
        }
    }

    private String tenant(int index) {
        return TraceHeaders.tenant(TraceHeaders.header(records.get(index).headers(), TraceHeaders.TENANT));
    }
}
