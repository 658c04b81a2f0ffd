package dev.csp.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recomputes a partner's hash chain from the stored entries and compares it with the signed checkpoints. */
@ApplicationScoped
public class ChainVerifier {

    @Inject
    ActivityRows rows;
    @Inject
    CheckpointSigner signer;
    @Inject
    Anchors anchors;

    /**
     * Verifies every link from the first to the last entry that occurred in the period, no deleted tail, and that the
     * chain still matches its checkpoint anchored outside the database.
     */
    public Verification verify(ActivityQuery period) {
        if (!anchors.awaitReady(java.time.Duration.ofSeconds(5))) {
            throw new Anchors.NotReady();
        }
        Verification inDatabase = verifyInDatabase(period);
        Verification.Break unanchored = inDatabase.intact() ? anchorBreak(period.partnerTenantId()) : null;
        return unanchored == null ? inDatabase
                : Verification.broken(inDatabase.entriesChecked(), inDatabase.checkpointsChecked(), unanchored);
    }

    /**
     * Null when the partner's chain still matches its latest anchored checkpoint (or has none): the link at the
     * anchored position exists, its content and pointer still give the anchored hash (whoever rewrites an earlier
     * entry and rehashes the rest changes it), and the database still holds that checkpoint. Otherwise where it stops.
     */
    public Verification.Break anchorBreak(UUID partner) {
        Checkpoint anchor = anchors.latest(partner).orElse(null);
        if (anchor == null) {
            return null;
        }
        List<Activity> link = new java.util.ArrayList<>();
        rows.stream("select " + ActivityRows.COLUMNS + " from activity where partner_tenant_id = ? and chain_seq = ?",
                List.of(partner, anchor.chainSeq()), link::add);
        if (link.isEmpty()) {
            return new Verification.Break(null, anchor.chainSeq(), null, Verification.Reason.MISSING_ENTRIES);
        }
        Activity entry = link.get(0);
        if (!ActivityHash.of(entry).equals(anchor.chainHash())) {
            return new Verification.Break(entry.id, entry.chainSeq, entry.occurredAt, Verification.Reason.ANCHOR_MISMATCH);
        }
        Checkpoint stored = checkpoints(partner, anchor.chainSeq(), anchor.chainSeq()).get(anchor.chainSeq());
        if (stored == null || !stored.chainHash().equals(anchor.chainHash())) {
            return new Verification.Break(entry.id, entry.chainSeq, entry.occurredAt, Verification.Reason.CHECKPOINTS_MISSING);
        }
        return null;
    }

    /**
     * The links of the partner's chain from the first to the last entry that occurred in the period, in chain order
     * and with every hashed field: what an auditor verifies offline against the checkpoints.
     */
    public void eachLink(ActivityQuery period, EntrySink sink) {
        List<long[]> span = span(period);
        if (!span.isEmpty()) {
            rows.stream("select " + ActivityRows.COLUMNS + " from activity where partner_tenant_id = ? and chain_seq"
                    + " between ? and ? order by chain_seq", List.of(period.partnerTenantId(), span.get(0)[0],
                    span.get(0)[1]), sink);
        }
    }

    /** The first and last chain position of the entries that occurred in the period; empty when there are none. */
    private List<long[]> span(ActivityQuery period) {
        return rows.list("select min(chain_seq), max(chain_seq) from activity where " + period.condition()
                + " having count(*) > 0", period.parameters(), row -> new long[] {row.getLong(1), row.getLong(2)});
    }

    private Verification verifyInDatabase(ActivityQuery period) {
        List<long[]> span = span(period);
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
