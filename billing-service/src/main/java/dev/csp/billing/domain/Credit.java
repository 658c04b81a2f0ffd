package dev.csp.billing.domain;

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
import java.util.UUID;

/** Money given back against one charge; it lands on the invoice of the period in which it was issued. */
@Entity
public class Credit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "charge_id", nullable = false, updatable = false)
    public UUID chargeId;

    @Column(name = "partner_tenant_id", nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Column(name = "line_id", nullable = false, updatable = false)
    public UUID lineId;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CreditIssued.Reason reason;

    @Column(name = "billing_period", nullable = false, updatable = false)
    public String billingPeriod;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;

    protected Credit() {
    }

    static Credit against(Charge charge, BigDecimal amount, CreditIssued.Reason reason, Instant issuedAt) {
        Credit credit = new Credit();
        credit.id = UUID.randomUUID();
        credit.chargeId = charge.id;
        credit.partnerTenantId = charge.partnerTenantId;
        credit.customerId = charge.customerId;
        credit.orderId = charge.orderId;
        credit.lineId = charge.lineId;
        credit.amount = amount;
        credit.currency = charge.currency;
        credit.reason = reason;
        credit.issuedAt = issuedAt;
        credit.billingPeriod = BillingPeriod.of(issuedAt);
        return credit;
    }

    public Money amount() {
        return new Money(amount, currency).normalized();
    }

    CreditIssued issuedEvent() {
        return new CreditIssued(UUID.randomUUID(), issuedAt, id, chargeId, orderId, lineId, partnerTenantId, customerId,
                amount(), reason, billingPeriod);
    }
}
