package dev.csp.kit.inbox;

import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Applies each event once however often Kafka delivers it: the event id is recorded in the same transaction as
 * the effect, and a second delivery finds it there and does nothing. A record that is not a valid event throws,
 * so the channel's dead-letter strategy moves it aside; a passing fault (database restarting, lock conflict) is
 * retried here, holding the partition, so nothing is dead-lettered just because the database blinked.
 *
 * <p>While the service stops (TERM, a rolling update), a record is neither applied half-way nor dead-lettered: once
 * the shutdown has begun, a record that fails or arrives is held, unacknowledged, until the process ends. Its offset
 * is never committed, so the next consumer of the partition (this service restarted, or another pod) gets it again.
 * Dead-lettering it instead would lose it: it fails only because the database pool is already closing.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final EntityManager entityManager;
    private volatile boolean stopping;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    public <E extends Event> void receive(String json, Class<E> type, Consumer<E> effect) {
        E event = EventCodec.fromJson(json, type);
        Duration pause = FIRST_PAUSE;
        while (true) {
            if (stopping) {
                holdForRedelivery(event);
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (firstDelivery(event)) {
                        effect.accept(event);
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    holdForRedelivery(event);
                }
                if (!TransientFaults.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("Retrying %s %s after a passing fault: %s", event.topic(), event.eventId(), e.getMessage());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Never returns: the JVM's exit ends this thread, with the record unacknowledged. */
    private static void holdForRedelivery(Event event) {
        LOG.infof("Stopping: %s %s is left for redelivery", event.topic(), event.eventId());
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // An interrupt must not end the hold: returning would acknowledge the record, throwing dead-letter it.
            }
        }
    }

    private boolean firstDelivery(Event event) {
        return entityManager.createNativeQuery(
                        "insert into processed_event (event_id, topic) values (:id, :topic) on conflict do nothing")
                .setParameter("id", event.eventId())
                .setParameter("topic", event.topic())
                .executeUpdate() == 1;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
