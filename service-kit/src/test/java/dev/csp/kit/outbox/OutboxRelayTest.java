package dev.csp.kit.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csp.events.EventCodec;
import dev.csp.events.order.OrderCancelled;
import dev.csp.testing.EventSamples;
import dev.csp.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The relay (OutboxRelay) on its own, in the kit's test application: committed events reach the broker in the order
 * they were written, batch after batch (three to a batch here, application.properties), and leave the outbox only once
 * the broker has them; one the broker refuses for good is parked and counted, and the events after it still go.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Inject
    OutboxConfig config;

    @Test
    void eventsGoInTheOrderWrittenBatchAfterBatchAndLeaveTheOutbox() {
        String orderId = UUID.randomUUID().toString();
        List<OrderCancelled> events = IntStream.range(0, 3 * config.batchSize() + 1).mapToObj(i -> cancellation(orderId)).toList();
        QuarkusTransaction.requiringNew().run(() -> events.forEach(outbox::publish));

        List<String> sent = sentIds(orderId, events.size());
        assertEquals(events.stream().map(e -> e.eventId().toString()).toList(), sent,
                "each once, in the order written, across " + (events.size() / config.batchSize() + 1) + " batches");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("outbox_event", orderId) == 0);
    }

    /** Also for an event published alone, outside a transaction (a key read's record): stored once the call returns. */
    @Test
    void nothingLeavesTheOutboxBeforeTheBrokerHasIt() throws InterruptedException {
        String orderId = UUID.randomUUID().toString();
        OrderCancelled event = cancellation(orderId);
        OrderCancelled alone = cancellation(orderId);
        String refused = UUID.randomUUID().toString();
        TestKafka.stopBroker();
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(event));
            outbox.publishAlone(alone);
            assertEquals(2, count("outbox_event", orderId), "the event published alone is stored when the call returns");
            assertThrows(TransactionalException.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publishAlone(cancellation(refused))), "alone means outside any transaction");
            Thread.sleep(1_000); // ten polls of the test profile
            assertEquals(2, count("outbox_event", orderId), "the events wait while the broker is away");
        } finally {
            TestKafka.startBroker();
        }
        // Each at least once: a send the outage cut short may still arrive beside its retry (consumers are idempotent).
        assertEquals(Set.of(event.eventId().toString(), alone.eventId().toString()), distinctSentIds(orderId, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("outbox_event", orderId) == 0);
        assertEquals(0, count("outbox_event", refused), "nothing written by the refused call");
    }

    @Test
    void anEventTheBrokerRefusesForGoodIsParkedAndTheOnesAfterItStillGo() throws SQLException {
        double parkedBefore = meters.counter("csp.outbox.parked").count();
        String tooLarge = "too-large-" + UUID.randomUUID();
        sql("insert into outbox_event (event_id, topic, record_key, payload) values (?, 'order-cancelled', ?,"
                + " repeat('x', 2000000))", UUID.randomUUID(), tooLarge);
        String orderId = UUID.randomUUID().toString();
        OrderCancelled after = cancellation(orderId);
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(after));

        assertEquals(List.of(after.eventId().toString()), sentIds(orderId, 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("outbox_parked", tooLarge) == 1);
        assertEquals(0, count("outbox_event", tooLarge), "the refused event left the outbox");
        assertEquals(1, count("outbox_parked", tooLarge, "RecordTooLarge"), "with the broker's reason");
        assertEquals(parkedBefore + 1, meters.counter("csp.outbox.parked").count(), "and was counted");
    }

    /** The event ids sent with this key, in the order the broker has them, once {@code expected} have come. */
    private static List<String> sentIds(String key, int expected) {
        Set<Long> offsets = new HashSet<>();
        return TestKafka.readUntil(OrderCancelled.TOPIC,
                        record -> key.equals(record.key()) && offsets.add(record.offset()) && offsets.size() >= expected,
                        Duration.ofSeconds(30)).stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> EventCodec.fromJson(record.value(), OrderCancelled.class).eventId().toString()).toList();
    }

    private static Set<String> distinctSentIds(String key, int expected) {
        Set<String> ids = new HashSet<>();
        TestKafka.readUntil(OrderCancelled.TOPIC, record -> key.equals(record.key())
                && ids.add(EventCodec.fromJson(record.value(), OrderCancelled.class).eventId().toString())
                && ids.size() >= expected, Duration.ofSeconds(30));
        return ids;
    }

    private long count(String table, String key) {
        return count(table, key, "");
    }

    private long count(String table, String key, String reason) {
        String where = reason.isEmpty() ? "" : " and reason like '%" + reason + "%'";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from " + table
                     + " where record_key = ?" + where)) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    /** The checked-in order-cancelled sample, for an order of the test's, with an event id of its own. */
    private static OrderCancelled cancellation(String orderId) {
        var sample = EventSamples.freshSample(OrderCancelled.TOPIC);
        sample.put("orderId", orderId);
        return EventCodec.fromJson(sample.toString(), OrderCancelled.class);
    }
}
