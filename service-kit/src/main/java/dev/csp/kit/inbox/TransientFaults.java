package dev.csp.kit.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Tells faults that pass by themselves (connection lost, serialization conflict) from records that never will work. */
final class TransientFaults {

    private TransientFaults() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** 08 connection, 40 serialization/deadlock, 53 out of resources, 57P admin shutdown / cannot connect now. */
    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P"));
    }
}
