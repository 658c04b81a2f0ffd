package dev.csp.catalog.domain;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import java.util.List;

/**
 * A product as a partner sees it under "Add products" for a customer in one market: whether it can be bought there
 * (and if not, why), whether its prices include tax, and each SKU's prices in the market's currency.
 */
public record ProductInMarket(String id, String name, ProductKind kind, String publisher, String market,
                              boolean available, String unavailableReason, boolean taxIncluded, boolean cancellable,
                              int cancellationWindowDays, List<SkuOffer> skus) {

    public record SkuOffer(String id, String name, List<String> terms, List<BillingFrequency> billingOptions,
                           int minQuantity, int maxQuantity, List<TermPrice> prices) {
    }

    /** The price for the whole term ({@code term} null: perpetual). */
    public record TermPrice(String term, Money unitPrice) {
    }

    static ProductInMarket of(Product product, Market market, List<Price> pricesInMarket) {
        List<SkuOffer> skus = product.skus.stream().map(sku -> new SkuOffer(sku.id, sku.name, sku.terms, sku.billing(),
                sku.minQuantity, sku.maxQuantity, pricesInMarket.stream().filter(p -> p.skuId.equals(sku.id))
                .map(p -> new TermPrice(p.term, p.money())).toList())).toList();
        boolean priced = skus.stream().anyMatch(sku -> !sku.prices().isEmpty());
        String reason = !product.availableIn(market) ? "azure-reservations-unavailable-in-market"
                : !priced ? "no-price-in-market" : null;
        return new ProductInMarket(product.id, product.name, product.kind, product.publisher, market.code, reason == null,
                reason, market.taxIncluded, product.cancellable, product.cancellationDays, skus);
    }
}
