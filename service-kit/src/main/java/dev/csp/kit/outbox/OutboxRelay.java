package dev.csp.kit.outbox;

import dev.csp.kit.retry.Backoff;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox events to Kafka in the order they were written, and deletes them once every broker
 * replica has acknowledged them: one statement claims and deletes a batch, and the deletion commits only after the
 * acknowledgements (a failed send rolls it back, and the batch is sent again: consumers are idempotent). Woken right
 * after each commit (wake-ups that arrive while a batch is out are coalesced into one more pass), and every poll
 * interval in case a wake-up was missed. Only one replica of a service relays at a time (a PostgreSQL advisory
 * lock, held only while a batch is out), which keeps each aggregate's events in order however many replicas run; a
 * replica woken while another one relays tries again a moment later, so its events do not wait for the poll.
 *
 * <p>An event the broker will never take (too large, an invalid topic) is moved to {@code outbox_parked} and counted
 * ({@code csp.outbox.parked}), so it does not hold back every later event of the service.
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
            returning id, event_id, topic, record_key, payload, created_at""";
    private static final String PARK = """
            insert into outbox_parked (id, event_id, topic, record_key, payload, created_at, reason)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;
    private final OutboxProducer producer;
    private final OutboxConfig config;
    private final Counter parked;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(AgroalDataSource dataSource, OutboxProducer producer, OutboxConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.config = config;
        this.parked = Counter.builder("csp.outbox.parked")
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
        Backoff backoff = new Backoff(config.pollInterval(), config.maxBackoff());
        Duration wait = config.pollInterval();
        while (running) {
            try {
                wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                int relayed;
                do {
                    relayed = relayBatch();
                } while (running && relayed == config.batchSize()); // a full batch: there may be more waiting
                backoff.reset();
                wait = relayed == ANOTHER_REPLICA_RELAYS ? AFTER_ANOTHER_REPLICA : config.pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish, retrying: %s", e.getMessage());
                wait = backoff.next();
            }
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
                            rows.getString(4), rows.getString(5), rows.getTimestamp(6)));
                }
            }
        }
        batch.sort(Comparator.comparingLong(Waiting::id));
        return batch;
    }

    /** Sends the batch in order and waits for every acknowledgement; returns the events the broker refused for good. */
    private List<Refused> send(List<Waiting> batch) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (Waiting event : batch) {
            acks.add(producer.send(new ProducerRecord<>(event.topic(), event.key(), event.payload())));
        }
        List<Refused> refused = new ArrayList<>();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!isRefusedForGood(e.getCause())) {
                    throw e;
                }
                refused.add(new Refused(batch.get(i), e.getCause().toString()));
            }
        }
        return refused;
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
                LOG.errorf("The broker refused outbox event %s (%s) for good, parked in outbox_parked: %s",
                        event.eventId(), event.topic(), one.reason());
                park.setLong(1, event.id());
                park.setObject(2, event.eventId());
                park.setString(3, event.topic());
                park.setString(4, event.key());
                park.setString(5, event.payload());
                park.setTimestamp(6, event.createdAt());
                park.setString(7, one.reason());
                park.addBatch();
            }
            park.executeBatch();
        }
        parked.increment(refused.size());
    }

    private record Waiting(long id, UUID eventId, String topic, String key, String payload,
                           Timestamp createdAt) {
    }

    private record Refused(Waiting event, String reason) {
    }
}
