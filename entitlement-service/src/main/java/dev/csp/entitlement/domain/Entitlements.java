package dev.csp.entitlement.domain;

import dev.csp.events.Actor;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.failure.Failure;
import dev.csp.kit.locks.AdvisoryLocks;
import dev.csp.kit.metrics.BusinessMetrics;
import dev.csp.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Granting entitlements for placed orders, revoking them for cancelled ones, and handing out keys. Measured once
 * committed: {@code csp_order_to_key_granted_seconds} (grant − the order's occurredAt, per entitlement),
 * {@code csp_cancellation_to_revocation_seconds} (revocation − the cancellation's occurredAt) and
 * {@code csp_keys_read_total}.
 */
@ApplicationScoped
public class Entitlements {

    @Inject
    KeyVault vault;
    @Inject
    Outbox outbox;
    @Inject
    AdvisoryLocks locks;
    @Inject
    Clock clock;
    @Inject
    BusinessMetrics metrics;
    @Inject
    EntitlementRows rows;

    /**
     * One entitlement per line; software lines get a unique key. A line cancelled before it arrived is revoked at once.
     *
     * <p>Grant and revocation of one order take turns. They arrive on different topics and can run at the same
     * moment (two consumers, or two pods); without the order's lock, a revocation that finds no entitlement yet and a
     * grant that finds no cancelled line yet would both commit, leaving a cancelled line with a usable key (seen in
     * the fault drill). Held until the transaction ends; whichever comes second sees what the first committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(List<OrderPlaced> orders) {
        locks.lockAll(orders.stream().map(OrderPlaced::orderId).toList());
        EntitlementRows.Lines lines = rows.lines(orders.stream().flatMap(order -> order.lines().stream())
                .map(OrderPlaced.Line::lineId).toList());
        Set<UUID> granted = new HashSet<>(lines.granted());
        Instant now = clock.instant();
        List<Entitlement> entitlements = new ArrayList<>();
        for (OrderPlaced order : orders) {
            for (OrderPlaced.Line line : order.lines()) {
                if (granted.add(line.lineId())) {
                    entitlements.add(entitlement(order, line, lines.cancelled().contains(line.lineId()), now));
                }
            }
        }
        rows.insert(entitlements);
    }

    /**
     * The key carries 146 random bits; the unique index on its digest is what guarantees it is never handed out twice
     * (a collision, however unlikely, fails the batch, and the inbox applies its orders again one by one, with new keys).
     * A line cancelled first is stored revoked, so its granted and revoked events are published together.
     */
    private Entitlement entitlement(OrderPlaced order, OrderPlaced.Line line, boolean cancelledFirst, Instant now) {
        Entitlement entitlement = Entitlement.of(order, line, now);
        if (line.kind().hasKeysAndDownloads()) {
            entitlement.holdKey(ProductKey.generate(), vault);
        }
        outbox.publish(entitlement.grantedEvent());
        metrics.lagOnCommit("csp.order.to.key.granted", "From an order placed to its entitlement granted",
                order.occurredAt());
        if (cancelledFirst) {
            outbox.publish(entitlement.revokeBeforeAnyLink(now));
        }
        return entitlement;
    }

    /** Under the orders' locks, as {@link #grant(List)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(List<OrderCancelled> cancellations) {
        locks.lockAll(cancellations.stream().map(OrderCancelled::orderId).toList());
        Instant now = clock.instant();
        cancellations.forEach(cancellation -> revoke(cancellation, now));
    }

    private void revoke(OrderCancelled cancellation, Instant now) {
        for (UUID lineId : cancellation.lineIds()) {
            Entitlement entitlement = Entitlement.find("lineId", lineId).firstResult();
            if (entitlement == null) {
                rows.rememberCancelled(lineId, cancellation.orderId(), now);
            } else if (!entitlement.isRevoked()) {
                outbox.publish(entitlement.revoke(now));
                metrics.lagOnCommit("csp.cancellation.to.revocation", "From a cancellation to the entitlement revoked",
                        cancellation.occurredAt());
            }
        }
    }

    @Transactional
    public List<Entitlement> list(Viewer viewer, UUID customerId, int offset, int count) {
        if (viewer.asPartner()) {
            if (customerId == null) {
                throw Failure.invalid("customer-required", "Name the customer: ?customerId=...");
            }
            return Entitlement.<Entitlement>find("partnerTenantId = ?1 and customerId = ?2 order by grantedAt desc, id",
                    viewer.tenantId(), customerId).range(offset, offset + count - 1).list();
        }
        return Entitlement.<Entitlement>find("customerTenantId = ?1 order by grantedAt desc, id", viewer.tenantId())
                .range(offset, offset + count - 1).list();
    }

    @Transactional
    public Entitlement get(Viewer viewer, UUID entitlementId) {
        return Entitlement.visibleTo(viewer, entitlementId);
    }

    /**
     * Opens the key for someone allowed to use it, and records that they did. Two statements, each committing by
     * itself, no transaction and no Hibernate session: the row by id ({@link EntitlementRows}), then the read's outbox
     * row; the key is answered only once that row has committed ("no durable record, no key"). A revocation that
     * commits between the two is the same race a transaction at read committed had: the read saw the key usable.
     */
    @Transactional(Transactional.TxType.NEVER)
    public ProductKey readKey(Viewer viewer, UUID entitlementId, Actor reader) {
        Entitlement entitlement = Entitlement.visibleTo(viewer, entitlementId, rows.byId(entitlementId));
        entitlement.checkUsableBy(viewer);
        if (!entitlement.hasKey()) {
            throw Failure.notAllowedNow("no-product-key", entitlement.productName + " has no product key.");
        }
        ProductKey key = entitlement.openKey(vault);
        outbox.publishAlone(new SoftwareKeyAccessed(UUID.randomUUID(), clock.instant(),
                entitlement.asActivitySubject(), reader));
        metrics.countOnCommit("csp.keys.read", "Product keys read (each recorded read)");
        return key;
    }
}
