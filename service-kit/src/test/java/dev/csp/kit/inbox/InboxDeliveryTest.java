package dev.csp.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventCodec;
import dev.csp.events.order.OrderCancelled;
import dev.csp.testing.EventSamples;
import dev.csp.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The inbox with its real transaction, database and dead-letter topic (InboxTest leaves them out): an event is applied
 * once however often it is delivered, also twice in one poll; an effect that fails leaves its event unrecorded, so
 * the next attempt applies it; a record that is no event is set aside on {@code <service>.<topic>.dlq}, saying why.
 */
@QuarkusTest
class InboxDeliveryTest {

    private static final String TOPIC = OrderCancelled.TOPIC;

    @Inject
    Inbox inbox;

    @Test
    void anEventIsAppliedOnceHoweverOftenItIsDelivered() {
        String cancellation = cancellation();
        List<UUID> applied = new ArrayList<>();

        inbox.receive(records(cancellation, cancellation), OrderCancelled.class,
                events -> events.forEach(event -> applied.add(event.eventId())));
        inbox.receive(records(cancellation), OrderCancelled.class,
                events -> events.forEach(event -> applied.add(event.eventId())));

        assertEquals(List.of(idOf(cancellation)), applied, "once, though delivered three times over two polls");
    }

    @Test
    void anEffectThatFailedLeavesItsEventToBeAppliedByTheNextAttempt() {
        String cancellation = cancellation();
        List<UUID> applied = new ArrayList<>();
        int[] calls = {0};

        inbox.receive(records(cancellation), OrderCancelled.class, events -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("the first attempt fails");
            }
            events.forEach(event -> applied.add(event.eventId()));
        });

        assertEquals(2, calls[0], "tried again");
        assertEquals(List.of(idOf(cancellation)), applied, "and applied: the failed attempt did not mark it processed");
    }

    @Test
    void aRecordThatIsNoEventIsSetAsideOnTheServicesDeadLetterTopicSayingWhy() {
        String marker = UUID.randomUUID().toString();
        List<UUID> applied = new ArrayList<>();

        inbox.receive(records("{\"not\": \"a cancellation\", \"marker\": \"" + marker + "\"}"), OrderCancelled.class,
                events -> events.forEach(event -> applied.add(event.eventId())));

        assertEquals(List.of(), applied);
        ConsumerRecord<String, String> letter = TestKafka.await("service-kit-test." + TOPIC + ".dlq",
                record -> record.value().contains(marker));
        assertEquals(TOPIC, header(letter, "dead-letter-topic"));
        assertTrue(header(letter, "dead-letter-reason").length() > 0, "with the reason");
    }

    private static ConsumerRecords<String, String> records(String... values) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>();
        for (int offset = 0; offset < values.length; offset++) {
            list.add(new ConsumerRecord<>(TOPIC, 0, offset, "key", values[offset]));
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 0), list), Map.of());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static UUID idOf(String json) {
        return EventCodec.fromJson(json, OrderCancelled.class).eventId();
    }

    /** The checked-in order-cancelled sample with an event id of its own. */
    private static String cancellation() {
        return EventSamples.freshSample(TOPIC).toString();
    }
}
