package dev.csp.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recomputes a partner's hash chain from the stored entries and compares it with the signed checkpoints. */
@ApplicationScoped
public class ChainVerifier {

    private final ActivityRows rows;
    private final CheckpointSigner signer;

    ChainVerifier(ActivityRows rows, CheckpointSigner signer) {
        this.rows = rows;
        this.signer = signer;
    }

    /** Verifies every link from the first to the last entry that occurred in the period, and no deleted tail. */
    public Verification verify(ActivityQuery period) {
        List<long[]> span = rows.list("select min(chain_seq), max(chain_seq) from activity where " + period.condition()
                + " having count(*) > 0", period.parameters(), row -> new long[] {row.getLong(1), row.getLong(2)});
        UUID partner = period.partnerTenantId();
        Verification.Break truncated = missingTail(partner);
        if (span.isEmpty()) {
            return truncated == null ? Verification.intact(0, 0) : Verification.broken(0, 0, truncated);
        }
        long first = span.get(0)[0];
        // from the entry before the period, so that the first entry's link is checked against a recomputed hash
        Walk walk = first == 1 ? walk(partner, 1, span.get(0)[1], ActivityHash.GENESIS)
                : walk(partner, first - 1, span.get(0)[1], null);
        Verification result = walk.result();
        return result.intact() && truncated != null
                ? Verification.broken(result.entriesChecked(), result.checkpointsChecked(), truncated) : result;
    }

    /** What {@link #walk} found, and the recomputed hash of its last entry. */
    record Walk(Verification result, String lastHash) {
    }

    /**
     * Recomputes links {@code fromSeq}..{@code toSeq}. {@code anchor} is the hash the first entry must point at;
     * null takes the first entry's own pointer on trust.
     */
    Walk walk(UUID partner, long fromSeq, long toSeq, String anchor) {
        Map<Long, Checkpoint> checkpoints = checkpoints(partner, fromSeq, toSeq);
        ChainWalker walker = new ChainWalker(fromSeq, anchor, checkpoints, signer);
        rows.stream("select " + ActivityRows.COLUMNS + " from activity where partner_tenant_id = ? and chain_seq between ? and ?"
                + " order by chain_seq", List.of(partner, fromSeq, toSeq), walker::accept);
        return new Walk(walker.result(toSeq), walker.lastHash());
    }

    Map<Long, Checkpoint> checkpoints(UUID partner, long fromSeq, long toSeq) {
        Map<Long, Checkpoint> bySeq = new HashMap<>();
        rows.list("select partner_tenant_id, chain_seq, chain_hash, signed_at, key_id, signature from activity_checkpoint"
                        + " where partner_tenant_id = ? and chain_seq between ? and ?", List.of(partner, fromSeq, toSeq),
                Checkpoints::read).forEach(c -> bySeq.put(c.chainSeq(), c));
        return bySeq;
    }

    /** A checkpoint beyond the last stored entry means entries were deleted from the end of the chain. */
    private Verification.Break missingTail(UUID partner) {
        List<long[]> ends = rows.list("select (select max(chain_seq) from activity_checkpoint where partner_tenant_id = ?),"
                + " (select max(chain_seq) from activity where partner_tenant_id = ?)", List.of(partner, partner),
                row -> new long[] {row.getLong(1), row.getLong(2)});
        long signed = ends.get(0)[0];
        long stored = ends.get(0)[1];
        return signed > stored ? new Verification.Break(null, stored + 1, null, Verification.Reason.MISSING_ENTRIES) : null;
    }
}
