package dev.csp.catalog.domain;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished.RefundKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product as a partner sees it under "Add products" for a customer in one market: whether it can be bought there
 * (and if not, why), whether its prices include tax and at what rate, each SKU's prices in the market's currency
 * (with the tax each contains) and downloads, and the cancellation policy a purchase made today is sold under.
 */
public record ProductInMarket(String id, String name, ProductKind kind, String publisher, String market,
                              boolean available, String unavailableReason, boolean taxIncluded,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
                              String taxName, boolean cancellable,
                              int cancellationWindowDays, PolicyInMarket cancellationPolicy, long revision,
                              List<SkuOffer> skus) {

    public record SkuOffer(String id, String name, List<String> terms, List<BillingFrequency> billingOptions,
                           int minQuantity, int maxQuantity, List<TermPrice> prices, List<DownloadView> downloads) {
    }

    /** The price for the whole term ({@code term} null: perpetual); {@code tax}: the tax it contains, if it does. */
    public record TermPrice(String term, Money unitPrice, Money tax) {
    }

    public record DownloadView(String version, String language, String bitness, String fileName, long sizeBytes,
                               String sha256) {
    }

    /** {@code supportRequestAbove}: in the market's currency; none when purchases cannot be cancelled. */
    public record PolicyInMarket(int version, LocalDate effectiveFrom, boolean cancellable, int windowDays,
                                 RefundKind refundKind, Money supportRequestAbove) {
    }

    static ProductInMarket of(Product product, Market market, Map<String, List<Price>> pricesBySku,
                              Optional<CancellationPolicy> policy) {
        List<SkuOffer> skus = product.skus.stream().map(sku -> new SkuOffer(sku.id, sku.name, sku.terms, sku.billing(),
                sku.minQuantity, sku.maxQuantity, pricesBySku.getOrDefault(sku.id, List.of()).stream()
                .map(p -> new TermPrice(p.term, p.money(), market.taxIn(p.money()).orElse(null))).toList(),
                sku.downloads.stream()
                .map(d -> new DownloadView(d.version, d.language, d.bitness, d.fileName, d.sizeBytes, d.sha256))
                .toList())).toList();
        boolean priced = skus.stream().anyMatch(sku -> !sku.prices().isEmpty());
        String reason = product.unavailableReason(market).orElse(priced ? null : Product.NO_PRICE);
        PolicyInMarket terms = policy.map(p -> new PolicyInMarket(p.version, p.effectiveFrom, p.cancellable,
                p.windowDays, p.refundKind, p.supportRequestAbove(market.currency).orElse(null))).orElse(null);
        return new ProductInMarket(product.id, product.name, product.kind, product.publisher, market.code,
                reason == null, reason, market.taxIncluded, market.statedTaxRate(), market.taxName,
                terms != null && terms.cancellable(),
                terms == null ? 0 : terms.windowDays(), terms, product.revision, skus);
    }
}
