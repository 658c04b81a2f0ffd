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
     * The SKU's offer from the newest snapshot this service has. Each revision's snapshot is parsed once, not once per
     * order line: only its revision number is read per line, so a newer snapshot (written by any replica) is seen at
     * once.
     */
    public static Optional<SkuOffer> offer(String skuId) {
        // a list, not getResultStream(): a stream is a scrollable cursor, several times the cost of this one-row read
        Optional<Long> revision = getEntityManager()
                .createQuery("select revision from CatalogSku where skuId = :sku", Long.class)
                .setParameter("sku", skuId)
                .getResultList().stream().findFirst();
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        ParsedOffer parsed = PARSED.get(skuId);
        if (parsed == null || parsed.revision() != revision.get()) {
            parsed = CatalogSku.<CatalogSku>findByIdOptional(skuId).map(CatalogSku::parse).orElse(null);
            if (parsed == null) {
                return Optional.empty();
            }
            PARSED.put(skuId, parsed);
        }
        return Optional.of(parsed.offer());
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

    private ParsedOffer parse() {
        ProductPublished snapshot = EventCodec.fromJson(product, ProductPublished.class);
        ProductPublished.Sku sku = snapshot.skus().stream().filter(s -> s.skuId().equals(skuId)).findFirst().orElseThrow();
        return new ParsedOffer(revision, new SkuOffer(snapshot, sku));
    }

    private record ParsedOffer(long revision, SkuOffer offer) {
    }
}
