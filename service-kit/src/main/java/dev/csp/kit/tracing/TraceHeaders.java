package dev.csp.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * How a trace crosses Kafka: the W3C {@code traceparent} of the span that published an event (stored with the outbox
 * row, sent as a record header) and the tenant it was published for ({@code csp-tenant}). Consumers continue the trace
 * from there ({@code RecordSpans}). Only the relay writes these headers, and only from what the service itself stored.
 */
public final class TraceHeaders {

    public static final String TRACEPARENT = "traceparent";
    public static final String TENANT = "csp-tenant";

    private static final TextMapGetter<String> ONLY_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private TraceHeaders() {
    }

    /** The traceparent of the current span, null outside any trace. */
    public static String current() {
        return traceparent(Span.current().getSpanContext());
    }

    public static String traceparent(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context a traceparent names, as a parent for a new span; the root context for none or a malformed one. */
    public static Context parent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, ONLY_TRACEPARENT);
    }

    /** The last value of a header, null when there is none. */
    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A tenant id fit for a log line: a UUID, else nothing (a header or claim is never copied into the log as is). */
    public static String tenant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
