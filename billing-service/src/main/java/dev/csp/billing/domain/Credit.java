package dev.csp.billing.domain;

import dev.csp.events.IncludedTax;
import dev.csp.events.Money;
import dev.csp.events.billing.CreditIssued;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Money given back against one charge; it lands on the invoice of the period in which it was issued. */
@Entity
public class Credit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID chargeId;

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

    /**
     * The tax this credit reverses: the same share of its charge's tax as its amount is of the charge's amount, so
     * the credits of a charge never reverse more tax than it contained. Null where the charge's tax is not known.
     */
    @Column(updatable = false)
    public BigDecimal taxAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CreditIssued.Reason reason;

    @Column(nullable = false, updatable = false)
    public String billingPeriod;

    @Column(nullable = false, updatable = false)
    public Instant issuedAt;

    /** The support request an approved refund settles; null for cancellations. */
    @Column(updatable = false)
    public UUID refundRequestId;

    protected Credit() {
    }

    /** A credit of a refund against the charge it reverses, landing on the given open period. */
    static Credit against(Charge charge, CreditPolicy.Refund refund, Instant issuedAt, String openPeriod,
                          UUID refundRequestId) {
        Credit credit = new Credit();
        credit.id = UUID.randomUUID();
        credit.chargeId = charge.id;
        credit.partnerTenantId = charge.partnerTenantId;
        credit.customerId = charge.customerId;
        credit.orderId = charge.orderId;
        credit.lineId = charge.lineId;
        credit.amount = refund.amount();
        credit.currency = charge.currency;
        credit.reason = refund.reason();
        credit.issuedAt = issuedAt;
        credit.billingPeriod = openPeriod;
        credit.refundRequestId = refundRequestId;
        credit.taxAmount = charge.tax().map(tax -> reversedTax(charge, tax, credit.amount)).orElse(null);
        return credit;
    }

    /**
     * The charge's tax share of everything credited against it with this credit, less the tax credits before it
     * reversed, each share rounded half-up: a full refund reverses exactly the charge's tax.
     */
    private static BigDecimal reversedTax(Charge charge, Money tax, BigDecimal amount) {
        BigDecimal creditedBefore = totalAgainst(charge.id);
        BigDecimal reversedBefore = getEntityManager()
                .createQuery("select coalesce(sum(c.taxAmount), 0) from Credit c where c.chargeId = :charge",
                        BigDecimal.class)
                .setParameter("charge", charge.id)
                .getSingleResult();
        return IncludedTax.shareOf(tax, creditedBefore.add(amount), charge.amount).amount().subtract(reversedBefore);
    }

    /** The tax this credit reverses, where its charge's tax is known. */
    public Optional<Money> tax() {
        return Optional.ofNullable(taxAmount).map(tax -> new Money(tax, currency).normalized());
    }

    static BigDecimal totalAgainst(UUID chargeId) {
        return getEntityManager()
                .createQuery("select coalesce(sum(c.amount), 0) from Credit c where c.chargeId = :charge", BigDecimal.class)
                .setParameter("charge", chargeId)
                .getSingleResult();
    }

    /** A cancellation credits each charge once; approved refunds come on top, up to what remains. */
    static boolean cancellationCredited(UUID chargeId) {
        return count("chargeId = ?1 and reason <> ?2", chargeId, CreditIssued.Reason.APPROVED_REFUND) > 0;
    }

    public Money amount() {
        return new Money(amount, currency).normalized();
    }

    CreditIssued issuedEvent() {
        return new CreditIssued(UUID.randomUUID(), issuedAt, id, chargeId, orderId, lineId, partnerTenantId, customerId,
                amount(), reason, billingPeriod, refundRequestId);
    }
}
