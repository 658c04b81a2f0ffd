package dev.csp.kit.idempotency;

import dev.csp.kit.api.ProblemException;
import dev.csp.kit.locks.AdvisoryLocks;
import dev.csp.kit.sql.Statements;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    private static final String WHERE = " where tenant_id = ? and user_id = ? and idem_key = ?";
    private static final String INSERT = """
            insert into idempotency_key (tenant_id, user_id, idem_key, fingerprint, created_at)
            values (?, ?, ?, ?, ?) on conflict do nothing""";
    private static final String READ = "select fingerprint, status, body, location, created_at from idempotency_key" + WHERE;
    private static final String RECLAIM = "update idempotency_key set fingerprint = ?, status = null, body = null,"
            + " location = null, created_at = ?" + WHERE;
    private static final String COMPLETE = "update idempotency_key set status = ?, body = ?, location = ?" + WHERE;

    @Inject
    Statements statements;
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
     * Plain JDBC on the transaction's own connection, like the outbox: a creating POST opens no Hibernate session
     * for its key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredResponse> claim(Scope scope, String key, String fingerprint) {
        if (!locks.tryLock("idempotency-key:" + scope.tenantId() + ":" + scope.userId() + ":" + key)) {
            throw ProblemException.conflict("idempotency-key-in-flight",
                    "A request with Idempotency-Key " + key + " is still being processed. Retry later.");
        }
        Instant now = clock.instant();
        return statements.with("claim an Idempotency-Key", connection -> {
            Timestamp at = Timestamp.from(now);
            if (execute(connection, INSERT, scope.tenantId(), scope.userId(), key, fingerprint, at) == 1) {
                return Optional.empty();
            }
            Earlier earlier = read(connection, scope, key);
            boolean expired = earlier.createdAt().isBefore(now.minus(retention));
            // No response stored: a claim left by the version that committed claims on their own; nothing was created.
            if (expired || earlier.response() == null) {
                execute(connection, RECLAIM, fingerprint, at, scope.tenantId(), scope.userId(), key);
                return Optional.empty();
            }
            if (!fingerprint.equals(earlier.fingerprint())) {
                throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key " + key
                        + " was used for a different request. Use a new key for a new request.");
            }
            return Optional.of(earlier.response());
        });
    }

    /** Joins the transaction that created the resource. */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(Scope scope, String key, StoredResponse response) {
        statements.with("store the response of an Idempotency-Key", connection -> execute(connection, COMPLETE,
                response.status(), response.body(), response.location(), scope.tenantId(), scope.userId(), key));
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetExpired() {
        statements.update("forget expired Idempotency-Keys", "delete from idempotency_key where created_at < ?",
                delete -> delete.setTimestamp(1, Timestamp.from(clock.instant().minus(retention))));
    }

    /** What the key's row holds: the first request's fingerprint, and its response once it committed one. */
    private record Earlier(String fingerprint, StoredResponse response, Instant createdAt) {
    }

    private static Earlier read(Connection connection, Scope scope, String key) throws SQLException {
        return Statements.one(connection, READ, select -> bind(select, scope.tenantId(), scope.userId(), key), row -> {
            int status = row.getInt(2);
            StoredResponse response = row.wasNull() ? null : new StoredResponse(status, row.getString(3), row.getString(4));
            return new Earlier(row.getString(1), response, row.getTimestamp(5).toInstant());
        }).orElseThrow(); // the insert before found the row there, and this transaction holds the key's lock
    }

    /** Runs {@code sql} with {@code values} as its parameters, in order. */
    private static int execute(Connection connection, String sql, Object... values) throws SQLException {
        return Statements.update(connection, sql, statement -> bind(statement, values));
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
