package dev.csp.catalog.domain;

import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.kit.outbox.Outbox;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Publishes a full snapshot of each product whose revision has not been published yet, through the outbox, onto
 * the compacted product-published topic: at start (migrations may have changed products) and inside the
 * transaction of every catalog-admin write, so the change and its snapshot commit together.
 */
@ApplicationScoped
public class CatalogPublisher {

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent startup) {
        publishPending();
    }

    @Transactional
    public int publishPending() {
        List<Product> pending = Product.find("publishedRevision < revision").withLock(LockModeType.PESSIMISTIC_WRITE).list();
        publish(pending);
        return pending.size();
    }

    /** Writes the snapshots of these (already locked) products into the outbox of the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void publish(List<Product> products) {
        if (products.isEmpty()) {
            return;
        }
        List<Market> markets = Market.all();
        Map<ProductKind, List<CancellationPolicy>> policies = CancellationPolicy.all().stream()
                .collect(Collectors.groupingBy(policy -> policy.kind));
        for (Product product : products) {
            outbox.publish(snapshot(product, markets, policies.getOrDefault(product.kind, List.of())));
            product.publishedRevision = product.revision;
        }
    }

    private ProductPublished snapshot(Product product, List<Market> markets, List<CancellationPolicy> policies) {
        Map<String, Market> byCode = markets.stream().collect(Collectors.toMap(m -> m.code, m -> m));
        Map<String, List<Price>> prices = Price.ofSkus(product.skus.stream().map(sku -> sku.id).toList()).stream()
                .collect(Collectors.groupingBy(price -> price.skuId));
        List<ProductPublished.Sku> skus = product.skus.stream().map(sku -> new ProductPublished.Sku(sku.id, sku.name,
                sku.terms, sku.billing(), sku.minQuantity, sku.maxQuantity,
                prices.getOrDefault(sku.id, List.of()).stream().map(price -> new ProductPublished.Price(price.market,
                        price.term, price.money(), byCode.get(price.market).taxIncluded,
                        byCode.get(price.market).statedTaxRate())).toList(),
                sku.downloads.stream().map(d -> new ProductPublished.Download(d.version, d.language, d.bitness,
                        d.fileName, d.sizeBytes, d.sha256)).toList())).toList();
        return new ProductPublished(UUID.randomUUID(), clock.instant(), product.id, product.revision, product.name,
                product.kind, product.active,
                markets.stream().filter(market -> !product.availableIn(market)).map(market -> market.code)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)),
                policies.stream().map(CancellationPolicy::published).toList(), skus);
    }
}
