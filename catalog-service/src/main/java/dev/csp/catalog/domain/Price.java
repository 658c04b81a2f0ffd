package dev.csp.catalog.domain;

import dev.csp.events.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a SKU costs for a term in a market, in the market's currency, for the whole term. */
@Entity
public class Price extends PanacheEntityBase {

    /** The one query "Add products" runs per request; the index price_by_market answers it (see CatalogIndexTest). */
    static final String IN_MARKET = "market = ?1 order by skuId, term";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String skuId;

    @Column(nullable = false)
    public String market;

    public String term;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    protected Price() {
    }

    Price(String skuId, String market, String term, Money money) {
        this.skuId = skuId;
        this.market = market;
        this.term = term;
        this.amount = money.amount();
        this.currency = money.currency();
    }

    public Money money() {
        return new Money(amount, currency).normalized();
    }

    public static List<Price> ofSkus(List<String> skuIds) {
        return list("skuId in ?1 order by skuId, market, term", skuIds);
    }

    public static List<Price> ofSkusIn(List<String> skuIds, String market) {
        return list("skuId in ?1 and market = ?2 order by skuId, term", skuIds, market);
    }

    /** Every price in one market, of every product: "Add products" filters by product afterwards. */
    public static List<Price> inMarket(String market) {
        return list(IN_MARKET, market);
    }

    static Optional<Price> of(String skuId, String market, String term) {
        return Price.<Price>list("skuId = ?1 and market = ?2", skuId, market).stream()
                .filter(price -> Objects.equals(price.term, term)).findFirst();
    }
}
