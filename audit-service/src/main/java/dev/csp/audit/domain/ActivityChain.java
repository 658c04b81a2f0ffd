package dev.csp.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Appends entries to their partner's hash chain. One chain per partner tenant, not one for the whole service:
 * partners never wait for each other's appends, a partner's log is verified without reading anyone else's entries,
 * and whatever happens to one partner's entries (retention, export, a dispute) leaves the other chains intact.
 */
@ApplicationScoped
class ActivityChain {

    private final EntityManager entityManager;
    private final Clock clock;

    ActivityChain(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Links the entry to the head of its partner's chain and stores it. The head row stays locked until the
     * transaction ends, so consumers of different topics appending at once still form one straight line.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(Activity entry) {
        Object[] head = lockHead(entry.partnerTenantId);
        entry.chainSeq = ((Number) head[0]).longValue() + 1;
        entry.prevHash = (String) head[1];
        entry.occurredAt = ActivityHash.storable(entry.occurredAt);
        entry.recordedAt = ActivityHash.storable(clock.instant());
        entry.id = ((Number) entityManager.createNativeQuery("select nextval('activity_id_seq')").getSingleResult()).longValue();
        entry.hash = ActivityHash.of(entry);
        entry.persist();
        entityManager.createNativeQuery("update activity_chain set last_seq = :seq, last_hash = :hash where partner_tenant_id = :partner")
                .setParameter("seq", entry.chainSeq)
                .setParameter("hash", entry.hash)
                .setParameter("partner", entry.partnerTenantId)
                .executeUpdate();
    }

    private Object[] lockHead(UUID partner) {
        entityManager.createNativeQuery("insert into activity_chain (partner_tenant_id, last_seq, last_hash) values (:partner, 0, :genesis) "
                        + "on conflict do nothing")
                .setParameter("partner", partner)
                .setParameter("genesis", ActivityHash.GENESIS)
                .executeUpdate();
        return (Object[]) entityManager.createNativeQuery("select last_seq, last_hash from activity_chain where partner_tenant_id = :partner for update")
                .setParameter("partner", partner)
                .getSingleResult();
    }
}
