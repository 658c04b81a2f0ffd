package dev.csp.catalog.domain;

import dev.csp.events.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;

/** What a SKU costs for a term in a market, in the market's currency, for the whole term. */
@Entity
public class Price extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "sku_id", nullable = false)
    public String skuId;

    @Column(nullable = false)
    public String market;

    public String term;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    public Money money() {
        return new Money(amount, currency).normalized();
    }

    public static List<Price> ofSkus(List<String> skuIds) {
        return list("skuId in ?1 order by skuId, market, term", skuIds);
    }

    public static List<Price> ofSkusIn(List<String> skuIds, String market) {
        return list("skuId in ?1 and market = ?2 order by skuId, term", skuIds, market);
    }
}
