package dev.csp.entitlement.domain;

import dev.csp.events.Actor;
import dev.csp.events.activity.DownloadLinkCreated;
import dev.csp.events.activity.DownloadLinkRevoked;
import dev.csp.events.activity.DownloadVariant;
import dev.csp.events.activity.SoftwareDownloaded;
import dev.csp.kit.failure.Failure;
import dev.csp.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Copy Link", "Download" and "Revoke link": creating signed download links, serving them while they are still good,
 * and revoking one alone.
 */
@ApplicationScoped
public class DownloadLinks {

    @Inject
    LinkTokens tokens;
    @Inject
    BitsStore bits;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** A link to one build of the entitlement's product, for whoever may get its key; recorded in the activity log. */
    @Transactional
    public IssuedLink create(Viewer viewer, UUID entitlementId, DownloadVariant variant, Actor creator) {
        Entitlement entitlement = Entitlement.visibleTo(viewer, entitlementId);
        entitlement.checkUsableBy(viewer);
        if (!entitlement.kind.hasKeysAndDownloads()) {
            throw Failure.notAllowedNow("no-downloads", entitlement.productName + " has no downloads.");
        }
        CatalogDownload file = CatalogDownload.findFor(entitlement.skuId, variant).orElseThrow(() ->
                Failure.ruleViolated("unknown-download", entitlement.productName + " has no download for "
                        + variant.version() + " / " + variant.language() + " / " + variant.bitness() + "."));
        DownloadLink link = DownloadLink.create(entitlement, variant, creator, clock.instant(), tokens.lifetime());
        link.persist();
        outbox.publish(new DownloadLinkCreated(UUID.randomUUID(), link.createdAt, entitlement.asActivitySubject(),
                variant, link.expiresAt, creator, link.id));
        return new IssuedLink(link, tokens.tokenFor(link), file);
    }

    /**
     * The link {@link #create} made for a request that is now retried (Idempotency-Key), issued again: its token is
     * derived again from the link, never stored. A link that no longer works is not handed out again: revoked (alone
     * or with its purchase) or expired, it is gone (410), as whoever holds it would find it; a new request makes a new one.
     */
    @Transactional
    public IssuedLink reissue(Viewer viewer, UUID entitlementId, UUID linkId) {
        Entitlement entitlement = Entitlement.visibleTo(viewer, entitlementId);
        entitlement.checkUsableBy(viewer);
        DownloadLink link = DownloadLink.<DownloadLink>find("id = ?1 and entitlementId = ?2", linkId, entitlement.id)
                .firstResultOptional().orElseThrow(() -> Failure.notFound("Download link", linkId));
        if (link.isRevoked()) {
            throw Failure.gone("download-link-revoked", "The link this request made was revoked on " + link.revokedAt
                    + "; make a new one with a new request.");
        }
        if (link.hasExpiredAt(clock.instant())) {
            throw Failure.gone("download-link-expired", "The link this request made expired at " + link.expiresAt
                    + "; make a new one with a new request.");
        }
        CatalogDownload file = CatalogDownload.findFor(entitlement.skuId, link.variant()).orElseThrow(() ->
                Failure.gone("download-withdrawn", "This build is no longer offered; choose another."));
        return new IssuedLink(link, tokens.tokenFor(link), file);
    }

    /**
     * The file behind a token, checked now: a token we did not sign is refused (403); an expired link, one revoked
     * alone, or one whose purchase was cancelled, is gone (410) whatever its expiry says. Each download served is
     * recorded. A revocation costs this path nothing: the link's row, read by its id, already says it.
     */
    @Transactional
    public Delivery serve(String token, String rangeHeader, String ifRange, Client client) {
        DownloadLink link = genuineLink(token);
        Entitlement entitlement = Entitlement.findById(link.entitlementId);
        Instant now = clock.instant();
        if (entitlement.isRevoked()) {
            throw Failure.gone("download-link-revoked", "The purchase was cancelled; this link is revoked.");
        }
        if (link.isRevoked()) {
            throw Failure.gone("download-link-revoked", "This link was revoked on " + link.revokedAt
                    + "; ask the sender for a new one.");
        }
        if (link.hasExpiredAt(now)) {
            throw Failure.gone("download-link-expired", "This link expired at " + link.expiresAt
                    + "; ask for a new one.");
        }
        CatalogDownload file = CatalogDownload.findFor(entitlement.skuId, link.variant()).orElseThrow(() ->
                Failure.gone("download-withdrawn", "This build is no longer offered; ask for a new link."));
        Path path = bits.locate(file);
        Optional<ByteRange> range = ByteRange.of(rangeHeader, ifRange, file.etag(), file.sizeBytes);
        outbox.publish(new SoftwareDownloaded(UUID.randomUUID(), now, entitlement.asActivitySubject(), link.variant(),
                link.creator(), link.id, client.address(), client.userAgent(), range.map(ByteRange::contentRange).orElse(null)));
        return new Delivery(path, file, range);
    }

    /** {@code count} of the links made for the entitlement from {@code offset}, newest first, revoked and expired too. */
    @Transactional
    public List<MadeLink> madeFor(Viewer viewer, UUID entitlementId, int offset, int count) {
        Entitlement entitlement = Entitlement.visibleTo(viewer, entitlementId);
        entitlement.checkMayUse(viewer);
        Instant now = clock.instant();
        return DownloadLink.<DownloadLink>find("entitlementId = ?1 order by createdAt desc, id", entitlement.id)
                .range(offset, offset + count - 1).stream().map(link -> new MadeLink(link, link.stateAt(now))).toList();
    }

    /**
     * "Revoke link": this link answers 410 from the next request on; the entitlement's other links and its key are
     * untouched. Revoking a revoked link (again, or after a cancellation) changes nothing and publishes nothing, so
     * the activity log names the one who actually cut it off. The row is locked so two revocations at once publish once.
     */
    @Transactional
    public void revoke(Viewer viewer, UUID entitlementId, UUID linkId, Actor revoker) {
        Entitlement entitlement = Entitlement.visibleTo(viewer, entitlementId);
        entitlement.checkMayUse(viewer);
        DownloadLink link = DownloadLink.<DownloadLink>find("id = ?1 and entitlementId = ?2", linkId, entitlement.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> Failure.notFound("Download link", linkId));
        if (link.revokeBy(revoker, clock.instant())) {
            outbox.publish(new DownloadLinkRevoked(UUID.randomUUID(), link.revokedAt, entitlement.asActivitySubject(),
                    link.variant(), revoker, link.id, link.creator()));
        }
    }

    private DownloadLink genuineLink(String token) {
        return tokens.read(token).flatMap(claim -> DownloadLink.<DownloadLink>findByIdOptional(claim.linkId)
                        .filter(claim::isSignedFor))
                .orElseThrow(() -> new Failure(Failure.Kind.FORBIDDEN, "download-link-invalid", "Forbidden",
                        "This download link is not valid."));
    }

    public record IssuedLink(DownloadLink link, String token, CatalogDownload file) {
    }

    /** A link as the list of links made shows it, with where it stands now. */
    public record MadeLink(DownloadLink link, LinkState state) {
    }

    /** Who fetched a file: the link may have been sent on, so this is not necessarily its creator. */
    public record Client(String address, String userAgent) {
    }

    /** What to send: the whole file, or the one range asked for. */
    public record Delivery(Path path, CatalogDownload file, Optional<ByteRange> range) {
    }
}
