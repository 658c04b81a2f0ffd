package dev.csp.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.events.Event;
import dev.csp.events.order.OrderCancelled;
import io.opentelemetry.api.trace.TracerProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/**
 * What the inbox applies, retries and sets aside, with the transaction and the database left out: each "transaction"
 * runs the work inline, every event counts as a first delivery, and the dead-letter topic is a list.
 */
class InboxTest {

    private static final String TOPIC = "order-cancelled";
    private static final Path SAMPLE = Path.of("../event-contracts/src/test/resources/samples/order-cancelled.json");

    private final List<ConsumerRecord<String, String>> setAside = new ArrayList<>();
    private final List<UUID> applied = new ArrayList<>();
    private final Inbox inbox = inbox(new EveryEventIsNew(), new ListedDeadLetters(setAside));

    @Test
    void aRecordWhoseEffectFailsOnceForNoNamedReasonIsAppliedNotSetAside() {
        // A replica that froze inside a transaction wakes to find it rolled back by the reaper: Hibernate says so
        // with an exception that names no passing fault. The next attempt is a new transaction and succeeds.
        ConsumerRecords<String, String> one = records(cancellation());
        int[] calls = {0};
        inbox.receive(one, OrderCancelled.class, failingFirst(1, calls,
                () -> new HibernateException("Transaction was rolled back in a different thread")));

        assertEquals(1, applied.size(), "the cancellation was applied");
        assertEquals(List.of(), setAside, "nothing went to the dead-letter topic");
    }

    @Test
    void aRecordThatFailsEveryTimeIsSetAsideOnceAfterItsAttempts() {
        int[] calls = {0};
        inbox.receive(records(cancellation()), OrderCancelled.class, events -> {
            calls[0]++;
            throw new IllegalArgumentException("Refund approved in EUR for a charge in USD");
        });

        assertEquals(Inbox.ATTEMPTS_ALONE, calls[0], "tried alone this often before it was set aside");
        assertEquals(1, setAside.size(), "set aside once");
    }

    @Test
    void aPoisonRecordIsSetAsideAloneAndItsNeighboursAreApplied() {
        String poison = cancellation();
        UUID poisonId = OrderCancelledId.of(poison);
        inbox.receive(records(cancellation(), poison, cancellation()), OrderCancelled.class, events -> {
            if (events.stream().anyMatch(event -> event.eventId().equals(poisonId))) {
                throw new IllegalStateException("No entitlement may be revoked twice");
            }
            events.forEach(event -> applied.add(event.eventId()));
        });

        assertEquals(2, applied.size(), "both neighbours applied");
        assertEquals(1, setAside.size(), "only the poison set aside");
        assertEquals(poison, setAside.get(0).value());
    }

    @Test
    void aPassingFaultIsRetriedUntilItPassesHoweverOftenItComes() {
        int[] calls = {0};
        inbox.receive(records(cancellation()), OrderCancelled.class, failingFirst(Inbox.ATTEMPTS_ALONE + 1, calls,
                () -> new IllegalStateException("Cannot record processed events",
                        new SQLException("terminating connection due to administrator command", "57P01"))));

        assertEquals(1, applied.size());
        assertEquals(List.of(), setAside);
    }

    @Test
    void aRecordThatIsNoEventIsSetAsideWithoutAnAttempt() {
        inbox.receive(records("{\"not\": \"an order-cancelled\"}"), OrderCancelled.class,
                events -> events.forEach(event -> applied.add(event.eventId())));

        assertEquals(List.of(), applied);
        assertEquals(1, setAside.size());
    }

    /** An effect that throws for its first {@code failures} calls, then applies the events. */
    private Consumer<List<OrderCancelled>> failingFirst(int failures, int[] calls,
                                                        java.util.function.Supplier<RuntimeException> failure) {
        return events -> {
            if (calls[0]++ < failures) {
                throw failure.get();
            }
            events.forEach(event -> applied.add(event.eventId()));
        };
    }

    /** An inbox whose transactions run inline and whose spans go nowhere. */
    private static Inbox inbox(ProcessedEvents processed, DeadLetters deadLetters) {
        Inbox inbox = new Inbox();
        inbox.processed = processed;
        inbox.deadLetters = deadLetters;
        inbox.transactions = Runnable::run;
        inbox.tracer = TracerProvider.noop().get("inbox");
        return inbox;
    }

    private static ConsumerRecords<String, String> records(String... values) {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<ConsumerRecord<String, String>> list = new ArrayList<>();
        for (int offset = 0; offset < values.length; offset++) {
            list.add(new ConsumerRecord<>(TOPIC, 0, offset, "key", values[offset]));
        }
        return new ConsumerRecords<>(Map.of(partition, list), Map.of());
    }

    /** The checked-in sample of order-cancelled, with an event id of its own. */
    private static String cancellation() {
        try {
            return Files.readString(SAMPLE).replace("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", UUID.randomUUID().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class OrderCancelledId {
        static UUID of(String json) {
            return dev.csp.events.EventCodec.fromJson(json, OrderCancelled.class).eventId();
        }
    }

    private static final class EveryEventIsNew extends ProcessedEvents {
        @Override
        <E extends Event> List<E> firstDeliveries(List<E> batch) {
            return batch;
        }
    }

    private static final class ListedDeadLetters extends DeadLetters {
        private final List<ConsumerRecord<String, String>> letters;

        ListedDeadLetters(List<ConsumerRecord<String, String>> letters) {
            service = "entitlement-service";
            this.letters = letters;
        }

        @Override
        void put(ConsumerRecord<String, String> record, Throwable reason) {
            letters.add(record);
        }
    }
}
