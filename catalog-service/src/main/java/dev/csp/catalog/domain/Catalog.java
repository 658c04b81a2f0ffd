package dev.csp.catalog.domain;

import dev.csp.events.ProductKind;
import dev.csp.kit.failure.Failure;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading the catalog: markets, products as sold in one market, and whether a SKU can be sold there. */
@ApplicationScoped
public class Catalog {

    @Inject
    Clock clock;

    @Transactional
    public List<Market> markets(Boolean reservationsAvailable, Boolean taxIncluded, String name) {
        if (name != null && !name.isBlank()) {
            return Market.byName(name).stream().toList();
        }
        return Market.all().stream()
                .filter(m -> reservationsAvailable == null || m.azureReservationsAvailable == reservationsAvailable)
                .filter(m -> taxIncluded == null || m.taxIncluded == taxIncluded)
                .toList();
    }

    @Transactional
    public Market market(String code) {
        return Market.byCode(code).orElseThrow(() -> Failure.notFound("Market", code));
    }

    /** What is sold in the market, optionally of one kind and matching {@code q} in a product or SKU name. */
    @Transactional
    public List<ProductInMarket> products(String marketCode, String kind, String q) {
        Market market = knownMarket(marketCode);
        StringBuilder query = new StringBuilder("from Product p where p.active = true");
        Parameters parameters = new Parameters();
        if (kind != null && !kind.isBlank()) {
            query.append(" and p.kind = :kind");
            parameters.and("kind", kind(kind));
        }
        if (q != null && !q.isBlank()) {
            query.append(" and (lower(p.name) like :q escape '!' or exists (from Sku s where s.product = p"
                    + " and lower(s.name) like :q escape '!'))");
            parameters.and("q", "%" + q.trim().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%");
        }
        List<Product> products = Product.list(query.append(" order by p.kind, p.name").toString(), parameters);
        Map<String, List<Price>> prices = Price.inMarket(market.code).stream()
                .collect(Collectors.groupingBy(price -> price.skuId));
        Map<ProductKind, List<CancellationPolicy>> policies = CancellationPolicy.all().stream()
                .collect(Collectors.groupingBy(policy -> policy.kind));
        return products.stream().map(product -> ProductInMarket.of(product, market, prices, CancellationPolicy.inEffect(
                policies.getOrDefault(product.kind, List.of()), today()))).toList();
    }

    @Transactional
    public ProductInMarket product(String productId, String marketCode) {
        Market market = knownMarket(marketCode);
        Product product = known(productId);
        Map<String, List<Price>> prices = Price.ofSkusIn(product.skus.stream().map(s -> s.id).toList(), market.code)
                .stream().collect(Collectors.groupingBy(price -> price.skuId));
        return ProductInMarket.of(product, market, prices,
                CancellationPolicy.inEffect(CancellationPolicy.versionsOf(product.kind), today()));
    }

    @Transactional
    public SkuAvailability availability(String productId, String skuId, String marketCode) {
        Market market = knownMarket(marketCode);
        Product product = known(productId);
        Sku sku = product.sku(skuId).orElseThrow(() -> Failure.notFound("SKU", skuId));
        return SkuAvailability.of(product, sku, market, !Price.ofSkusIn(List.of(sku.id), market.code).isEmpty());
    }

    @Transactional
    public List<CancellationPolicy> policies(String kind) {
        return kind == null || kind.isBlank() ? CancellationPolicy.all() : CancellationPolicy.versionsOf(kind(kind));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Product known(String productId) {
        return Product.<Product>findByIdOptional(productId).orElseThrow(() -> Failure.notFound("Product", productId));
    }

    static ProductKind kind(String kind) {
        return Arrays.stream(ProductKind.values()).filter(k -> k.name().equalsIgnoreCase(kind.trim())).findFirst()
                .orElseThrow(() -> Failure.invalid("unknown-kind", "'" + kind + "' is not a product kind; one of "
                        + Arrays.toString(ProductKind.values()) + "."));
    }

    private static Market knownMarket(String code) {
        if (code == null || code.isBlank()) {
            throw Failure.invalid("market-required", "Name the customer's market: ?market=US.");
        }
        return Market.byCode(code).orElseThrow(() -> Failure.invalid("unknown-market",
                "'" + code.toUpperCase(Locale.ROOT) + "' is not a market."));
    }
}
