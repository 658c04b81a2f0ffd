package dev.csp.audit.domain;

import dev.csp.events.audit.CheckpointSigned;
import dev.csp.kit.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Signs a checkpoint for every chain that has grown since its last one, every {@code csp.audit.checkpoint-every}.
 * It signs only what it has just verified, so a chain changed between two checkpoints is never blessed.
 */
@ApplicationScoped
public class Checkpoints {

    private static final Logger LOG = Logger.getLogger(Checkpoints.class);

    @Inject
    ActivityRows rows;
    @Inject
    ChainVerifier verifier;
    @Inject
    CheckpointSigner signer;
    @Inject
    Anchors anchors;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;

    @Scheduled(every = "${csp.audit.checkpoint-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        signGrownChains();
    }

    /**
     * Answers how many checkpoints were signed. Nothing is signed before the anchors are read: a chain whose anchor is
     * not known yet might be one that was rewritten.
     */
    public int signGrownChains() {
        if (!anchors.ready()) {
            LOG.info("Activity-log anchors not read yet: no checkpoint signed this time");
            return 0;
        }
        int signed = 0;
        for (Grown chain : rows.list("select h.partner_tenant_id, h.last_seq, coalesce(c.chain_seq, 0) from activity_chain h"
                + " left join lateral (select chain_seq from activity_checkpoint k where k.partner_tenant_id = h.partner_tenant_id"
                + " order by chain_seq desc limit 1) c on true where h.last_seq > coalesce(c.chain_seq, 0)", List.of(),
                row -> new Grown(row.getObject(1, UUID.class), row.getLong(2), row.getLong(3)))) {
            if (sign(chain)) {
                signed++;
            }
        }
        return signed;
    }

    private record Grown(UUID partner, long headSeq, long signedSeq) {
    }

    private boolean sign(Grown chain) {
        Verification.Break unanchored = verifier.anchorBreak(chain.partner());
        if (unanchored != null) {
            LOG.errorf("Activity log of partner %s no longer matches its anchored checkpoint (%s at link %d): it is never"
                    + " signed again", chain.partner(), unanchored.reason(), unanchored.chainSeq());
            return false;
        }
        // from the last signed link (its signature and hash checked again), or from the start of a new chain
        ChainVerifier.Walk walk = chain.signedSeq() == 0 ? verifier.walk(chain.partner(), 1, chain.headSeq(), ActivityHash.GENESIS)
                : verifier.walk(chain.partner(), chain.signedSeq(), chain.headSeq(), null);
        if (!walk.result().intact()) {
            LOG.errorf("Activity log of partner %s is broken at %s: no checkpoint signed", chain.partner(), walk.result().firstBreak());
            return false;
        }
        Checkpoint checkpoint = sign(chain.partner(), chain.headSeq(), walk.lastHash());
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean inserted = entityManager.createNativeQuery("insert into activity_checkpoint"
                            + " (partner_tenant_id, chain_seq, chain_hash, signed_at, key_id, signature) values (?1, ?2, ?3, ?4, ?5, ?6)"
                            + " on conflict do nothing") // another replica signed the same link meanwhile
                    .setParameter(1, checkpoint.partnerTenantId())
                    .setParameter(2, checkpoint.chainSeq())
                    .setParameter(3, checkpoint.chainHash())
                    .setParameter(4, checkpoint.signedAt())
                    .setParameter(5, checkpoint.keyId())
                    .setParameter(6, checkpoint.signature())
                    .executeUpdate() == 1;
            if (inserted) { // anchored outside this database, in the same transaction (the outbox)
                outbox.publish(new CheckpointSigned(UUID.randomUUID(), checkpoint.signedAt(), checkpoint.partnerTenantId(),
                        checkpoint.chainSeq(), checkpoint.chainHash(), checkpoint.signedAt(), checkpoint.keyId(),
                        checkpoint.signature()));
            }
            return inserted;
        });
    }

    /** At most this many checkpoints in one answer: the newest of the period. */
    public static final int LISTED_AT_MOST = 10_000;

    /**
     * The partner's checkpoints signed in {@code [from, to)}, in chain order: what an auditor keeps beside an export
     * of the same period to verify it offline (the newest {@value #LISTED_AT_MOST} when there are more).
     */
    public List<Checkpoint> signedBetween(UUID partner, java.time.Instant from, java.time.Instant to) {
        return rows.list("select * from (select partner_tenant_id, chain_seq, chain_hash, signed_at, key_id, signature"
                + " from activity_checkpoint where partner_tenant_id = ? and signed_at >= ? and signed_at < ?"
                + " order by chain_seq desc limit " + LISTED_AT_MOST + ") c order by chain_seq", List.of(partner, from, to),
                Checkpoints::read);
    }

    /** A checkpoint as the anchor topic carries it. */
    public static Checkpoint of(CheckpointSigned signed) {
        return new Checkpoint(signed.partnerTenantId(), signed.chainSeq(), signed.chainHash(), signed.signedAt(),
                signed.keyId(), signed.signature());
    }

    private Checkpoint sign(UUID partner, long seq, String hash) {
        Checkpoint unsigned = new Checkpoint(partner, seq, hash, ActivityHash.storable(clock.instant()), signer.keyId(), null);
        return new Checkpoint(partner, seq, hash, unsigned.signedAt(), unsigned.keyId(), signer.sign(unsigned.payload()));
    }

    static Checkpoint read(ResultSet row) throws SQLException {
        return new Checkpoint(row.getObject("partner_tenant_id", UUID.class), row.getLong("chain_seq"), row.getString("chain_hash"),
                ActivityRows.instant(row, "signed_at"), row.getString("key_id"), row.getString("signature"));
    }
}
