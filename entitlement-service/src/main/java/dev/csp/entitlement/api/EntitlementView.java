package dev.csp.entitlement.api;

import dev.csp.entitlement.domain.CatalogDownload;
import dev.csp.entitlement.domain.Entitlement;
import dev.csp.entitlement.domain.EntitlementStatus;
import dev.csp.events.ProductKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An entitlement as listed; never the key itself. {@code keyAvailable} is false and {@code downloads} is empty once
 * revoked: the cancelled item stays listed, but nothing of it can be had any more.
 */
public record EntitlementView(UUID id, UUID orderId, UUID lineId, UUID customerId, String productId, String skuId,
                              String productName, ProductKind kind, int quantity, EntitlementStatus status,
                              boolean keyAvailable, List<DownloadView> downloads, Instant grantedAt,
                              Instant revokedAt) {

    static EntitlementView of(Entitlement e, Map<String, List<CatalogDownload>> downloadsBySku) {
        List<DownloadView> downloads = e.isRevoked() || !e.kind.hasKeysAndDownloads() ? List.of()
                : downloadsBySku.getOrDefault(e.skuId, List.of()).stream().map(DownloadView::of).toList();
        return new EntitlementView(e.id, e.orderId, e.lineId, e.customerId, e.productId, e.skuId, e.productName, e.kind,
                e.quantity, e.status, e.hasKey(), downloads, e.grantedAt, e.revokedAt);
    }

    /** One build to choose before "Get keys and downloads", with what to check the file against. */
    public record DownloadView(String version, String language, String bitness, String fileName, long sizeBytes,
                               String sha256) {

        static DownloadView of(CatalogDownload d) {
            return new DownloadView(d.version, d.language, d.bitness, d.fileName, d.sizeBytes, d.sha256);
        }
    }
}
