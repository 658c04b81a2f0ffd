package dev.csp.audit;

import static dev.csp.audit.Fixtures.auditor;
import static dev.csp.audit.Fixtures.keyRead;
import static dev.csp.audit.Fixtures.record;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.audit.domain.Activity;
import dev.csp.audit.domain.ActivityHash;
import dev.csp.audit.domain.ActivityLog;
import dev.csp.audit.domain.CheckpointSigner;
import dev.csp.audit.domain.Checkpoints;
import dev.csp.events.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TamperEvidenceTest {

    @Inject
    ActivityLog log;
    @Inject
    Checkpoints checkpoints;
    @Inject
    CheckpointSigner signer;
    @Inject
    EntityManager entityManager;

    @Test
    void concurrentAppendsStillFormOneUnbrokenChainPerPartner() throws Exception {
        UUID partner = UUID.randomUUID();
        Instant now = Instant.now();
        List<Event> reads = IntStream.range(0, 48).<Event>mapToObj(i -> keyRead(partner, "user-" + i % 5, now.minusSeconds(i))).toList();
        ExecutorService consumers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> appends = new ArrayList<>();
            reads.forEach(read -> appends.add(consumers.submit(() -> record(log, read))));
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            consumers.shutdown();
        }

        List<Activity> chain = chain(partner);
        assertEquals(48, chain.size());
        for (int i = 0; i < chain.size(); i++) {
            assertEquals(i + 1, chain.get(i).chainSeq);
            assertEquals(i == 0 ? ActivityHash.GENESIS : chain.get(i - 1).hash, chain.get(i).prevHash);
        }
        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("entriesChecked", equalTo(48)).body("firstBreak", nullValue());
    }

    @Test
    void aRowChangedInTheDatabaseFailsVerificationAtThatRow() {
        UUID partner = UUID.randomUUID();
        Instant start = Instant.now().minus(Duration.ofHours(5));
        record(log, IntStream.range(0, 5).<Event>mapToObj(i -> keyRead(partner, "reader", start.plus(Duration.ofHours(i)))).toList());
        Activity third = chain(partner).get(2);

        sql("update activity set user_name = 'somebody-else' where id = ?1", third.id);

        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBreak.entryId", equalTo(third.id.intValue()))
                .body("firstBreak.chainSeq", equalTo(3))
                .body("firstBreak.reason", equalTo("CONTENT_CHANGED"))
                .body("entriesChecked", equalTo(2));
        // the stretch before the change still verifies
        auditor(partner).queryParam("from", start.minusSeconds(1).toString()).queryParam("to", third.occurredAt.toString())
                .get("/v1/activity-log/verify").then().statusCode(200).body("intact", equalTo(true)).body("entriesChecked", equalTo(2));
    }

    @Test
    void rewritingAnEntryAndItsHashIsCaughtByTheSignedCheckpoint() {
        UUID partner = UUID.randomUUID();
        record(log, keyRead(partner, "a", Instant.now().minusSeconds(30)), keyRead(partner, "b", Instant.now().minusSeconds(20)),
                keyRead(partner, "c", Instant.now().minusSeconds(10)));
        checkpoints.signGrownChains();
        await().atMost(Duration.ofSeconds(10)).until(() -> checkpointedSeq(partner) == 3);
        Activity last = chain(partner).get(2);

        last.userName = "nobody";
        sql("update activity set user_name = ?1, hash = ?2 where id = ?3", last.userName, ActivityHash.of(last), last.id);

        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBreak.entryId", equalTo(last.id.intValue()))
                .body("firstBreak.reason", equalTo("CHECKPOINT_MISMATCH"));
    }

    @Test
    void deletedEntriesAreMissedInTheMiddleAndAtTheEnd() {
        UUID partner = UUID.randomUUID();
        Instant start = Instant.now().minus(Duration.ofMinutes(10));
        record(log, IntStream.range(0, 4).<Event>mapToObj(i -> keyRead(partner, "r", start.plus(Duration.ofMinutes(i)))).toList());
        checkpoints.signGrownChains();
        await().atMost(Duration.ofSeconds(10)).until(() -> checkpointedSeq(partner) == 4);
        List<Activity> chain = chain(partner);

        sql("delete from activity where id = ?1", chain.get(3).id);
        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBreak.chainSeq", equalTo(4))
                .body("firstBreak.entryId", nullValue()).body("firstBreak.reason", equalTo("MISSING_ENTRIES"));

        sql("delete from activity where id = ?1", chain.get(1).id);
        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBreak.entryId", equalTo(chain.get(2).id.intValue()))
                .body("firstBreak.reason", equalTo("MISSING_ENTRIES"));
    }

    @Test
    void aCheckpointNotSignedWithTheKeyIsNotAuthentic() {
        UUID partner = UUID.randomUUID();
        record(log, keyRead(partner, "a", Instant.now().minusSeconds(5)));
        checkpoints.signGrownChains();
        await().atMost(Duration.ofSeconds(10)).until(() -> checkpointedSeq(partner) == 1);

        sql("update activity_checkpoint set chain_hash = ?1 where partner_tenant_id = ?2", "f".repeat(64), partner);

        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBreak.reason", equalTo("CHECKPOINT_NOT_AUTHENTIC"));
    }

    @Test
    void aCheckpointNamingAKeyTheServiceDoesNotKnowIsReportedAsSuch() {
        UUID partner = UUID.randomUUID();
        record(log, keyRead(partner, "a", Instant.now().minusSeconds(5)));
        checkpoints.signGrownChains();
        await().atMost(Duration.ofSeconds(10)).until(() -> checkpointedSeq(partner) == 1);

        sql("update activity_checkpoint set key_id = ?1 where partner_tenant_id = ?2", "0123456789abcdef", partner);

        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBreak.reason", equalTo("CHECKPOINT_KEY_UNKNOWN"));
    }

    @Test
    void checkpointsAreSignedOnScheduleForChainsThatGrew() {
        UUID partner = UUID.randomUUID();
        record(log, keyRead(partner, "a", Instant.now().minusSeconds(5)));
        String head = chain(partner).get(0).hash;

        await().atMost(Duration.ofSeconds(15)).until(() -> checkpointedSeq(partner) == 1);
        Object[] checkpoint = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select chain_hash, key_id from activity_checkpoint where partner_tenant_id = ?1").setParameter(1, partner).getSingleResult());
        assertEquals(head, checkpoint[0]);
        assertEquals(signer.keyId(), checkpoint[1]);
    }

    @Test
    void theDatabaseAndTheServiceComputeTheSameHash() {
        UUID partner = UUID.randomUUID();
        record(log, Fixtures.downloaded(partner, "ünïcödé, \"quoted\"", Instant.now().minus(1234567, ChronoUnit.NANOS)),
                Fixtures.revoked(partner, Instant.now()));
        List<?> agree = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select activity_link_hash(a) = a.hash from activity a where partner_tenant_id = ?1").setParameter(1, partner).getResultList());
        assertEquals(2, agree.size());
        assertTrue(agree.stream().allMatch(Boolean.TRUE::equals));
    }

    private List<Activity> chain(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> Activity.<Activity>list("partnerTenantId = ?1 order by chainSeq", partner));
    }

    private long checkpointedSeq(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select coalesce(max(chain_seq), 0) from activity_checkpoint where partner_tenant_id = ?1")
                .setParameter(1, partner).getSingleResult()).longValue());
    }

    /** As the database's owner: the service's own role may not change or remove entries. */
    private static void sql(String statement, Object... parameters) {
        Owner.sql(statement, parameters);
    }
}
