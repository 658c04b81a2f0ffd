package dev.csp.kit.tracing;

import io.opentelemetry.api.trace.SpanContext;
import org.jboss.logging.MDC;

/**
 * The trace and tenant of what a thread is doing, in its log lines ({@code traceId}, {@code spanId}, {@code tenant}
 * in the MDC: the local log format prints them, the JSON logs on Kubernetes carry them as fields). Quarkus fills the
 * trace ids for HTTP requests itself; the relay and the inbox work outside a request and set them here. Closing
 * puts back what was there before.
 */
public final class LogContext implements AutoCloseable {

    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";
    public static final String TENANT = "tenant";

    private final Object traceId;
    private final Object spanId;
    private final Object tenant;

    private LogContext() {
        traceId = MDC.get(TRACE_ID);
        spanId = MDC.get(SPAN_ID);
        tenant = MDC.get(TENANT);
    }

    public static LogContext of(SpanContext span, String tenant) {
        LogContext previous = new LogContext();
        set(TRACE_ID, span.isValid() ? span.getTraceId() : null);
        set(SPAN_ID, span.isValid() ? span.getSpanId() : null);
        set(TENANT, tenant);
        return previous;
    }

    /** The tenant the current log lines are about, null when none. */
    public static String tenant() {
        Object tenant = MDC.get(TENANT);
        return tenant == null ? null : tenant.toString();
    }

    @Override
    public void close() {
        set(TRACE_ID, traceId);
        set(SPAN_ID, spanId);
        set(TENANT, tenant);
    }

    private static void set(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
