package dev.csp.entitlement.domain;

import dev.csp.events.Actor;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Granting entitlements for placed orders, revoking them for cancelled ones, and handing out keys. */
@ApplicationScoped
public class Entitlements {

    private final KeyVault vault;
    private final Outbox outbox;
    private final Clock clock;

    Entitlements(KeyVault vault, Outbox outbox, Clock clock) {
        this.vault = vault;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One entitlement per line; software lines get a unique key. A line cancelled before it arrived is revoked at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(OrderPlaced order) {
        lockOrder(order.orderId());
        Instant now = clock.instant();
        for (OrderPlaced.Line line : order.lines()) {
            if (Entitlement.count("lineId", line.lineId()) > 0) {
                continue;
            }
            Entitlement entitlement = Entitlement.of(order, line, now);
            if (line.kind().hasKeysAndDownloads()) {
                entitlement.holdKey(uniqueKey(), vault);
            }
            entitlement.persist();
            outbox.publish(entitlement.grantedEvent());
            if (CancelledLine.findById(line.lineId()) != null) {
                outbox.publish(entitlement.revoke(now));
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(OrderCancelled cancellation) {
        lockOrder(cancellation.orderId());
        Instant now = clock.instant();
        for (UUID lineId : cancellation.lineIds()) {
            Entitlement entitlement = Entitlement.find("lineId", lineId).firstResult();
            if (entitlement == null) {
                CancelledLine.remember(lineId, cancellation.orderId(), now);
            } else if (!entitlement.isRevoked()) {
                outbox.publish(entitlement.revoke(now));
            }
        }
    }

    @Transactional
    public List<Entitlement> list(Viewer viewer, UUID customerId) {
        if (viewer.asPartner()) {
            if (customerId == null) {
                throw ProblemException.badRequest("customer-required", "Name the customer: ?customerId=...");
            }
            return Entitlement.list("partnerTenantId = ?1 and customerId = ?2 order by grantedAt desc, id",
                    viewer.tenantId(), customerId);
        }
        return Entitlement.list("customerTenantId = ?1 order by grantedAt desc, id", viewer.tenantId());
    }

    @Transactional
    public Entitlement get(Viewer viewer, UUID entitlementId) {
        return Entitlement.visibleTo(viewer, entitlementId);
    }

    /** Opens the key for someone allowed to use it, and records that they did. */
    @Transactional
    public ProductKey readKey(Viewer viewer, UUID entitlementId, Actor reader) {
        Entitlement entitlement = Entitlement.visibleTo(viewer, entitlementId);
        entitlement.checkUsableBy(viewer);
        if (!entitlement.hasKey()) {
            throw ProblemException.conflict("no-product-key", entitlement.productName + " has no product key.");
        }
        ProductKey key = vault.open(entitlement.keyCiphertext, entitlement.id);
        outbox.publish(new SoftwareKeyAccessed(UUID.randomUUID(), clock.instant(), entitlement.id, entitlement.orderId,
                entitlement.partnerTenantId, entitlement.customerId, entitlement.customerTenantId, entitlement.productName,
                reader));
        return key;
    }

    private ProductKey uniqueKey() {
        ProductKey key = ProductKey.generate();
        while (Entitlement.count("keyDigest", (Object) key.digest()) > 0) {
            key = ProductKey.generate();
        }
        return key;
    }

    /**
     * Grant and revocation of one order take turns. They arrive on different topics and can run at the same moment
     * (two consumers, or two pods); without the lock, a revocation that finds no entitlement yet and a grant that
     * finds no cancelled line yet would both commit, leaving a cancelled line with a usable key (seen in the fault
     * drill). Held until the transaction ends; whichever comes second sees what the first committed.
     */
    private static void lockOrder(UUID orderId) {
        Entitlement.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:order, 0))")
                .setParameter("order", orderId.toString())
                .getSingleResult();
    }
}
