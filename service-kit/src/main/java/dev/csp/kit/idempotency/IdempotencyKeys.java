package dev.csp.kit.idempotency;

import dev.csp.kit.api.ProblemException;
import dev.csp.kit.locks.AdvisoryLocks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored Idempotency-Keys. A key is claimed in the transaction of the request that creates something, and holds
 * that request's response when it commits; if the transaction rolls back (the request failed, or created nothing),
 * the claim is gone with it. So a stored key always means the resource exists, and a missing one that it does not,
 * however the first attempt ended. A retry while the first attempt is still running finds the key's advisory lock
 * taken and is told so (409) instead of waiting for it.
 */
@ApplicationScoped
class IdempotencyKeys {

    /** Whose key it is: a user of a tenant. */
    record Scope(UUID tenantId, String userId) {
    }

    record StoredResponse(int status, String body, String location) {
    }

    @Inject
    EntityManager entityManager;
    @Inject
    AdvisoryLocks locks;
    @Inject
    Clock clock;
    @ConfigProperty(name = "csp.idempotency.retention", defaultValue = "24h")
    Duration retention;

    /**
     * Claims the key for this request, in the caller's transaction, or answers the first response to replay. Refuses
     * a different request under the same key (422) and a retry while the first is still running (409). A key older
     * than the retention is claimed again (the replicas' clocks may differ by minutes; that moves only this edge).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredResponse> claim(Scope scope, String key, String fingerprint) {
        if (!locks.tryLock("idempotency-key:" + scope.tenantId() + ":" + scope.userId() + ":" + key)) {
            throw ProblemException.conflict("idempotency-key-in-flight",
                    "A request with Idempotency-Key " + key + " is still being processed. Retry later.");
        }
        Instant now = clock.instant();
        if (insert(scope, key, fingerprint, now)) {
            return Optional.empty();
        }
        Object[] row = (Object[]) scoped("select fingerprint, status, body, location, created_at from idempotency_key",
                scope, key).getSingleResult();
        boolean expired = instant(row[4]).isBefore(now.minus(retention));
        // No response stored: a claim left by the version that committed claims on their own; nothing was created.
        if (expired || row[1] == null) {
            reclaim(scope, key, fingerprint, now);
            return Optional.empty();
        }
        if (!fingerprint.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "Idempotency-Key " + key + " was used for a different request. Use a new key for a new request.");
        }
        return Optional.of(new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
    }

    /** Joins the transaction that created the resource. */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(Scope scope, String key, StoredResponse response) {
        scoped("update idempotency_key set status = :status, body = :body, location = cast(:location as text)", scope, key)
                .setParameter("status", response.status())
                .setParameter("body", response.body())
                .setParameter("location", response.location())
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetExpired() {
        entityManager.createNativeQuery("delete from idempotency_key where created_at < :before")
                .setParameter("before", clock.instant().minus(retention))
                .executeUpdate();
    }

    private boolean insert(Scope scope, String key, String fingerprint, Instant now) {
        return entityManager.createNativeQuery("""
                        insert into idempotency_key (tenant_id, user_id, idem_key, fingerprint, created_at)
                        values (:tenant, :user, :key, :fingerprint, :now) on conflict do nothing""")
                .setParameter("tenant", scope.tenantId())
                .setParameter("user", scope.userId())
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    private void reclaim(Scope scope, String key, String fingerprint, Instant now) {
        scoped("update idempotency_key set fingerprint = :fingerprint, status = null, body = null, location = null,"
                + " created_at = :now", scope, key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("now", now)
                .executeUpdate();
    }

    private jakarta.persistence.Query scoped(String statement, Scope scope, String key) {
        return entityManager.createNativeQuery(statement + " where tenant_id = :tenant and user_id = :user and idem_key = :key")
                .setParameter("tenant", scope.tenantId())
                .setParameter("user", scope.userId())
                .setParameter("key", key);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
