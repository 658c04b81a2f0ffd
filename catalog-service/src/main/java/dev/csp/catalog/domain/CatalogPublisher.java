package dev.csp.catalog.domain;

import dev.csp.events.catalog.ProductPublished;
import dev.csp.kit.outbox.Outbox;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Publishes a full snapshot of each product whose revision has not been published yet, through the outbox, onto
 * the compacted product-published topic. Runs at start (migrations may have changed products) and after each change.
 */
@ApplicationScoped
public class CatalogPublisher {

    private final Outbox outbox;
    private final Clock clock;

    CatalogPublisher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent startup) {
        publishPending();
    }

    @Transactional
    public int publishPending() {
        List<Product> pending = Product.find("publishedRevision < revision").withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, Market> markets = Market.all().stream().collect(Collectors.toMap(m -> m.code, m -> m));
        for (Product product : pending) {
            outbox.publish(snapshot(product, markets));
            product.publishedRevision = product.revision;
        }
        return pending.size();
    }

    private ProductPublished snapshot(Product product, Map<String, Market> markets) {
        List<Price> prices = Price.ofSkus(product.skus.stream().map(sku -> sku.id).toList());
        List<ProductPublished.Sku> skus = product.skus.stream().map(sku -> new ProductPublished.Sku(sku.id, sku.name,
                sku.terms, sku.billing(), sku.minQuantity, sku.maxQuantity, prices.stream()
                .filter(price -> price.skuId.equals(sku.id))
                .map(price -> new ProductPublished.Price(price.market, price.term, price.money(),
                        markets.get(price.market).taxIncluded))
                .toList(), List.of())).toList();
        return new ProductPublished(UUID.randomUUID(), clock.instant(), product.id, product.revision, product.name,
                product.kind, product.active,
                markets.values().stream().filter(market -> !product.availableIn(market)).map(market -> market.code)
                        .collect(Collectors.toSet()),
                List.of(new ProductPublished.CancellationPolicy(product.policyVersion, LocalDate.parse("2026-01-01"),
                        product.cancellable, product.cancellationDays,
                        !product.cancellable ? ProductPublished.RefundKind.NONE
                                : product.kind == dev.csp.events.ProductKind.PERPETUAL_SOFTWARE
                                ? ProductPublished.RefundKind.FULL : ProductPublished.RefundKind.PRORATED,
                        List.of())),
                skus);
    }
}
