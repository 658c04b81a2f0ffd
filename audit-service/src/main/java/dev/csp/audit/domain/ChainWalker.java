package dev.csp.audit.domain;

import java.util.Map;

/** Follows one stretch of a chain entry by entry, remembering the first place where it does not hold. */
final class ChainWalker {

    private final Map<Long, Checkpoint> checkpoints;
    private final CheckpointSigner signer;
    private long expectedSeq;
    private String expectedPrev;
    private long entries;
    private long checkpointsChecked;
    private Verification.Break firstBreak;

    ChainWalker(long fromSeq, String anchor, Map<Long, Checkpoint> checkpoints, CheckpointSigner signer) {
        this.expectedSeq = fromSeq;
        this.expectedPrev = anchor;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    /** Checks the next entry; answers false once the chain is broken, as nothing after that can be trusted. */
    boolean accept(Activity entry) {
        Verification.Reason broken = check(entry);
        if (broken != null) {
            firstBreak = new Verification.Break(entry.id, entry.chainSeq, entry.occurredAt, broken);
            return false;
        }
        entries++;
        expectedSeq++;
        return true;
    }

    private Verification.Reason check(Activity entry) {
        if (entry.chainSeq != expectedSeq) {
            return Verification.Reason.MISSING_ENTRIES;
        }
        if (expectedPrev != null && !expectedPrev.equals(entry.prevHash)) {
            return Verification.Reason.BROKEN_LINK;
        }
        String recomputed = ActivityHash.of(entry);
        if (!recomputed.equals(entry.hash)) {
            return Verification.Reason.CONTENT_CHANGED;
        }
        expectedPrev = recomputed;
        Checkpoint checkpoint = checkpoints.get(entry.chainSeq);
        if (checkpoint != null) {
            checkpointsChecked++;
            Verification.Reason unsigned = signer.check(checkpoint);
            if (unsigned != null) {
                return unsigned;
            }
            if (!checkpoint.chainHash().equals(recomputed)) {
                return Verification.Reason.CHECKPOINT_MISMATCH;
            }
        }
        return null;
    }

    Verification result(long toSeq) {
        if (firstBreak == null && expectedSeq <= toSeq) {
            firstBreak = new Verification.Break(null, expectedSeq, null, Verification.Reason.MISSING_ENTRIES);
        }
        return firstBreak == null ? Verification.intact(entries, checkpointsChecked)
                : Verification.broken(entries, checkpointsChecked, firstBreak);
    }

    /** The recomputed hash of the last entry that checked out. */
    String lastHash() {
        return expectedPrev;
    }
}
