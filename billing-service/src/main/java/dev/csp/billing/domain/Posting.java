package dev.csp.billing.domain;

import dev.csp.events.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@link Postings} puts on a partner's period: a {@link Charge} or a {@link Credit}, money for one purchased line
 * of one of the partner's customers, with the tax it contains (a charge) or reverses (a credit) where that is known.
 */
@MappedSuperclass
public abstract class Posting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Column(nullable = false, updatable = false)
    public UUID customerId;

    @Column(nullable = false, updatable = false)
    public UUID orderId;

    @Column(nullable = false, updatable = false)
    public UUID lineId;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public String currency;

    /** Null where the tax is not known (a price without tax, or a rate not kept when it was sold). */
    @Column(updatable = false)
    public BigDecimal taxAmount;

    @Column(nullable = false, updatable = false)
    public String billingPeriod;

    public Money amount() {
        return new Money(amount, currency).normalized();
    }

    /** The tax this posting's amount contains or reverses, where it is known. */
    public Optional<Money> tax() {
        return Optional.ofNullable(taxAmount).map(tax -> new Money(tax, currency).normalized());
    }
}
