package dev.csp.events.catalog;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.csp.events.BillingFrequency;
import dev.csp.events.Event;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The whole sellable state of one product: a snapshot on a compacted topic, so a consumer that reads the topic
 * from the start holds the current catalog. A higher revision replaces a lower one. Key: product id.
 */
public record ProductPublished(
        java.util.UUID eventId,
        Instant occurredAt,
        String productId,
        long revision,
        String name,
        ProductKind kind,
        boolean active,
        Set<String> unavailableMarkets,
        List<CancellationPolicy> cancellationPolicies,
        List<Sku> skus) implements Event {

    public static final String TOPIC = "product-published";

    /**
     * Whether and for how long a purchase can be cancelled, from the day it takes effect (UTC) until a later version
     * replaces it. An order is sold under the version in effect when it is placed and keeps it. A cancellation whose
     * order total exceeds {@code supportRequestAbove} in the order's currency needs a support request instead.
     */
    public record CancellationPolicy(int version, LocalDate effectiveFrom, boolean cancellable, int windowDays,
                                     RefundKind refundKind, List<Money> supportRequestAbove) {

        /** The policy of the given versions that is in effect on {@code day}, if any. */
        public static java.util.Optional<CancellationPolicy> inEffect(List<CancellationPolicy> versions, LocalDate day) {
            return versions.stream().filter(p -> !p.effectiveFrom().isAfter(day))
                    .max(java.util.Comparator.comparing(CancellationPolicy::effectiveFrom));
        }
    }

    /** What a cancellation gives back: everything (perpetual software), the unused part (subscriptions), or nothing. */
    public enum RefundKind {
        FULL,
        PRORATED,
        NONE
    }

    /** One downloadable build of a software SKU, as served to customers. */
    public record Download(String version, String language, String bitness, String fileName, long sizeBytes,
                           String sha256) {
    }

    public record Sku(
            String skuId,
            String name,
            List<String> terms,
            List<BillingFrequency> billingOptions,
            int minQuantity,
            int maxQuantity,
            List<Price> prices,
            List<Download> downloads) {
    }

    /**
     * A SKU's price for one term (null when perpetual) in one market, in that market's currency. Where
     * {@code taxIncluded}, the price contains tax at {@code taxRate} (0.10: 10 %); null elsewhere, and in snapshots
     * published before rates were (a consumer then knows the price includes tax, not how much).
     */
    public record Price(String market, String term, Money unitPrice, boolean taxIncluded,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate) {

        /** A price without a tax rate: tax excluded, or included at a rate not stated. */
        public Price(String market, String term, Money unitPrice, boolean taxIncluded) {
            this(market, term, unitPrice, taxIncluded, null);
        }
    }

    @Override
    public String key() {
        return productId;
    }
}
