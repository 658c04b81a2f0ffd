package dev.csp.entitlement.api;

import dev.csp.entitlement.domain.DownloadLinks;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** "Copy Link": the URL works without signing in until {@code expiresAt}, or until the purchase is cancelled. */
public record DownloadLinkView(UUID linkId, UUID entitlementId, URI url, Instant expiresAt, String version,
                               String language, String bitness, String fileName, long sizeBytes, String sha256) {

    static DownloadLinkView of(DownloadLinks.IssuedLink issued, URI url) {
        var file = issued.file();
        return new DownloadLinkView(issued.link().id, issued.link().entitlementId, url, issued.link().expiresAt,
                file.version, file.language, file.bitness, file.fileName, file.sizeBytes, file.sha256);
    }
}
