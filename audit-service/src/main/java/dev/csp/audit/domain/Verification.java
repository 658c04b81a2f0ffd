package dev.csp.audit.domain;

import java.time.Instant;

/** The answer to "is this part of the log as it was written?", and if not, where it first stops being so. */
public record Verification(boolean intact, long entriesChecked, long checkpointsChecked, Break firstBreak) {

    /** Why a chain is broken; {@code entryId} and {@code occurredAt} are null when the entry itself is missing. */
    public enum Reason {
        /** The entry's fields no longer give its stored hash: someone changed it. */
        CONTENT_CHANGED,
        /** The entry does not point at the hash of the entry before it: one was changed, inserted or rehashed. */
        BROKEN_LINK,
        /** Chain positions before this one are missing: entries were deleted. */
        MISSING_ENTRIES,
        /** A signed checkpoint does not match the recomputed chain: entries were rewritten and rehashed. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not verify with the key it names: it was forged or changed. */
        CHECKPOINT_NOT_AUTHENTIC,
        /**
         * A checkpoint names a key this service does not know: signed before a key rotation whose old public key was not
         * added to {@code csp.audit.retired-public-keys}, or made up. Its authenticity cannot be told either way.
         */
        CHECKPOINT_KEY_UNKNOWN,
        /**
         * The link at the position of the latest checkpoint anchored outside the database no longer has the anchored
         * hash: the chain was rewritten up to there (and rehashed) or started again.
         */
        ANCHOR_MISMATCH,
        /** Checkpoints that were signed (the anchor names the latest) are gone from the database. */
        CHECKPOINTS_MISSING
    }

    public record Break(Long entryId, long chainSeq, Instant occurredAt, Reason reason) {
    }

    static Verification intact(long entries, long checkpoints) {
        return new Verification(true, entries, checkpoints, null);
    }

    static Verification broken(long entries, long checkpoints, Break at) {
        return new Verification(false, entries, checkpoints, at);
    }
}
