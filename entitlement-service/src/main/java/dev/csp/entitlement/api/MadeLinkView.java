package dev.csp.entitlement.api;

import dev.csp.entitlement.domain.DownloadLinks;
import dev.csp.entitlement.domain.LinkState;
import java.time.Instant;
import java.util.UUID;

/**
 * One link in the list of links made for an entitlement: which build, who made it and when, until when it works, and
 * whether it still does. Never its URL: the token is not stored, and a list is no place to hand out credentials again.
 * {@code revokedBy} is null for a link revoked with its purchase.
 */
public record MadeLinkView(UUID linkId, UUID entitlementId, String version, String language, String bitness,
                           Instant createdAt, String createdBy, String createdByRole, Instant expiresAt,
                           LinkState state, Instant revokedAt, String revokedBy) {

    static MadeLinkView of(DownloadLinks.MadeLink made) {
        var link = made.link();
        var variant = link.variant();
        var creator = link.creator();
        return new MadeLinkView(link.id, link.entitlementId, variant.version(), variant.language(), variant.bitness(),
                link.createdAt(), creator.userName(), creator.role(), link.expiresAt, made.state(),
                link.revokedAt, link.revokedByUserName);
    }
}
