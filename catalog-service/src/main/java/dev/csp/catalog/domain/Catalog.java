package dev.csp.catalog.domain;

import dev.csp.kit.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Reading the catalog: markets, and products as sold in one market. */
@ApplicationScoped
public class Catalog {

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
        return Market.byCode(code).orElseThrow(() -> ProblemException.notFound("Market", code));
    }

    @Transactional
    public List<ProductInMarket> products(String marketCode) {
        Market market = knownMarket(marketCode);
        List<Product> products = Product.list("active = true order by kind, name");
        List<Price> prices = Price.ofSkusIn(products.stream().flatMap(p -> p.skus.stream()).map(s -> s.id).toList(), market.code);
        return products.stream().map(product -> ProductInMarket.of(product, market, prices)).toList();
    }

    @Transactional
    public ProductInMarket product(String productId, String marketCode) {
        Market market = knownMarket(marketCode);
        Product product = Product.<Product>findByIdOptional(productId)
                .orElseThrow(() -> ProblemException.notFound("Product", productId));
        return ProductInMarket.of(product, market, Price.ofSkusIn(product.skus.stream().map(s -> s.id).toList(), market.code));
    }

    private static Market knownMarket(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest("market-required", "Name the customer's market: ?market=US.");
        }
        return Market.byCode(code).orElseThrow(() -> ProblemException.badRequest("unknown-market",
                "'" + code.toUpperCase(Locale.ROOT) + "' is not a market."));
    }
}
