package dev.csp.entitlement.domain;

import dev.csp.events.ProductKind;
import dev.csp.events.activity.EntitlementRef;
import dev.csp.events.entitlement.EntitlementGranted;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.failure.Failure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The right to use one purchased line: its product key (sealed) and downloads. Revoking it erases the key for
 * good; the entitlement itself stays, so the cancelled item is still listed.
 *
 * <p>The hot paths, the key read and the grant, read and write these rows in plain JDBC ({@link EntitlementRows}):
 * a column added here goes there too.
 */
@Entity
public class Entitlement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID orderId;

    @Column(nullable = false, updatable = false)
    public UUID lineId;

    @Column(nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Column(nullable = false, updatable = false)
    public UUID customerId;

    @Column(nullable = false, updatable = false)
    public UUID customerTenantId;

    @Column(nullable = false, updatable = false)
    public String productId;

    @Column(nullable = false, updatable = false)
    public String skuId;

    @Column(nullable = false, updatable = false)
    public String productName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProductKind kind;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntitlementStatus status;

    byte[] keyCiphertext;

    /** The ring key that sealed {@link #keyCiphertext} (see {@link KeyVault}). */
    String keyId;

    byte[] keyDigest;

    @Column(nullable = false, updatable = false)
    public Instant grantedAt;

    public Instant revokedAt;

    protected Entitlement() {
    }

    static Entitlement of(OrderPlaced order, OrderPlaced.Line line, Instant now) {
        Entitlement entitlement = new Entitlement();
        entitlement.id = UUID.randomUUID();
        entitlement.orderId = order.orderId();
        entitlement.lineId = line.lineId();
        entitlement.partnerTenantId = order.partnerTenantId();
        entitlement.customerId = order.customerId();
        entitlement.customerTenantId = order.customerTenantId();
        entitlement.productId = line.productId();
        entitlement.skuId = line.skuId();
        entitlement.productName = line.productName();
        entitlement.kind = line.kind();
        entitlement.quantity = line.quantity();
        entitlement.status = EntitlementStatus.ACTIVE;
        entitlement.grantedAt = now;
        return entitlement;
    }

    /** The entitlement if the viewer may see it; another tenant's answers exactly like one that does not exist. */
    static Entitlement visibleTo(Viewer viewer, UUID id) {
        return visibleTo(viewer, id, Entitlement.findByIdOptional(id));
    }

    /** The same check on an entitlement read otherwise (by {@link EntitlementRows}, without Hibernate). */
    static Entitlement visibleTo(Viewer viewer, UUID id, Optional<Entitlement> found) {
        return found.filter(viewer::sees).orElseThrow(() -> Failure.notFound("Entitlement", id));
    }

    /** Keys and downloads: only for those allowed to use them, and only while the purchase stands. */
    void checkUsableBy(Viewer viewer) {
        checkMayUse(viewer);
        if (isRevoked()) {
            throw Failure.gone("entitlement-revoked",
                    "The purchase was cancelled on " + revokedAt + "; its key and downloads are revoked.");
        }
    }

    /** Whoever may get keys and links may also see the links made and revoke one, even after a cancellation. */
    void checkMayUse(Viewer viewer) {
        if (!viewer.mayUse(this)) {
            throw Failure.forbidden("Only the partner's Admin agent or the customer's Global admin may get keys "
                    + "and downloads.");
        }
    }

    void holdKey(ProductKey key, KeyVault vault) {
        seal(key, vault);
        keyDigest = key.digest();
    }

    ProductKey openKey(KeyVault vault) {
        return vault.open(new KeyVault.Sealed(keyId, keyCiphertext), id);
    }

    /** Seals the key again under the ring's current key (after a rotation); the key itself does not change. */
    void reseal(KeyVault vault) {
        seal(openKey(vault), vault);
    }

    private void seal(ProductKey key, KeyVault vault) {
        KeyVault.Sealed sealed = vault.seal(key, id);
        keyId = sealed.keyId();
        keyCiphertext = sealed.ciphertext();
    }

    public boolean hasKey() {
        return keyCiphertext != null;
    }

    public boolean isRevoked() {
        return status == EntitlementStatus.REVOKED;
    }

    /** Cuts the key and every download link off; the key is erased, not just hidden. */
    EntitlementRevoked revoke(Instant now) {
        DownloadLink.revokeAllOf(id, now);
        return revokeBeforeAnyLink(now);
    }

    /**
     * A line cancelled before its order arrived: revoked before it is stored, so the row is written revoked (its key
     * never stored, only the digest that keeps it unique) and there is no link yet to revoke.
     */
    EntitlementRevoked revokeBeforeAnyLink(Instant now) {
        status = EntitlementStatus.REVOKED;
        revokedAt = now;
        keyCiphertext = null;
        keyId = null;
        return new EntitlementRevoked(UUID.randomUUID(), now, orderId, lineId, id, partnerTenantId, customerId,
                customerTenantId);
    }

    EntitlementGranted grantedEvent() {
        return new EntitlementGranted(UUID.randomUUID(), grantedAt, orderId, lineId, id, partnerTenantId, customerId,
                customerTenantId, productId, skuId, kind, keyDigest != null);
    }

    /** This entitlement as the activity events (key read, links made and revoked, downloads) name it. */
    EntitlementRef asActivitySubject() {
        return new EntitlementRef(id, orderId, partnerTenantId, customerId, customerTenantId, productName);
    }
}
