package dev.csp.billing.domain;

import dev.csp.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Puts charges and credits on a partner's open period, each with its event. Posting and closing a period take the
 * same per-partner lock, so a line can never slip into a period while it is being frozen into an invoice: a line
 * whose own month is already invoiced lands on the next open one.
 */
@ApplicationScoped
class Postings {

    private final EntityManager entityManager;
    private final Outbox outbox;

    Postings(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** Held until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockPartner(UUID partnerTenantId) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:partner, 0))")
                .setParameter("partner", partnerTenantId.toString())
                .getSingleResult();
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
