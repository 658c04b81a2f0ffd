package dev.csp.billing.domain;

import dev.csp.kit.locks.AdvisoryLocks;
import dev.csp.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;

/**
 * Puts charges and credits on a partner's open period, each with its event. Posting and closing a period take the
 * same per-partner lock, so a line can never slip into a period while it is being frozen into an invoice: a line
 * whose own month is already invoiced lands on the next open one.
 */
@ApplicationScoped
class Postings {

    @Inject
    AdvisoryLocks locks;
    @Inject
    Outbox outbox;

    /** Held until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockPartner(UUID partnerTenantId) {
        locks.lock(partnerTenantId);
    }

    /** A batch's partners, locked in one order (by the lock's number): batches wait for each other, never deadlock. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockPartners(Collection<UUID> partnerTenantIds) {
        locks.lockAll(partnerTenantIds);
    }

    /** The period itself if it is still open for the partner, else the first open one after it. Needs the lock. */
    String openPeriodFrom(UUID partnerTenantId, String period) {
        String open = period;
        while (Invoice.existsFor(partnerTenantId, open)) {
            open = BillingPeriod.next(open);
        }
        return open;
    }

    void post(Charge charge) {
        charge.persist();
        outbox.publish(charge.recordedEvent());
    }

    void post(Credit credit) {
        credit.persist();
        outbox.publish(credit.issuedEvent());
    }
}
