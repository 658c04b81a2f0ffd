package dev.csp.kit.locks;

import dev.csp.kit.sql.Statements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL advisory locks held until the transaction ends, one per aggregate (an order, a partner). A batch takes
 * all of its locks in one statement and always in one order (by the lock's number), so two batches that share
 * aggregates wait for each other instead of deadlocking. {@link #tryLock} takes a named lock only if nobody holds it.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private static final String LOCK_ALL = """
            select count(*) from (select distinct hashtextextended(key, 0) as lock from unnest(?::text[]) as key order by 1)
                as locks cross join lateral pg_advisory_xact_lock(locks.lock)""";

    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock(hashtextextended(?, 0))";

    @Inject
    Statements statements;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID aggregateId) {
        lockAll(List.of(aggregateId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(Collection<UUID> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return;
        }
        statements.one("lock " + aggregateIds.size() + " aggregate(s)", LOCK_ALL,
                lock -> lock.setArray(1, Statements.array(lock, "text", aggregateIds.stream().map(UUID::toString).toList())),
                row -> row.getLong(1));
    }

    /** The lock named {@code name} until the transaction ends, if no other transaction holds it now; never waits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(String name) {
        return statements.one("try lock " + name, TRY_LOCK, lock -> lock.setString(1, name), row -> row.getBoolean(1))
                .orElse(false);
    }
}
