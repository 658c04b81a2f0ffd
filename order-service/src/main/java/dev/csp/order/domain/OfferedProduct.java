package dev.csp.order.domain;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.csp.events.BillingFrequency;
import dev.csp.events.IncludedTax;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A product as order-service's copy of the catalog offers it to a customer in one market ("Add products" while
 * catalog-service is down): whether it can be bought there, each SKU's prices in the market, and the cancellation
 * policy a purchase made today is sold under. The same shape as catalog-service's product in a market, less the
 * publisher and downloads, which product-published does not carry or a purchase does not need.
 */
public record OfferedProduct(String id, String name, ProductKind kind, String market, boolean available,
                             String unavailableReason, boolean taxIncluded,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate, boolean cancellable,
                             int cancellationWindowDays, long revision, List<OfferedSku> skus) {

    /** Sold nowhere any more. */
    public static final String NOT_SOLD = "product-not-sold";
    /** Not sold in this market (withdrawn from it, or a kind the market does not have). */
    public static final String NOT_IN_MARKET = "not-available-in-market";
    /** No SKU has a price in this market. */
    public static final String NO_PRICE = "no-price-in-market";
    /** No cancellation policy is in effect yet, so an order would be refused. */
    public static final String NO_POLICY = "no-cancellation-policy";

    public record OfferedSku(String id, String name, List<String> terms, List<BillingFrequency> billingOptions,
                             int minQuantity, int maxQuantity, List<TermPrice> prices) {
    }

    /**
     * The price for the whole term ({@code term} null: perpetual), in the market's currency; {@code tax} is the tax it
     * contains where the market's prices include tax (null elsewhere).
     */
    public record TermPrice(String term, Money unitPrice, Money tax) {

        static TermPrice of(ProductPublished.Price price) {
            Money unitPrice = price.unitPrice().normalized();
            return new TermPrice(price.term(), unitPrice,
                    price.taxIncluded() && price.taxRate() != null ? IncludedTax.in(unitPrice, price.taxRate()) : null);
        }
    }

    /**
     * The snapshot as offered in {@code market} on {@code today}; {@code marketTaxIncluded} says whether the market's
     * prices include tax when this product has none there.
     */
    static OfferedProduct of(ProductPublished product, String market, boolean marketTaxIncluded, LocalDate today) {
        List<ProductPublished.Price> pricesHere = product.skus().stream().flatMap(sku -> sku.prices().stream())
                .filter(price -> price.market().equals(market)).toList();
        List<OfferedSku> skus = product.skus().stream().map(sku -> new OfferedSku(sku.skuId(), sku.name(), sku.terms(),
                sku.billingOptions(), sku.minQuantity(), sku.maxQuantity(), sku.prices().stream()
                .filter(price -> price.market().equals(market))
                .map(TermPrice::of).toList())).toList();
        Optional<ProductPublished.CancellationPolicy> policy = ProductPublished.CancellationPolicy
                .inEffect(product.cancellationPolicies(), today);
        String reason = reason(product, market, !pricesHere.isEmpty(), policy.isPresent());
        boolean taxIncluded = pricesHere.isEmpty() ? marketTaxIncluded : pricesHere.get(0).taxIncluded();
        BigDecimal taxRate = pricesHere.isEmpty() ? null : IncludedTax.stated(pricesHere.get(0).taxRate());
        boolean cancellable = policy.map(ProductPublished.CancellationPolicy::cancellable).orElse(false);
        return new OfferedProduct(product.productId(), product.name(), product.kind(), market, reason == null, reason,
                taxIncluded, taxRate, cancellable, cancellable ? policy.get().windowDays() : 0, product.revision(), skus);
    }

    private static String reason(ProductPublished product, String market, boolean priced, boolean policyInEffect) {
        if (!product.active()) {
            return NOT_SOLD;
        }
        if (product.unavailableMarkets().contains(market)) {
            return NOT_IN_MARKET;
        }
        if (!priced) {
            return NO_PRICE;
        }
        return policyInEffect ? null : NO_POLICY;
    }

    /** Whether {@code q} (lower case) is part of the product's name or one of its SKUs' names. */
    boolean matches(String q) {
        return q == null || name.toLowerCase(java.util.Locale.ROOT).contains(q)
                || skus.stream().anyMatch(sku -> sku.name().toLowerCase(java.util.Locale.ROOT).contains(q));
    }
}
