package dev.csp.catalog.domain;

import dev.csp.events.IncludedTax;
import dev.csp.events.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A country or territory partners sell in: the currency they are billed in, and whether prices include tax. */
@Entity
public class Market extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> otherNames;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public boolean taxIncluded;

    /** Where prices include tax: the rate they contain (0.10: 10 %), configuration kept by migrations; else null. */
    public BigDecimal taxRate;

    /** Where prices include tax: what the tax is called on invoices ("GST"); else null. */
    public String taxName;

    @Column(nullable = false)
    public boolean azureReservationsAvailable;

    /** The rate as stated, with at least two decimals: 0.10, 0.1425; null where prices exclude tax. */
    public BigDecimal statedTaxRate() {
        return IncludedTax.stated(taxRate);
    }

    /** The tax a price in this market contains: none where prices exclude tax. */
    public Optional<Money> taxIn(Money price) {
        return taxIncluded && taxRate != null ? Optional.of(IncludedTax.in(price, taxRate)) : Optional.empty();
    }

    public static Optional<Market> byCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code.trim().toUpperCase(Locale.ROOT));
    }

    /** By its name or any name people also use for it, ignoring case: "Swaziland" finds Eswatini. */
    public static Optional<Market> byName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Market.<Market>listAll().stream()
                .filter(m -> m.name.toLowerCase(Locale.ROOT).equals(wanted)
                        || m.otherNames.stream().anyMatch(other -> other.toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }

    public static List<Market> all() {
        return listAll(Sort.by("code"));
    }

    /** The currencies partners are billed in, in some market or other. */
    public static Set<String> currencies() {
        return new TreeSet<>(getEntityManager()
                .createQuery("select distinct m.currency from Market m", String.class).getResultList());
    }
}
