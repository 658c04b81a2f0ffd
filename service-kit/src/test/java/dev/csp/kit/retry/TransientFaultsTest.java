package dev.csp.kit.retry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csp.events.EventCodec;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** What the inbox retries until it passes, and what it sets aside on the dead-letter topic. */
class TransientFaultsTest {

    @Test
    void aPoolAcquisitionTimeoutIsRetriedNotDeadLettered() {
        // Agroal's own failure when every connection is busy or the database is unreachable: no SQL state.
        SQLException acquisition = new SQLException("Sorry, acquisition timeout!");
        assertTrue(TransientFaults.isTransient(new IllegalStateException("Cannot record processed events", acquisition)));
    }

    @Test
    void aTransactionThatTimedOutIsRetried() {
        RollbackException timedOut = new RollbackException("ARJUNA016102: The transaction is not active! Uid is ...");
        assertTrue(TransientFaults.isTransient(new io.quarkus.narayana.jta.QuarkusTransactionException(timedOut)));
    }

    @Test
    void theDatabaseGoingAwayIsRetried() {
        assertTrue(TransientFaults.isTransient(new SQLException("terminating connection", "57P01")));
        assertTrue(TransientFaults.isTransient(new SQLException("connection refused", "08001")));
        assertTrue(TransientFaults.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFaults.isTransient(new SQLException("canceling statement due to lock timeout", "55P03")));
    }

    @Test
    void aSessionTheDatabaseEndedWhileThisReplicaWasFrozenIsRetried() {
        assertTrue(TransientFaults.isTransient(new SQLException(
                "terminating connection due to idle-in-transaction timeout", "25P03")));
    }

    @Test
    void aRecordTheDatabaseRefusesForWhatItSaysIsNotRetried() {
        SQLException checkViolation = new SQLException("new row violates check constraint", "23514");
        assertFalse(TransientFaults.isTransient(new ConstraintViolationException("insert", checkViolation, "charge_amount")));
        // ...even when the transaction manager reports it as a rollback: the database's own word decides.
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(checkViolation);
        assertFalse(TransientFaults.isTransient(rollback));
    }

    @Test
    void aRecordThatIsNoValidEventOrBreaksADomainRuleIsNotRetried() {
        assertFalse(TransientFaults.isTransient(new EventCodec.MalformedEvent("Not a valid OrderPlaced")));
        assertFalse(TransientFaults.isTransient(new IllegalArgumentException("Refund approved in EUR for a charge in USD")));
    }
}
