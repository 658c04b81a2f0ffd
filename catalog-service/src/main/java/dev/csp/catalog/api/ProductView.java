package dev.csp.catalog.api;

import dev.csp.catalog.domain.Product;
import dev.csp.events.BillingFrequency;
import dev.csp.events.ProductKind;
import java.util.List;
import java.util.Set;

/** A product as catalog-admins change it: every market at once, with the revision each write raised. */
public record ProductView(String id, String name, ProductKind kind, String publisher, boolean active, long revision,
                          Set<String> withdrawnMarkets, List<SkuView> skus) {

    public record SkuView(String id, String name, List<String> terms, List<BillingFrequency> billingOptions,
                          int minQuantity, int maxQuantity, int downloads) {
    }

    static ProductView of(Product p) {
        return new ProductView(p.id, p.name, p.kind, p.publisher, p.active, p.revision, Set.copyOf(p.withdrawnMarkets),
                p.skus.stream().map(s -> new SkuView(s.id, s.name, s.terms, s.billing(), s.minQuantity, s.maxQuantity,
                        s.downloads.size())).toList());
    }
}
