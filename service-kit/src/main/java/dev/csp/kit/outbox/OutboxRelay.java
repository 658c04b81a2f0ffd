package dev.csp.kit.outbox;

import dev.csp.kit.retry.RetryLoop;
import dev.csp.kit.tracing.LogContext;
import dev.csp.kit.tracing.TraceHeaders;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox events to Kafka in the order they were written, and deletes them once every broker
 * replica has acknowledged them: one statement claims and deletes a batch, and the deletion commits only after the
 * acknowledgements (a failed send rolls it back, and the batch is sent again: consumers are idempotent). Woken right
 * after each commit (wake-ups that arrive while a batch is out are coalesced into one more pass), and every poll
 * interval in case a wake-up was missed. A wake-up first lets the commits right behind it gather for
 * {@code csp.outbox.linger} (10 ms), so that a busy service sends several events per claim and its consumers take
 * them in one poll and one transaction. Only one replica of a service relays at a time (a PostgreSQL advisory
 * lock, held only while a batch is out), which keeps each aggregate's events in order however many replicas run; a
 * replica woken while another one relays tries again a moment later, so its events do not wait for the poll.
 *
 * <p>An event the broker will never take (too large, an invalid topic) is moved to {@code outbox_parked} and counted
 * ({@code csp.outbox.parked}), so it does not hold back every later event of the service.
 *
 * <p>An event published in a trace is sent in it: a {@code publish <topic>} span (kind producer), child of the span
 * that published the event and lasting until the broker acknowledged it, whose W3C traceparent goes with the record as
 * a header, beside the tenant ({@code csp-tenant}). The time between the two spans is the event's wait in the outbox.
 * An event published outside any trace is sent without these headers.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The PostgreSQL advisory lock a relay holds while it publishes: one relaying replica at a time. */
    public static final long RELAY_LOCK = 0x0_5EED_0B0AL;
    /** What {@link #relayBatch()} answers when another replica is publishing right now. */
    static final int ANOTHER_REPLICA_RELAYS = -1;
    /** How soon to try again then: the other replica may have started its batch before our events committed. */
    private static final Duration AFTER_ANOTHER_REPLICA = Duration.ofMillis(50);

    private static final String CLAIM = """
            delete from outbox_event where id in (select id from outbox_event order by id limit ?)
            returning id, event_id, topic, record_key, payload, created_at, traceparent, tenant""";
    private static final String PARK = """
            insert into outbox_parked (id, event_id, topic, record_key, payload, created_at, reason, traceparent, tenant)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxProducer producer;
    @Inject
    OutboxConfig config;
    @Inject
    Tracer tracer;
    @Inject
    MeterRegistry registry;
    private Counter parked;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    /** How long the worker waits for a wake-up before it looks again: the poll interval, or less (another replica). */
    private Duration nextWait;

    @PostConstruct
    void init() {
        nextWait = config.pollInterval();
        parked = Counter.builder("csp.outbox.parked")
                .description("Outbox events the broker refused for good, moved to outbox_parked").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    void wake() {
        wakeUps.release();
    }

    private void relayUntilStopped() {
        RetryLoop retry = new RetryLoop(config.pollInterval(), config.maxBackoff(), this::awaitWakeUp);
        try {
            while (running) {
                if (awaitWakeUp(nextWait) && !config.linger().isZero()) {
                    Thread.sleep(config.linger().toMillis()); // the commits right behind the one that woke us
                    wakeUps.drainPermits();
                }
                retry.until(this::relayedAll);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until woken, or for the pause at most: a wake-up also cuts short a pause after a failure. True when a commit
     * woke it.
     */
    private boolean awaitWakeUp(Duration pause) throws InterruptedException {
        boolean woken = wakeUps.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
        wakeUps.drainPermits();
        return woken;
    }

    /**
     * Relays batch after batch while they come full: true when done (or stopping), false after a failure, to be tried
     * again after the retry loop's pause.
     */
    private boolean relayedAll() {
        try {
            int relayed;
            do {
                relayed = relayBatch();
            } while (running && relayed == config.batchSize()); // a full batch: there may be more waiting
            nextWait = relayed == ANOTHER_REPLICA_RELAYS ? AFTER_ANOTHER_REPLICA : config.pollInterval();
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay could not publish, retrying: %s", e.getMessage());
            return !running;
        }
    }

    /**
     * Publishes the oldest waiting events; returns how many, or {@link #ANOTHER_REPLICA_RELAYS}. Nothing is deleted unless
     * Kafka acknowledged it.
     */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!holdsRelayLock(connection)) {
                    return ANOTHER_REPLICA_RELAYS;
                }
                List<Waiting> batch = claim(connection);
                if (!batch.isEmpty()) {
                    park(connection, send(batch));
                }
                return batch.size();
            }
        });
    }

    private static boolean holdsRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private List<Waiting> claim(Connection connection) throws SQLException {
        List<Waiting> batch = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, config.batchSize());
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Waiting(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getTimestamp(6), rows.getString(7),
                            rows.getString(8)));
                }
            }
        }
        batch.sort(Comparator.comparingLong(Waiting::id));
        return batch;
    }

    /** Sends the batch in order and waits for every acknowledgement; returns the events the broker refused for good. */
    private List<Refused> send(List<Waiting> batch) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            for (Waiting event : batch) {
                Span span = publishSpan(event);
                spans.add(span);
                acks.add(producer.send(record(event, span)));
            }
            List<Refused> refused = new ArrayList<>();
            for (int i = 0; i < acks.size(); i++) {
                try {
                    acks.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    failed(spans.get(i), e.getCause());
                    if (!isRefusedForGood(e.getCause())) {
                        throw e;
                    }
                    refused.add(new Refused(batch.get(i), e.getCause().toString()));
                }
            }
            return refused;
        } finally {
            spans.forEach(span -> {
                if (span != null) {
                    span.end();
                }
            });
        }
    }

    /** Null for an event published outside any trace: it starts none here. */
    private Span publishSpan(Waiting event) {
        if (event.traceparent() == null) {
            return null;
        }
        return tracer.spanBuilder("publish " + event.topic())
                .setParent(TraceHeaders.parent(event.traceparent()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.message.id", event.eventId().toString())
                .startSpan();
    }

    private static ProducerRecord<String, String> record(Waiting event, Span span) {
        RecordHeaders headers = new RecordHeaders();
        String traceparent = span == null ? null : TraceHeaders.traceparent(span.getSpanContext());
        if (traceparent != null) {
            headers.add(TraceHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        if (event.tenant() != null) {
            headers.add(TraceHeaders.TENANT, event.tenant().getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(event.topic(), null, event.key(), event.payload(), headers);
    }

    private static void failed(Span span, Throwable failure) {
        if (span != null) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
    }

    /** The record itself is wrong for the broker: sending it again can never work. */
    private static boolean isRefusedForGood(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException;
    }

    private void park(Connection connection, List<Refused> refused) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        try (PreparedStatement park = connection.prepareStatement(PARK)) {
            for (Refused one : refused) {
                Waiting event = one.event();
                try (LogContext log = LogContext.of(Span.fromContext(TraceHeaders.parent(event.traceparent()))
                        .getSpanContext(), event.tenant())) {
                    LOG.errorf("The broker refused outbox event %s (%s) for good, parked in outbox_parked: %s",
                            event.eventId(), event.topic(), one.reason());
                }
                park.setLong(1, event.id());
                park.setObject(2, event.eventId());
                park.setString(3, event.topic());
                park.setString(4, event.key());
                park.setString(5, event.payload());
                park.setTimestamp(6, event.createdAt());
                park.setString(7, one.reason());
                park.setString(8, event.traceparent());
                park.setString(9, event.tenant());
                park.addBatch();
            }
            park.executeBatch();
        }
        parked.increment(refused.size());
    }

    private record Waiting(long id, UUID eventId, String topic, String key, String payload,
                           Timestamp createdAt, String traceparent, String tenant) {
    }

    private record Refused(Waiting event, String reason) {
    }
}
