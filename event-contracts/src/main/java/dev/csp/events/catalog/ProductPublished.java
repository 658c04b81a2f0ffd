package dev.csp.events.catalog;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Event;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import java.time.Instant;
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
        CancellationPolicy cancellationPolicy,
        List<Sku> skus) implements Event {

    public static final String TOPIC = "product-published";

    /** Whether and for how long a purchase can be cancelled; lines keep the version they were sold under. */
    public record CancellationPolicy(int version, boolean cancellable, int windowDays) {
    }

    public record Sku(
            String skuId,
            String name,
            List<String> terms,
            List<BillingFrequency> billingOptions,
            int minQuantity,
            int maxQuantity,
            List<Price> prices) {
    }

    /** A SKU's price for one term (null when perpetual) in one market, in that market's currency. */
    public record Price(String market, String term, Money unitPrice, boolean taxIncluded) {
    }

    @Override
    public String key() {
        return productId;
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
