package dev.csp.billing.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a batch's order lines already have before they are charged, read in one query each. */
record LinesSoFar(Set<UUID> charged, Map<UUID, CancelledLine> cancelled, Set<UUID> refundPending) {

    static LinesSoFar of(Collection<UUID> lineIds) {
        var entityManager = Panache.getEntityManager();
        Set<UUID> charged = Set.copyOf(entityManager
                .createQuery("select c.lineId from Charge c where c.lineId in :lines", UUID.class)
                .setParameter("lines", lineIds).getResultList());
        Map<UUID, CancelledLine> cancelled = entityManager
                .createQuery("from CancelledLine c where c.lineId in :lines", CancelledLine.class)
                .setParameter("lines", lineIds).getResultList().stream()
                .collect(Collectors.toMap(line -> line.lineId, Function.identity()));
        Set<UUID> refundPending = Set.copyOf(entityManager
                .createQuery("select p.lineId from PendingRefund p where p.lineId in :lines", UUID.class)
                .setParameter("lines", lineIds).getResultList());
        return new LinesSoFar(charged, cancelled, refundPending);
    }
}
