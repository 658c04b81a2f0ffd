package dev.csp.kit.retry;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells faults that pass by themselves (database down or restarting, pool exhausted, lock conflict, transaction timed
 * out) from records that never will work. A passing fault is retried until it passes: dead-lettering it would drop a
 * valid event, an order charged but never granted.
 */
public final class TransientFaults {

    private TransientFaults() {
    }

    public static boolean isTransient(Throwable failure) {
        boolean passing = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                // The database said what went wrong: that decides, whatever wraps it.
                return isTransientState(sql.getSQLState());
            }
            // An SQLException without a state is the pool's own: Agroal's acquisition timeout, a closed connection.
            passing |= cause instanceof SQLException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException || cause instanceof QueryTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || isTransactionFault(cause);
        }
        return passing;
    }

    /**
     * The transaction manager gave up on the transaction (it timed out and was rolled back, or could not be
     * completed): nothing about the record itself. A record whose effect throws surfaces as that exception instead.
     */
    private static boolean isTransactionFault(Throwable cause) {
        return cause instanceof RollbackException || cause instanceof SystemException
                || cause instanceof HeuristicMixedException || cause instanceof HeuristicRollbackException;
    }

    /**
     * 08 connection, 25P03/25P04 the session or transaction was ended for idling (this replica froze or was cut off, and
     * the database released its locks), 40 serialization/deadlock, 53 out of resources, 55P03 lock not available, 57
     * operator intervention (admin shutdown, cannot connect now, statement or lock timeout), 58 system error, XX internal
     * error.
     */
    private static boolean isTransientState(String state) {
        return state.startsWith("08") || state.equals("25P03") || state.equals("25P04") || state.startsWith("40")
                || state.startsWith("53")
                || state.equals("55P03") || state.startsWith("57") || state.startsWith("58") || state.startsWith("XX");
    }
}
