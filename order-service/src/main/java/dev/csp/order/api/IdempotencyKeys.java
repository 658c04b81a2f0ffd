package dev.csp.order.api;

import dev.csp.kit.api.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored Idempotency-Keys. A key is claimed (committed at once, so a concurrent retry sees it in flight),
 * completed in the same transaction as what the request created (so a stored response always means it was
 * created, and a crash never leaves a key that replays something that does not exist), or released when the
 * request created nothing.
 */
@ApplicationScoped
class IdempotencyKeys {

    /** Whose key it is: a user of a tenant. */
    record Scope(UUID tenantId, String userId) {
    }

    record StoredResponse(int status, String body, String location) {
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonedAfter;

    IdempotencyKeys(EntityManager entityManager, Clock clock,
                    @ConfigProperty(name = "csp.idempotency.retention", defaultValue = "24h") Duration retention,
                    @ConfigProperty(name = "csp.idempotency.abandoned-after", defaultValue = "1m") Duration abandonedAfter) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.retention = retention;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Claims the key for this request, or answers the first response to replay. Refuses a different request under
     * the same key (422) and a retry while the first is still running (409).
     */
    Optional<StoredResponse> claim(Scope scope, String key, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            if (insert(scope, key, fingerprint, now)) {
                return Optional.empty();
            }
            Object[] row = (Object[]) scoped("select fingerprint, status, body, location, created_at from idempotency_key",
                    scope, key, " for update").getSingleResult();
            Instant createdAt = instant(row[4]);
            boolean expired = createdAt.isBefore(now.minus(retention));
            boolean abandoned = row[1] == null && createdAt.isBefore(now.minus(abandonedAfter));
            if (expired || (abandoned && fingerprint.equals(row[0]))) {
                reclaim(scope, key, fingerprint, now);
                return Optional.empty();
            }
            if (!fingerprint.equals(row[0])) {
                throw ProblemException.unprocessable("idempotency-key-reused",
                        "Idempotency-Key " + key + " was used for a different request. Use a new key for a new request.");
            }
            if (row[1] == null) {
                throw ProblemException.conflict("idempotency-key-in-flight",
                        "A request with Idempotency-Key " + key + " is still being processed. Retry later.");
            }
            return Optional.of(new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
        });
    }

    /** Joins the transaction that created the resource. */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(Scope scope, String key, StoredResponse response) {
        scoped("update idempotency_key set status = :status, body = :body, location = cast(:location as text)", scope, key, "")
                .setParameter("status", response.status())
                .setParameter("body", response.body())
                .setParameter("location", response.location())
                .executeUpdate();
    }

    /** Nothing was created: the key is free again, for this request or another. */
    void release(Scope scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> scoped("delete from idempotency_key", scope, key, "").executeUpdate());
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
                + " created_at = :now", scope, key, "")
                .setParameter("fingerprint", fingerprint)
                .setParameter("now", now)
                .executeUpdate();
    }

    private jakarta.persistence.Query scoped(String statement, Scope scope, String key, String suffix) {
        return entityManager.createNativeQuery(statement
                        + " where tenant_id = :tenant and user_id = :user and idem_key = :key" + suffix)
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
