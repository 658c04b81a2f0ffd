package dev.csp.order.domain;

import dev.csp.events.BillingFrequency;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.kit.failure.Failure;
import java.time.LocalDate;
import java.util.Objects;

/** What the catalog offers for one SKU, and the rules a requested line must meet to be sold in a market. */
public record SkuOffer(ProductPublished product, ProductPublished.Sku sku) {

    /** Checks the request against the offer and answers the line with its price frozen, or says why not. */
    public Quote quote(String market, int quantity, String requestedTerm, BillingFrequency requestedBilling,
                       LocalDate today) {
        if (!product.active()) {
            throw Failure.ruleViolated("product-not-sold", product.name() + " is no longer sold.");
        }
        if (product.unavailableMarkets().contains(market)) {
            throw Failure.ruleViolated("not-available-in-market",
                    product.name() + " is not available in market " + market + ".");
        }
        if (quantity < sku.minQuantity() || quantity > sku.maxQuantity()) {
            throw Failure.ruleViolated("quantity-out-of-range", "Quantity of " + sku.skuId() + " must be between "
                    + sku.minQuantity() + " and " + sku.maxQuantity() + ".");
        }
        String term = term(requestedTerm);
        BillingFrequency billing = billing(requestedBilling);
        ProductPublished.Price price = sku.prices().stream()
                .filter(p -> p.market().equals(market) && Objects.equals(p.term(), term))
                .findFirst()
                .orElseThrow(() -> Failure.ruleViolated("not-available-in-market",
                        sku.skuId() + " has no price in market " + market + "."));
        ProductPublished.CancellationPolicy policy = ProductPublished.CancellationPolicy
                .inEffect(product.cancellationPolicies(), today)
                .orElseThrow(() -> Failure.ruleViolated("product-not-sold",
                        product.name() + " has no cancellation policy in effect yet."));
        return new Quote(this, quantity, term, billing, price, policy);
    }

    private String term(String requested) {
        if (sku.terms().isEmpty()) {
            if (requested != null) {
                throw Failure.ruleViolated("term-not-offered", sku.skuId() + " has no term.");
            }
            return null;
        }
        if (requested == null || !sku.terms().contains(requested)) {
            throw Failure.ruleViolated("term-not-offered",
                    sku.skuId() + " is sold for the terms " + sku.terms() + ".");
        }
        return requested;
    }

    private BillingFrequency billing(BillingFrequency requested) {
        if (requested == null) {
            return sku.billingOptions().get(0);
        }
        if (!sku.billingOptions().contains(requested)) {
            throw Failure.ruleViolated("billing-not-offered",
                    sku.skuId() + " is billed " + sku.billingOptions() + ".");
        }
        return requested;
    }

    /** A line the catalog agreed to sell, at this price. */
    public record Quote(SkuOffer offer, int quantity, String term, BillingFrequency billing, ProductPublished.Price price,
                        ProductPublished.CancellationPolicy policy) {
    }
}
