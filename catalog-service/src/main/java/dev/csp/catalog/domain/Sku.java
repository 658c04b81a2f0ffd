package dev.csp.catalog.domain;

import dev.csp.events.BillingFrequency;
import dev.csp.events.ProductKind;
import dev.csp.kit.failure.Failure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One sellable configuration of a product: its terms, how it can be billed, the quantities and the downloads. */
@Entity
public class Sku extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(optional = false)
    public Product product;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> terms;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> billingOptions;

    @Column(nullable = false)
    public int minQuantity;

    @Column(nullable = false)
    public int maxQuantity;

    @ElementCollection
    @CollectionTable(name = "download", joinColumns = @JoinColumn(name = "sku_id"))
    @OrderBy("version, language, bitness")
    public List<Download> downloads = new ArrayList<>();

    protected Sku() {
    }

    Sku(String id, Product product) {
        this.id = id;
        this.product = product;
        this.position = product.skus.stream().mapToInt(sku -> sku.position).max().orElse(0) + 1;
    }

    /**
     * Sets what is sold, refusing combinations the product's kind cannot have: perpetual software is bought once
     * with no term; everything else runs for a term, billed up front or monthly.
     */
    void define(String newName, List<String> newTerms, List<BillingFrequency> billing, int min, int max) {
        boolean perpetual = product.kind == ProductKind.PERPETUAL_SOFTWARE;
        if (perpetual != newTerms.isEmpty()) {
            throw Failure.ruleViolated("terms-do-not-fit-kind", perpetual
                    ? "Perpetual software has no terms." : "A " + product.kind + " SKU needs at least one term.");
        }
        boolean billingFits = perpetual ? billing.stream().allMatch(BillingFrequency.ONE_TIME::equals)
                : !billing.contains(BillingFrequency.ONE_TIME);
        if (!billingFits) {
            throw Failure.ruleViolated("billing-does-not-fit-kind", perpetual
                    ? "Perpetual software is billed ONE_TIME only." : "A " + product.kind + " SKU is billed UPFRONT or MONTHLY.");
        }
        if (max < min) {
            throw Failure.invalid("invalid-quantity-range",
                    "maxQuantity " + max + " is below minQuantity " + min + ".");
        }
        name = newName;
        terms = List.copyOf(newTerms);
        billingOptions = billing.stream().distinct().map(Enum::name).toList();
        minQuantity = min;
        maxQuantity = max;
    }

    public List<BillingFrequency> billing() {
        return billingOptions.stream().map(BillingFrequency::valueOf).toList();
    }

    /** Whether {@code term} (null: perpetual) is one this SKU is sold for. */
    public boolean sellsFor(String term) {
        return term == null ? terms.isEmpty() : terms.contains(term);
    }
}
