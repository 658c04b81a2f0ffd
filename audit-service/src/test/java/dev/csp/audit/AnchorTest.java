package dev.csp.audit;

import static dev.csp.audit.Fixtures.auditor;
import static dev.csp.audit.Fixtures.keyRead;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.audit.domain.Checkpoints;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Whoever holds audit-service's database credentials can rewrite the log with the schema's own hash function and
 * delete the checkpoints that would give it away. Each signed checkpoint is also anchored outside the database (the
 * compacted checkpoint-signed topic), so such a chain is reported as broken, and never signed again.
 */
@io.quarkus.test.junit.QuarkusTest
class AnchorTest {

    @Inject
    AnchoredChains chains;
    @Inject
    Checkpoints checkpoints;
    @Inject
    EntityManager entityManager;

    @Test
    void aChainRewrittenWithTheSchemasOwnFunctionAfterItsCheckpointsWereDeletedIsBrokenAndNeverSignedAgain() {
        UUID partner = anchoredChainOfThree();

        sql("delete from activity_checkpoint where partner_tenant_id = ?1", partner);
        sql("update activity set user_name = 'nobody' where partner_tenant_id = ?1 and chain_seq = 2", partner);
        rehashFrom(partner, 2, 3);
        checkpoints.signGrownChains(); // the checkpointer would start the forged chain afresh from its first link

        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBreak.chainSeq", equalTo(3))
                .body("firstBreak.reason", equalTo("ANCHOR_MISMATCH"));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true); // a scheduled round too
        assertEquals(0, checkpointCount(partner), "the rewritten chain is never signed");
    }

    @Test
    void checkpointsDeletedFromTheDatabaseAreMissed() {
        UUID partner = anchoredChainOfThree();

        sql("delete from activity_checkpoint where partner_tenant_id = ?1", partner);

        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBreak.chainSeq", equalTo(3))
                .body("firstBreak.reason", equalTo("CHECKPOINTS_MISSING"));
    }

    @Test
    void aChainShortenedBelowItsAnchorIsMissingEntries() {
        UUID partner = anchoredChainOfThree();

        sql("delete from activity_checkpoint where partner_tenant_id = ?1", partner);
        sql("delete from activity where partner_tenant_id = ?1 and chain_seq > 1", partner);
        sql("update activity_chain h set last_seq = 1, last_hash = a.hash from activity a"
                + " where a.partner_tenant_id = h.partner_tenant_id and a.chain_seq = 1 and h.partner_tenant_id = ?1", partner);

        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBreak.chainSeq", equalTo(3))
                .body("firstBreak.entryId", nullValue()).body("firstBreak.reason", equalTo("MISSING_ENTRIES"));
    }

    @Test
    void theCheckpointsAndTheKeysThatSignedThemAreServedForOfflineVerification() throws Exception {
        UUID partner = anchoredChainOfThree();
        auditor(partner).get("/v1/activity-log/verify").then().statusCode(200).body("intact", equalTo(true));

        JsonPath answer = auditor(partner).get("/v1/activity-log/checkpoints").then().statusCode(200).extract().jsonPath();

        Map<String, Object> checkpoint = answer.getMap("checkpoints[-1]");
        assertEquals(3, checkpoint.get("chainSeq"));
        String keyId = (String) checkpoint.get("keyId");
        assertEquals(answer.getString("currentKeyId"), keyId);
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(answer.getString("publicKeys.'" + keyId + "'"))));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(key);
        signature.update(("csp-audit-checkpoint/v1\n" + partner + "\n3\n" + checkpoint.get("chainHash") + "\n"
                + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse((String) checkpoint.get("signedAt"))) + "\n"
                + keyId).getBytes(StandardCharsets.UTF_8));
        assertTrue(signature.verify(Base64.getDecoder().decode((String) checkpoint.get("signature"))),
                "the documented payload verifies with the served public key");
    }

    /** Three entries of a new partner, signed, and the checkpoint anchored outside the database. */
    private UUID anchoredChainOfThree() {
        UUID partner = UUID.randomUUID();
        chains.recordAndAnchor(partner, List.of(keyRead(partner, "a", Instant.now().minusSeconds(30)),
                keyRead(partner, "b", Instant.now().minusSeconds(20)), keyRead(partner, "c", Instant.now().minusSeconds(10))));
        return partner;
    }

    /** What an administrator would do: recompute the hashes from {@code fromSeq} on with the schema's own function. */
    private void rehashFrom(UUID partner, long fromSeq, long toSeq) {
        for (long seq = fromSeq; seq <= toSeq; seq++) {
            if (seq > fromSeq) {
                sql("update activity set prev_hash = (select hash from activity where partner_tenant_id = ?1 and chain_seq = ?2)"
                        + " where partner_tenant_id = ?1 and chain_seq = ?3", partner, seq - 1, seq);
            }
            sql("update activity a set hash = activity_link_hash(a) where partner_tenant_id = ?1 and chain_seq = ?2", partner, seq);
        }
        sql("update activity_chain set last_hash = (select hash from activity where partner_tenant_id = ?1 and chain_seq = ?2)"
                + " where partner_tenant_id = ?1", partner, toSeq);
    }

    private long checkpointCount(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from activity_checkpoint where partner_tenant_id = ?1").setParameter(1, partner)
                .getSingleResult()).longValue());
    }

    /** As the database's owner: the service's own role may not change or remove entries. */
    private static void sql(String statement, Object... parameters) {
        Owner.sql(statement, parameters);
    }
}
