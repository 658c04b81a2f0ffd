package dev.csp.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Appends entries to their partner's hash chain. One chain per partner tenant, not one for the whole service:
 * partners never wait for each other's appends, a partner's log is verified without reading anyone else's entries,
 * and whatever happens to one partner's entries (retention, export, a dispute) leaves the other chains intact.
 */
@ApplicationScoped
class ActivityChain {

    @Inject
    EntityManager entityManager;
    @Inject
    Clock clock;

    /**
     * Links the entries to the heads of their partners' chains, in the order given, and stores them. Each head row is
     * locked once and stays locked until the transaction ends, so consumers of different topics appending at once
     * still form one straight line; heads are locked in one order (by partner id), so two batches never deadlock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(List<Activity> entries) {
        Map<UUID, List<Activity>> byPartner = new TreeMap<>();
        entries.forEach(entry -> byPartner.computeIfAbsent(entry.partnerTenantId, partner -> new ArrayList<>()).add(entry));
        byPartner.forEach(this::appendToChain);
    }

    private void appendToChain(UUID partner, List<Activity> entries) {
        Object[] head = lockHead(partner);
        long seq = ((Number) head[0]).longValue();
        String prevHash = (String) head[1];
        Iterator<Long> ids = nextIds(entries.size()).iterator();
        for (Activity entry : entries) {
            entry.chainSeq = ++seq;
            entry.prevHash = prevHash;
            entry.occurredAt = ActivityHash.storable(entry.occurredAt);
            entry.recordedAt = ActivityHash.storable(clock.instant());
            entry.id = ids.next();
            entry.hash = ActivityHash.of(entry);
            entry.persist();
            prevHash = entry.hash;
        }
        entityManager.createNativeQuery("update activity_chain set last_seq = :seq, last_hash = :hash where partner_tenant_id = :partner")
                .setParameter("seq", seq)
                .setParameter("hash", prevHash)
                .setParameter("partner", partner)
                .executeUpdate();
    }

    /** Ascending, so that within a chain a later entry also has a larger id. */
    @SuppressWarnings("unchecked")
    private List<Long> nextIds(int count) {
        List<Number> ids = entityManager.createNativeQuery("select nextval('activity_id_seq') from generate_series(1, :count) order by 1")
                .setParameter("count", count)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
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
