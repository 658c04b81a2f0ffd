package dev.csp.audit.domain;

import java.time.Instant;
import java.util.List;

/** One page of a partner's log, newest first, and where the next page starts (null on the last page). */
public record ActivityPage(List<Activity> entries, Position next) {

    /**
     * A place in the log: after the entry at ({@code occurredAt}, {@code id}), among the entries that existed when
     * the first page was read (chain positions up to {@code snapshotSeq}). The snapshot is what keeps a reader's
     * pages free of gaps and repeats while new entries arrive, even entries that happened long ago but were
     * delivered late.
     */
    public record Position(Instant occurredAt, long id, long snapshotSeq) {
    }
}
