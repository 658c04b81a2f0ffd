package dev.csp.audit.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Each partner's latest signed checkpoint as kept outside this service's database (the compacted
 * {@code checkpoint-signed} topic): what a chain rewritten, shortened or restarted in the database no longer matches.
 */
public interface Anchors {

    /** The partner's latest anchored checkpoint, its signature already checked; empty if none was ever anchored. */
    Optional<Checkpoint> latest(UUID partnerTenantId);

    /** True once every anchor written before this service started has been read: before that, none can be trusted. */
    boolean ready();

    /** Waits at most {@code atMost} for {@link #ready()}; answers whether it is. */
    boolean awaitReady(java.time.Duration atMost);

    /** No anchors (a tool reading a copy of the database, such as ActivityLogBenchmark): the database alone judges. */
    Anchors NONE = new Anchors() {
        @Override
        public Optional<Checkpoint> latest(UUID partnerTenantId) {
            return Optional.empty();
        }

        @Override
        public boolean ready() {
            return true;
        }

        @Override
        public boolean awaitReady(java.time.Duration atMost) {
            return true;
        }
    };

    /** Thrown where an answer needs the anchors and they are not read yet (after a start, for a few seconds). */
    final class NotReady extends RuntimeException {

        public NotReady() {
            super("The activity log's anchors are still being read; try again in a few seconds.");
        }
    }
}
