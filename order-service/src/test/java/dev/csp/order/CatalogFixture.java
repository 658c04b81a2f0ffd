package dev.csp.order;

import static org.awaitility.Awaitility.await;

import dev.csp.events.BillingFrequency;
import dev.csp.events.EventCodec;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.order.domain.CatalogSku;
import dev.csp.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Publishes catalog snapshots on the real topic and waits until order-service has taken them in. */
final class CatalogFixture {

    static final String PERPETUAL_SKU = "test-ws-2025-std";
    static final String RESERVATION_SKU = "test-vm-reservation-d2";
    static final String SUSE_SKU = "test-suse-plan";

    private CatalogFixture() {
    }

    static void publishTestCatalog() {
        publish(product("test-ws-2025", "Windows Server 2025 Standard", ProductKind.PERPETUAL_SOFTWARE, Set.of(),
                policy(true, 60, ProductPublished.RefundKind.FULL),
                sku(PERPETUAL_SKU, List.of(), List.of(BillingFrequency.ONE_TIME), null, "1069.00")));
        publish(product("test-vm-reservation", "Reserved VM Instance D2", ProductKind.AZURE_RESERVATION, Set.of("CN"),
                policy(true, 60, ProductPublished.RefundKind.PRORATED),
                sku(RESERVATION_SKU, List.of("P1Y", "P3Y"), List.of(BillingFrequency.UPFRONT, BillingFrequency.MONTHLY),
                        "P1Y", "876.00")));
        publish(product("test-suse", "SUSE Linux Enterprise Server plan", ProductKind.SOFTWARE_PLAN, Set.of(),
                policy(false, 0, ProductPublished.RefundKind.NONE),
                sku(SUSE_SKU, List.of("P1Y"), List.of(BillingFrequency.UPFRONT), "P1Y", "310.00")));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> CatalogSku.count("skuId in ?1", List.of(PERPETUAL_SKU, RESERVATION_SKU, SUSE_SKU)) == 3));
    }

    static void publish(ProductPublished product) {
        TestKafka.send(ProductPublished.TOPIC, product.key(), EventCodec.toJson(product));
    }

    static ProductPublished product(String id, String name, ProductKind kind, Set<String> unavailableIn,
                                    ProductPublished.CancellationPolicy policy, ProductPublished.Sku sku) {
        return new ProductPublished(UUID.randomUUID(), Instant.now(), id, 1, name, kind, true, unavailableIn,
                List.of(policy), List.of(sku));
    }

    /** A perpetual product of its own, at the given revision, with these cancellation policy versions. */
    static void publishVersioned(String productId, String skuId, long revision,
                                 List<ProductPublished.CancellationPolicy> policies) {
        publish(new ProductPublished(UUID.randomUUID(), Instant.now(), productId, revision, "Versioned " + productId,
                ProductKind.PERPETUAL_SOFTWARE, true, Set.of(), policies,
                List.of(sku(skuId, List.of(), List.of(BillingFrequency.ONE_TIME), null, "1069.00"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> CatalogSku.count("skuId = ?1 and revision = ?2", skuId, revision) == 1));
    }

    static ProductPublished.CancellationPolicy policy(boolean cancellable, int days, ProductPublished.RefundKind refund) {
        return new ProductPublished.CancellationPolicy(1, LocalDate.parse("2026-01-01"), cancellable, days, refund,
                List.of(Money.of("50000.00", "USD")));
    }

    private static ProductPublished.Sku sku(String id, List<String> terms, List<BillingFrequency> billing, String priceTerm,
                                            String usd) {
        return new ProductPublished.Sku(id, id, terms, billing, 1, 500, List.of(
                new ProductPublished.Price("US", priceTerm, Money.of(usd, "USD"), false),
                new ProductPublished.Price("CN", priceTerm, Money.of(usd, "USD"), false),
                new ProductPublished.Price("AU", priceTerm, Money.of("1799.00", "AUD"), true,
                        new java.math.BigDecimal("0.10"))), List.of());
    }
}
