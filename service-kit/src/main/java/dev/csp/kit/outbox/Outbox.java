package dev.csp.kit.outbox;

import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.kit.tracing.LogContext;
import dev.csp.kit.tracing.TraceHeaders;
import dev.csp.kit.sql.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishing an event is writing it here, inside the transaction that changes the state it reports: both commit
 * or neither does. The transaction's events are inserted together just before it commits (one batched statement,
 * on the transaction's own connection); the relay sends them to Kafka once it has committed.
 *
 * <p>Each event keeps the trace it was published in: the traceparent of the current span (the HTTP request's, or the
 * consumed record's) and the tenant of the current log lines, sent by the relay as Kafka headers.
 */
@ApplicationScoped
public class Outbox {

    private static final Object PENDING = new Object();
    private static final String INSERT =
            """
            insert into outbox_event (event_id, topic, record_key, payload, created_at, traceparent, tenant)
            values (?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    Statements statements;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Event event) {
        pending().add(pending(event));
    }

    /**
     * Outside any transaction: the event is written in one statement that commits by itself, and is durable once
     * this returns (the relay sends it as any other). For the record of something that changes no state of its own,
     * such as a product key read: "no durable record, no key" needs the row committed before the key is answered, and
     * nothing more. One round trip, where a transaction would take three and Narayana's bookkeeping.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void publishAlone(Event event) {
        Pending pending = pending(event);
        statements.alone("write an outbox event", connection -> Statements.update(connection, INSERT,
                insert -> bind(insert, pending)));
        relay.wake();
    }

    private Pending pending(Event event) {
        if (!config.topics().contains(event.topic())) {
            throw new IllegalStateException("This service does not publish " + event.topic()
                    + ": add it to csp.outbox.topics (its Kafka user may write only those)");
        }
        return new Pending(event, TraceHeaders.current(), LogContext.tenant());
    }

    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        List<Pending> pending = (List<Pending>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(PENDING, pending);
            List<Pending> events = pending;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        insert(events);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wake();
                    }
                }
            });
        }
        return pending;
    }

    /** A failure here rolls the whole transaction back: no state change without its events. */
    private void insert(List<Pending> events) {
        statements.batch("write " + events.size() + " outbox event(s)", INSERT, events, Outbox::bind);
    }

    private static void bind(PreparedStatement insert, Pending pending) throws SQLException {
        Event event = pending.event();
        insert.setObject(1, event.eventId());
        insert.setString(2, event.topic());
        insert.setString(3, event.key());
        insert.setString(4, EventCodec.toJson(event));
        insert.setTimestamp(5, Timestamp.from(event.occurredAt()));
        insert.setString(6, pending.traceparent());
        insert.setString(7, pending.tenant());
    }

    private record Pending(Event event, String traceparent, String tenant) {
    }
}
