package dev.csp.entitlement.domain;

import dev.csp.events.activity.DownloadVariant;
import dev.csp.events.catalog.ProductPublished;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** One downloadable build of a SKU (version, language, bitness) with the file the catalog describes for it. */
@Entity
public class CatalogDownload extends PanacheEntityBase {

    @Id
    UUID id;

    @Column(nullable = false)
    String productId;

    @Column(nullable = false)
    public String skuId;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String bitness;

    @Column(nullable = false)
    public String fileName;

    @Column(nullable = false)
    public long sizeBytes;

    /** Lower-case hex, as the catalog publishes it. */
    @Column(nullable = false)
    public String sha256;

    protected CatalogDownload() {
    }

    static CatalogDownload of(String productId, String skuId, ProductPublished.Download download) {
        CatalogDownload row = new CatalogDownload();
        row.id = UUID.randomUUID();
        row.productId = productId;
        row.skuId = skuId;
        row.version = download.version();
        row.language = download.language();
        row.bitness = download.bitness();
        row.fileName = download.fileName();
        row.sizeBytes = download.sizeBytes();
        row.sha256 = download.sha256().toLowerCase(java.util.Locale.ROOT);
        return row;
    }

    static java.util.Optional<CatalogDownload> findFor(String skuId, DownloadVariant variant) {
        return find("skuId = ?1 and version = ?2 and language = ?3 and bitness = ?4",
                skuId, variant.version(), variant.language(), variant.bitness()).firstResultOptional();
    }

    /** A strong entity tag: the same bytes, the same tag, wherever they are served from. */
    public String etag() {
        return "\"" + sha256 + "\"";
    }

    public DownloadVariant variant() {
        return new DownloadVariant(version, language, bitness);
    }
}
