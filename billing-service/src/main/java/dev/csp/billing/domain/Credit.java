package dev.csp.billing.domain;

import dev.csp.events.IncludedTax;
import dev.csp.events.Money;
import dev.csp.events.billing.CreditIssued;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money given back against one charge; it lands on the invoice of the period in which it was issued. */
@Entity
public class Credit extends Posting {

    @Column(nullable = false, updatable = false)
    public UUID chargeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CreditIssued.Reason reason;

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
     * The tax this credit reverses: the charge's tax share of everything credited against it with this credit, less
     * the tax credits before it reversed, each share rounded half-up. So a full refund reverses exactly the charge's
     * tax, and the credits of a charge never reverse more tax than it contained.
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

    CreditIssued issuedEvent() {
        return new CreditIssued(UUID.randomUUID(), issuedAt, id, chargeId, orderId, lineId, partnerTenantId, customerId,
                amount(), reason, billingPeriod, refundRequestId);
    }
}
