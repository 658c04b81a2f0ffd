package dev.csp.catalog.domain;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.kit.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Changing the catalog (catalog-admin). Each write changes one product, raises its revision once and writes its
 * snapshot into the outbox in the same transaction: a change is published exactly when it commits.
 */
@ApplicationScoped
public class CatalogAdmin {

    @Inject
    CatalogPublisher publisher;

    @Transactional
    public Product create(String id, String name, ProductKind kind, String publisherName) {
        if (id.equals("cancellation-policies")) {
            throw Failure.ruleViolated("reserved-id", "'" + id + "' names the policies, not a product.");
        }
        if (Product.findByIdOptional(id).isPresent()) {
            throw Failure.notAllowedNow("product-exists", "Product " + id + " already exists.");
        }
        Product product = new Product(id, name, kind, publisherName);
        product.persist();
        publisher.publish(List.of(product));
        return product;
    }

    @Transactional
    public Product describe(String id, String name, String publisherName, boolean active) {
        Product product = forChange(id);
        product.describe(name, publisherName, active);
        return published(product);
    }

    @Transactional
    public Product defineSku(String productId, String skuId, String name, List<String> terms,
                             List<BillingFrequency> billing, int minQuantity, int maxQuantity) {
        Product product = forChange(productId);
        product.skuToDefine(skuId).define(name, terms, billing, minQuantity, maxQuantity);
        return published(product);
    }

    /** Sets (adds or replaces) the given prices of one SKU; prices not named stay as they are. */
    @Transactional
    public Product setPrices(String productId, String skuId, List<MarketPrice> prices) {
        Product product = forChange(productId);
        Sku sku = product.sku(skuId).orElseThrow(() -> Failure.notFound("SKU", skuId));
        Set<String> seen = new HashSet<>();
        for (MarketPrice price : prices) {
            Market market = Market.byCode(price.market()).orElseThrow(() -> Failure.ruleViolated(
                    "unknown-market", "'" + price.market() + "' is not a market."));
            if (!seen.add(market.code + "/" + price.term())) {
                throw Failure.invalid("duplicate-price", "Two prices for " + market.code + " and term "
                        + price.term() + ".");
            }
            set(sku, market, price.term(), price.unitPrice());
        }
        return published(product);
    }

    @Transactional
    public Product offer(String productId, String marketCode, boolean available) {
        Product product = forChange(productId);
        Market market = Market.byCode(marketCode).orElseThrow(() -> Failure.notFound("Market", marketCode));
        product.offerIn(market, available);
        return published(product);
    }

    private static void set(Sku sku, Market market, String term, Money amount) {
        if (!sku.sellsFor(term)) {
            throw Failure.ruleViolated("term-not-sold", sku.id + " is not sold "
                    + (term == null ? "without a term" : "for term " + term) + "; its terms: " + sku.terms + ".");
        }
        if (!Objects.equals(amount.currency(), market.currency)) {
            throw Failure.ruleViolated("wrong-currency", "Prices in " + market.code + " are in "
                    + market.currency + ", not " + amount.currency() + ".");
        }
        Money exact = Amounts.exact(amount);
        Price.of(sku.id, market.code, term).ifPresentOrElse(price -> price.amount = exact.amount(),
                () -> new Price(sku.id, market.code, term, exact).persist());
    }

    private static Product forChange(String id) {
        return Product.forChange(id).orElseThrow(() -> Failure.notFound("Product", id));
    }

    private Product published(Product product) {
        product.changed();
        publisher.publish(List.of(product));
        return product;
    }
}
