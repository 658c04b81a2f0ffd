package dev.csp.entitlement.domain;

import dev.csp.events.Actor;
import dev.csp.events.activity.DownloadVariant;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A copyable link to one build of an entitled product, for a limited time. It works until it expires, it is revoked
 * alone, or its entitlement is revoked, whichever comes first; whoever holds its token may use it, as with any link
 * sent on.
 */
@Entity
public class DownloadLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID entitlementId;

    @Column(nullable = false, updatable = false)
    String version;

    @Column(nullable = false, updatable = false)
    String language;

    @Column(nullable = false, updatable = false)
    String bitness;

    @Column(nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(nullable = false, updatable = false)
    Instant createdAt;

    @Column(updatable = false)
    String creatorUserId;

    @Column(nullable = false, updatable = false)
    String creatorUserName;

    @Column(nullable = false, updatable = false)
    UUID creatorTenantId;

    @Column(nullable = false, updatable = false)
    String creatorRole;

    public Instant revokedAt;

    /** Null while it works, and for a link revoked with its purchase (the cancellation says who). */
    public String revokedByUserName;

    String revokedByRole;

    protected DownloadLink() {
    }

    /** Expiry is kept to whole seconds: the token carries it, and the database must agree with the token. */
    static DownloadLink create(Entitlement entitlement, DownloadVariant variant, Actor creator, Instant now,
                               Duration lifetime) {
        DownloadLink link = new DownloadLink();
        link.id = UUID.randomUUID();
        link.entitlementId = entitlement.id;
        link.version = variant.version();
        link.language = variant.language();
        link.bitness = variant.bitness();
        link.createdAt = now;
        link.expiresAt = now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        link.creatorUserId = creator.userId();
        link.creatorUserName = creator.userName();
        link.creatorTenantId = creator.tenantId();
        link.creatorRole = creator.role();
        return link;
    }

    /** Every still-working link of the entitlement stops working now. */
    static void revokeAllOf(UUID entitlementId, Instant now) {
        update("revokedAt = ?1 where entitlementId = ?2 and revokedAt is null", now, entitlementId);
    }

    /** This link alone stops working now, as if it had expired; false if it already was revoked. */
    boolean revokeBy(Actor revoker, Instant now) {
        if (isRevoked()) {
            return false;
        }
        revokedAt = now;
        revokedByUserName = revoker.userName();
        revokedByRole = revoker.role();
        return true;
    }

    /** What a link's holder would get now, for the list of links made: working, expired or revoked. */
    public LinkState stateAt(Instant now) {
        if (isRevoked()) {
            return LinkState.REVOKED;
        }
        return hasExpiredAt(now) ? LinkState.EXPIRED : LinkState.ACTIVE;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DownloadVariant variant() {
        return new DownloadVariant(version, language, bitness);
    }

    public Actor creator() {
        return new Actor(creatorUserId, creatorUserName, creatorTenantId, creatorRole);
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    boolean hasExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
