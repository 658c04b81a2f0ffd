package dev.csp.kit.inbox;

import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.events.EventTypes;
import dev.csp.kit.retry.RetryLoop;
import dev.csp.kit.retry.TransientFaults;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

/**
 * Applies a poll's worth of records once however often Kafka delivers them, in one transaction: the batch's event ids
 * are recorded in one statement ({@link ProcessedEvents}) with the effect of those seen for the first time, and a
 * second delivery finds them there and does nothing.
 *
 * <p>A record that is not a valid event, or whose effect fails for a reason of its own, is set aside alone on the
 * dead-letter topic ({@link DeadLetters}): the batch is tried again one record at a time, so its neighbours are
 * applied, and a record alone is set aside only once it has failed {@value #ATTEMPTS_ALONE} times in a row. A
 * failure that does not come again was the moment's, not the record's: a replica that froze inside a transaction wakes
 * to find it ended under it, and what it is told then need not name a passing fault (Hibernate's "rolled back in a
 * different thread", for one). Before this, the frozen-replica drill once dead-lettered a valid cancellation. A passing fault (database down or restarting, pool exhausted, lock conflict, transaction timed out) is
 * retried here until it passes, holding the partitions: nothing is dead-lettered because the database blinked, and
 * the connector's check for records held too long is off (see microprofile-config.properties), so a long outage
 * does not close the consumer either.
 *
 * <p>While the service stops (TERM, a rolling update), a batch is neither applied half-way nor dead-lettered: once
 * the shutdown has begun, a batch that fails or arrives is held, unacknowledged, until the process ends. Its offsets
 * are never committed, so the next consumer of the partitions (this service restarted, or another pod) gets them
 * again. Dead-lettering instead would lose them: they fail only because the database pool is already closing.
 *
 * <p>Each attempt is traced ({@link RecordSpans}): every record's processing is a span in the trace its traceparent
 * header names, and once the batch has committed, one line per record says it was applied (or had been already), in
 * that record's trace and tenant, so one order can be followed through every service's log.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    /** How often a record alone fails for a reason of its own before it is set aside. */
    static final int ATTEMPTS_ALONE = 3;

    @Inject
    ProcessedEvents processed;
    @Inject
    DeadLetters deadLetters;
    @Inject
    Tracer tracer;
    /** Each attempt's transaction; a unit test runs the work inline instead. */
    Transactions transactions = work -> QuarkusTransaction.requiringNew().run(work);
    private volatile boolean stopping;

    /** Runs work in a transaction of its own, committed when it returns. */
    @FunctionalInterface
    interface Transactions {
        void inNew(Runnable work);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Applies the records of one topic, each decoded as {@code type}; {@code effect} gets those not seen before. */
    public <E extends Event> void receive(ConsumerRecords<String, String> records, Class<E> type, Consumer<List<E>> effect) {
        apply(decode(records, topic -> type), effect);
    }

    /** Applies records of several topics, each decoded as its topic's event type. */
    public void receive(ConsumerRecords<String, String> records, Consumer<List<Event>> effect) {
        apply(decode(records, EventTypes.BY_TOPIC::get), effect);
    }

    private <E extends Event> List<Received<E>> decode(ConsumerRecords<String, String> records,
                                                       java.util.function.Function<String, Class<? extends E>> typeOf) {
        List<Received<E>> received = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            Class<? extends E> type = typeOf.apply(record.topic());
            try {
                if (type == null) {
                    throw new EventCodec.MalformedEvent("No event type for topic " + record.topic());
                }
                received.add(new Received<>(record, EventCodec.fromJson(record.value(), type)));
            } catch (EventCodec.MalformedEvent malformed) {
                setAside(record, malformed);
            }
        }
        return received;
    }

    private <E extends Event> void apply(List<Received<E>> batch, Consumer<List<E>> effect) {
        if (batch.isEmpty()) {
            return;
        }
        AtomicInteger refusals = new AtomicInteger();
        retry(() -> tryToApply(batch, effect, refusals));
    }

    /**
     * One try at the batch: true once it is applied, or its failure dealt with (isolated, set aside); false after a
     * passing fault, or a record alone that has failed fewer than {@value #ATTEMPTS_ALONE} times: to be tried again.
     */
    private <E extends Event> boolean tryToApply(List<Received<E>> batch, Consumer<List<E>> effect,
                                                 AtomicInteger refusals) {
        holdIfStopping(batch);
        RecordSpans spans = RecordSpans.start(tracer, batch.stream().map(Received::record).toList());
        try {
            Set<UUID> applied = new HashSet<>();
            spans.around(() -> transactions.inNew(() -> {
                applied.clear();
                List<E> fresh = processed.firstDeliveries(batch.stream().map(Received::event).toList());
                if (!fresh.isEmpty()) {
                    effect.accept(fresh);
                }
                fresh.forEach(event -> applied.add(event.eventId()));
            }));
            spans.succeeded(i -> logApplied(batch.get(i), applied));
            return true;
        } catch (RuntimeException e) {
            spans.failed(e);
            holdIfStopping(batch);
            if (TransientFaults.isTransient(e)) {
                spans.log(() -> LOG.warnf("Retrying %d record(s) of %s after a passing fault: %s", batch.size(),
                        batch.get(0).record.topic(), e.getMessage()));
                return false;
            } else if (batch.size() > 1) {
                isolate(batch, effect);
                return true;
            } else if (refusals.incrementAndGet() == ATTEMPTS_ALONE) {
                setAside(batch.get(0).record, e);
                return true;
            } else {
                ConsumerRecord<String, String> record = batch.get(0).record;
                int attempt = refusals.get();
                spans.log(() -> LOG.warnf("%s-%d@%d failed (%d of %d before it is set aside): %s", record.topic(),
                        record.partition(), record.offset(), attempt, ATTEMPTS_ALONE, e));
                return false;
            }
        }
    }

    private static void logApplied(Received<?> received, Set<UUID> applied) {
        ConsumerRecord<String, String> record = received.record;
        LOG.infof("%s %s-%d@%d, event %s", applied.contains(received.event.eventId()) ? "Applied" : "Already applied",
                record.topic(), record.partition(), record.offset(), received.event.eventId());
    }

    /** A record of the batch fails for a reason of its own: find it by applying each alone; the others succeed. */
    private <E extends Event> void isolate(List<Received<E>> batch, Consumer<List<E>> effect) {
        for (Received<E> one : batch) {
            apply(List.of(one), effect);
        }
    }

    private void setAside(ConsumerRecord<String, String> record, Throwable reason) {
        retry(() -> {
            holdIfStopping(List.of());
            try {
                deadLetters.put(record, reason);
                return true;
            } catch (RuntimeException e) {
                LOG.warnf("Retrying to set aside %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
                return false;
            }
        });
    }

    /** Tries until done, pausing between tries; an interrupt comes only with the pool's shutdown: hold the records. */
    private void retry(RetryLoop.Attempt attempt) {
        try {
            new RetryLoop(FIRST_PAUSE, LONGEST_PAUSE).until(attempt);
        } catch (InterruptedException e) {
            stopping = true;
            holdIfStopping(List.of());
        }
    }

    /** Never returns once stopping: the JVM's exit ends this thread, with the records unacknowledged. */
    private void holdIfStopping(List<? extends Received<?>> batch) {
        if (!stopping) {
            return;
        }
        if (!batch.isEmpty()) {
            LOG.infof("Stopping: %d record(s) left for redelivery", batch.size());
        }
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // An interrupt must not end the hold: returning would acknowledge the records, throwing dead-letter them.
            }
        }
    }

    private record Received<E extends Event>(ConsumerRecord<String, String> record, E event) {
    }
}
