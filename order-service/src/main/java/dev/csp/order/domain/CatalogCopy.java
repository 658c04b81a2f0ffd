package dev.csp.order.domain;

import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.kit.failure.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * "Add products" from order-service's own copy of the catalog (kept from product-published): what a customer can be
 * sold in their market, at the prices an order placed now is charged, whether or not catalog-service answers.
 */
@ApplicationScoped
public class CatalogCopy {

    @Inject
    Customers customers;
    @Inject
    Clock clock;

    /**
     * The products still sold, as offered in the customer's market, by kind and name. {@code kind} keeps one product
     * kind; {@code q} matches part of a product's or SKU's name, any case. Another partner's customer: not found.
     */
    @Transactional
    public List<OfferedProduct> offeredTo(UUID partnerTenantId, UUID customerId, String kind, String q) {
        ProductKind onlyKind = kind(kind);
        String market = customers.get(partnerTenantId, customerId).market;
        List<ProductPublished> products = CatalogSku.products();
        boolean marketTaxIncluded = products.stream().flatMap(p -> p.skus().stream()).flatMap(s -> s.prices().stream())
                .filter(price -> price.market().equals(market)).findFirst()
                .map(ProductPublished.Price::taxIncluded).orElse(false);
        String query = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return products.stream()
                .filter(p -> p.active() && (onlyKind == null || p.kind() == onlyKind))
                .map(p -> OfferedProduct.of(p, market, marketTaxIncluded, today))
                .filter(p -> p.matches(query))
                .sorted(Comparator.comparing((OfferedProduct p) -> p.kind().name()).thenComparing(OfferedProduct::name)
                        .thenComparing(OfferedProduct::id))
                .toList();
    }

    private static ProductKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ProductKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Failure.invalid("unknown-kind", "kind must be one of "
                    + Arrays.toString(ProductKind.values()) + ".");
        }
    }
}
