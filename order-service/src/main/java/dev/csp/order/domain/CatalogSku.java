package dev.csp.order.domain;

import dev.csp.events.EventCodec;
import dev.csp.events.catalog.ProductPublished;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One SKU of order-service's copy of the catalog, with the product snapshot it was published in. */
@Entity
public class CatalogSku extends PanacheEntityBase {

    /** One entry per SKU of the catalog (a few hundred): the newest parsed revision. */
    private static final Map<String, ParsedOffer> PARSED = new ConcurrentHashMap<>();
    /** One entry per product: the newest snapshot parsed. */
    private static final Map<String, ProductPublished> SNAPSHOTS = new ConcurrentHashMap<>();

    @Id
    public String skuId;

    @Column(nullable = false)
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

    /**
     * The SKU's offer at {@code revision}, if that revision's snapshot was parsed already. An order reads only the
     * revision numbers of its SKUs ({@link OrderRows#offers}), so a newer snapshot (written by any replica) is seen at
     * once, and each revision's snapshot is parsed once, not once per order line.
     */
    static Optional<SkuOffer> parsedOffer(String skuId, long revision) {
        ParsedOffer parsed = PARSED.get(skuId);
        return parsed != null && parsed.revision() == revision ? Optional.of(parsed.offer()) : Optional.empty();
    }

    /** Parses the SKU's offer from the snapshot of {@code revision}, and keeps it for the orders after. */
    static SkuOffer parseOffer(String skuId, long revision, String product) {
        ProductPublished snapshot = EventCodec.fromJson(product, ProductPublished.class);
        ProductPublished.Sku sku = snapshot.skus().stream().filter(s -> s.skuId().equals(skuId)).findFirst().orElseThrow();
        SkuOffer offer = new SkuOffer(snapshot, sku);
        PARSED.put(skuId, new ParsedOffer(revision, offer));
        return offer;
    }

    /**
     * The newest snapshot of every product this service has heard of, sold or not. Only the revisions are read per
     * call; a snapshot is parsed once per revision.
     */
    public static List<ProductPublished> products() {
        List<Object[]> revisions = getEntityManager()
                .createQuery("select productId, max(revision) from CatalogSku group by productId", Object[].class)
                .getResultList();
        List<ProductPublished> products = new ArrayList<>(revisions.size());
        for (Object[] row : revisions) {
            String productId = (String) row[0];
            long revision = (Long) row[1];
            ProductPublished known = SNAPSHOTS.get(productId);
            if (known == null || known.revision() != revision) {
                known = CatalogSku.<CatalogSku>find("productId = ?1 and revision = ?2", productId, revision)
                        .firstResultOptional()
                        .map(sku -> EventCodec.fromJson(sku.product, ProductPublished.class)).orElse(null);
                if (known == null) {
                    continue;
                }
                SNAPSHOTS.put(productId, known);
            }
            products.add(known);
        }
        return products;
    }

    private record ParsedOffer(long revision, SkuOffer offer) {
    }
}
