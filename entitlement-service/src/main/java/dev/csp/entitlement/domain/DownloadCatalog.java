package dev.csp.entitlement.domain;

import dev.csp.events.catalog.ProductPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** This service's copy of the catalog's downloads, rebuilt from the compacted product-published topic. */
@ApplicationScoped
public class DownloadCatalog {

    /** Keeps the newest revision of a product's downloads: an older or repeated snapshot changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ProductPublished snapshot) {
        CatalogProduct known = CatalogProduct.findById(snapshot.productId());
        if (known != null && known.revision >= snapshot.revision()) {
            return;
        }
        if (known == null) {
            known = new CatalogProduct();
            known.productId = snapshot.productId();
            known.persist();
        }
        known.revision = snapshot.revision();
        CatalogDownload.delete("productId", snapshot.productId());
        for (ProductPublished.Sku sku : Optional.ofNullable(snapshot.skus()).orElse(List.of())) {
            for (ProductPublished.Download download : Optional.ofNullable(sku.downloads()).orElse(List.of())) {
                CatalogDownload.of(snapshot.productId(), sku.skuId(), download).persist();
            }
        }
    }

    /** The builds of each of the given SKUs, in a stable order for display. */
    @Transactional
    public Map<String, List<CatalogDownload>> bySku(Collection<String> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        List<CatalogDownload> rows = CatalogDownload.list(
                "skuId in ?1 order by version desc, language, bitness", skuIds);
        return rows.stream().collect(Collectors.groupingBy(row -> row.skuId));
    }
}
