package dev.csp.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox events to Kafka in the order they were written, and deletes them once every broker
 * replica has acknowledged them. Woken right after each commit, and every poll interval in case a wake-up was
 * missed. Only one replica of a service relays at a time (a PostgreSQL advisory lock), which keeps each
 * aggregate's events in order however many replicas run. A crash between send and delete sends an event
 * again: consumers are idempotent.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The PostgreSQL advisory lock a relay holds while it publishes: one relaying replica at a time. */
    public static final long RELAY_LOCK = 0x0_5EED_0B0AL;

    private final EntityManager entityManager;
    private final OutboxProducer producer;
    private final OutboxConfig config;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(EntityManager entityManager, OutboxProducer producer, OutboxConfig config) {
        this.entityManager = entityManager;
        this.producer = producer;
        this.config = config;
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
        Duration backoff = config.pollInterval();
        while (running) {
            try {
                wakeUps.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (running && relayBatch() == config.batchSize()) {
                    // a full batch: there may be more waiting
                }
                backoff = config.pollInterval();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish, retrying: %s", e.getMessage());
                backoff = Duration.ofMillis(Math.min(backoff.toMillis() * 2, config.maxBackoff().toMillis()));
            }
        }
    }

    /** Publishes the oldest waiting events; returns how many. Nothing is deleted unless Kafka acknowledged it. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!holdsRelayLock()) {
                return 0;
            }
            List<OutboxRecord> batch = entityManager
                    .createQuery("from OutboxRecord order by id", OutboxRecord.class)
                    .setMaxResults(config.batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            awaitAcknowledgements(batch);
            entityManager.createQuery("delete from OutboxRecord where id in :ids")
                    .setParameter("ids", batch.stream().map(r -> r.id).toList())
                    .executeUpdate();
            return batch.size();
        });
    }

    private boolean holdsRelayLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
    }

    private void awaitAcknowledgements(List<OutboxRecord> batch) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxRecord record : batch) {
            acks.add(producer.send(new ProducerRecord<>(record.topic, record.key, record.payload)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
