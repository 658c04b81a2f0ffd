package dev.csp.order.domain;

import dev.csp.events.EventCodec;
import dev.csp.events.catalog.ProductPublished;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** One SKU of order-service's copy of the catalog, with the product snapshot it was published in. */
@Entity
@Table(name = "catalog_sku")
public class CatalogSku extends PanacheEntityBase {

    @Id
    @Column(name = "sku_id")
    public String skuId;

    @Column(name = "product_id", nullable = false)
    public String productId;

    @Column(nullable = false)
    public long revision;

    @Column(nullable = false)
    public String product;

    protected CatalogSku() {
    }

    /** Keeps the newest revision of a product: older or repeated snapshots change nothing. */
    public static void apply(ProductPublished snapshot) {
        Long known = getEntityManager()
                .createQuery("select max(revision) from CatalogSku where productId = :product", Long.class)
                .setParameter("product", snapshot.productId())
                .getSingleResult();
        if (known != null && known >= snapshot.revision()) {
            return;
        }
        delete("productId", snapshot.productId());
        String json = EventCodec.toJson(snapshot);
        for (ProductPublished.Sku sku : snapshot.skus()) {
            CatalogSku row = new CatalogSku();
            row.skuId = sku.skuId();
            row.productId = snapshot.productId();
            row.revision = snapshot.revision();
            row.product = json;
            row.persist();
        }
    }

    public static Optional<SkuOffer> offer(String skuId) {
        return CatalogSku.<CatalogSku>findByIdOptional(skuId).map(row -> {
            ProductPublished product = EventCodec.fromJson(row.product, ProductPublished.class);
            ProductPublished.Sku sku = product.skus().stream().filter(s -> s.skuId().equals(skuId)).findFirst().orElseThrow();
            return new SkuOffer(product, sku);
        });
    }
}
