package dev.csp.catalog.domain;

import dev.csp.events.BillingFrequency;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One sellable configuration of a product: its terms, how it can be billed, and the quantities allowed. */
@Entity
public class Sku extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> terms;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "billing_options", nullable = false)
    public List<String> billingOptions;

    @Column(name = "min_quantity", nullable = false)
    public int minQuantity;

    @Column(name = "max_quantity", nullable = false)
    public int maxQuantity;

    public List<BillingFrequency> billing() {
        return billingOptions.stream().map(BillingFrequency::valueOf).toList();
    }
}
