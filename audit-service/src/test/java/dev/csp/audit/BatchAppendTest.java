package dev.csp.audit;

import static dev.csp.audit.Fixtures.auditor;
import static dev.csp.audit.Fixtures.keyRead;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.audit.domain.Activity;
import dev.csp.audit.domain.ActivityHash;
import dev.csp.audit.domain.ActivityLog;
import dev.csp.events.Event;
import dev.csp.events.EventCodec;
import dev.csp.kit.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** A poll's batch is one transaction: entries of several partners, each chain extended once, in the batch's order. */
@QuarkusTest
class BatchAppendTest {

    @Inject
    ActivityLog log;
    @Inject
    Inbox inbox;
    @Inject
    EntityManager entityManager;

    @Test
    void concurrentBatchesOfSeveralPartnersExtendEachChainInTheBatchesOrder() throws Exception {
        List<UUID> partners = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Instant now = Instant.now();
        // 12 batches of 9 entries, 3 of each partner, the partners interleaved in a different order in each batch
        List<List<Event>> batches = IntStream.range(0, 12).mapToObj(b -> {
            List<UUID> order = new ArrayList<>(partners);
            Collections.shuffle(order, new Random(b));
            return IntStream.range(0, 9).<Event>mapToObj(i -> keyRead(order.get(i % 3), "batch-" + b + "-" + i / 3,
                    now.minusSeconds(100 - b))).toList();
        }).toList();
        ExecutorService consumers = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> appends = new ArrayList<>();
            batches.forEach(batch -> appends.add(consumers.submit(() -> QuarkusTransaction.requiringNew().run(() -> log.record(batch)))));
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            consumers.shutdown();
        }

        for (UUID partner : partners) {
            List<Activity> chain = chain(partner);
            assertEquals(36, chain.size());
            for (int i = 0; i < chain.size(); i++) {
                Activity entry = chain.get(i);
                assertEquals(i + 1, entry.chainSeq);
                assertEquals(i == 0 ? ActivityHash.GENESIS : chain.get(i - 1).hash, entry.prevHash);
                assertEquals(ActivityHash.of(entry), entry.hash);
                if (i > 0) {
                    assertTrue(entry.id > chain.get(i - 1).id, "a later link has a larger id");
                }
                // a batch's entries of one partner are consecutive links, in the batch's order
                assertTrue(entry.userName.endsWith("-" + i % 3), entry.userName);
                if (i % 3 > 0) {
                    assertEquals(batchOf(chain.get(i - 1)), batchOf(entry));
                }
            }
            assertEquals(36L, head(partner));
            auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                    .body("intact", equalTo(true)).body("entriesChecked", equalTo(36));
        }
    }

    @Test
    void aRedeliveredBatchAppendsNothingTwice() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Instant now = Instant.now();
        List<Event> events = List.of(keyRead(first, "a", now.minusSeconds(3)), keyRead(second, "b", now.minusSeconds(2)),
                keyRead(first, "c", now.minusSeconds(1)));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        events.forEach(event -> records.add(new ConsumerRecord<>(event.topic(), 0, records.size(), event.key(), EventCodec.toJson(event))));
        // the same event twice in one poll counts once
        records.add(new ConsumerRecord<>(events.get(1).topic(), 0, records.size(), events.get(1).key(), EventCodec.toJson(events.get(1))));
        ConsumerRecords<String, String> poll = new ConsumerRecords<>(Map.of(new TopicPartition(events.get(0).topic(), 0), records),
                Map.of());

        inbox.receive(poll, log::record);
        inbox.receive(poll, log::record);

        assertEquals(List.of("a", "c"), chain(first).stream().map(entry -> entry.userName).toList());
        assertEquals(List.of("b"), chain(second).stream().map(entry -> entry.userName).toList());
        assertEquals(2L, head(first));
        assertEquals(1L, head(second));
        auditor(first).get("/v1/activity-log/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void appendingLeavesNothingInTheTransactionsHibernateSession() {
        UUID partner = UUID.randomUUID();
        List<Event> batch = IntStream.range(0, 5).<Event>mapToObj(i -> keyRead(partner, "r", Instant.now())).toList();

        int managed = QuarkusTransaction.requiringNew().call(() -> {
            log.record(batch);
            return entityManager.unwrap(Session.class).getStatistics().getEntityCount();
        });

        assertEquals(0, managed, "the entries are inserted in plain JDBC, not persisted through Hibernate");
        assertEquals(5, chain(partner).size());
    }

    private static String batchOf(Activity entry) {
        return entry.userName.substring(0, entry.userName.lastIndexOf('-'));
    }

    private static List<Activity> chain(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> Activity.<Activity>list("partnerTenantId = ?1 order by chainSeq", partner));
    }

    private long head(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select last_seq from activity_chain where partner_tenant_id = ?1").setParameter(1, partner).getSingleResult()).longValue());
    }
}
