package dev.csp.billing.domain;

import dev.csp.events.BillingFrequency;
import dev.csp.events.IncludedTax;
import dev.csp.events.ProductKind;
import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.order.OrderPlaced;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * What a partner pays for one purchased line in one billing period: perpetual software and up-front terms in full at
 * purchase, monthly-billed subscriptions one month's share at a time. It remembers the service time it pays for,
 * which is what a prorated credit is measured against.
 */
@Entity
public class Charge extends Posting {

    @Column(nullable = false, updatable = false)
    public String productId;

    @Column(nullable = false, updatable = false)
    public String skuId;

    @Column(nullable = false, updatable = false)
    public String productName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProductKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public BillingFrequency billing;

    public String term;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Column(nullable = false, updatable = false)
    public BigDecimal unitPrice;

    @Column(nullable = false, updatable = false)
    public boolean taxIncluded;

    /** Where the price includes tax: the rate it contains (0.10); null elsewhere and where it is not known. */
    @Column(updatable = false)
    public BigDecimal taxRate;

    @Column(updatable = false)
    public Instant serviceFrom;

    @Column(updatable = false)
    public Instant serviceUntil;

    @Column(nullable = false, updatable = false)
    public Instant chargedAt;

    /** 0 for the first charge of a line; 1, 2, … for the following months of a monthly-billed term. */
    @Column(nullable = false, updatable = false)
    public int installment;

    protected Charge() {
    }

    /** The first charge of a purchased line, on the period in which it was bought (or the next open one). */
    static Charge firstFor(OrderPlaced order, OrderPlaced.Line line, String openPeriod) {
        Charge charge = new Charge();
        charge.id = UUID.randomUUID();
        charge.partnerTenantId = order.partnerTenantId();
        charge.customerId = order.customerId();
        charge.orderId = order.orderId();
        charge.lineId = line.lineId();
        charge.productId = line.productId();
        charge.skuId = line.skuId();
        charge.productName = line.productName();
        charge.kind = line.kind();
        charge.billing = line.billing();
        charge.term = line.term();
        charge.quantity = line.quantity();
        charge.unitPrice = line.unitPrice().amount();
        charge.currency = line.unitPrice().currency();
        charge.taxIncluded = line.taxIncluded();
        charge.taxRate = line.taxIncluded() ? line.taxRate() : null;
        charge.chargedAt = order.occurredAt();
        charge.billingPeriod = openPeriod;
        charge.priceServiceTime(order.occurredAt());
        charge.taxAmount = charge.taxContained();
        return charge;
    }

    /** The n-th month of a monthly-billed term (the first is month 0), charged when its month opens. */
    Charge installment(int n, String openPeriod, Instant dueAt) {
        Charge next = new Charge();
        next.id = UUID.randomUUID();
        next.partnerTenantId = partnerTenantId;
        next.customerId = customerId;
        next.orderId = orderId;
        next.lineId = lineId;
        next.productId = productId;
        next.skuId = skuId;
        next.productName = productName;
        next.kind = kind;
        next.billing = billing;
        next.term = term;
        next.quantity = quantity;
        next.unitPrice = unitPrice;
        next.currency = currency;
        next.taxIncluded = taxIncluded;
        next.taxRate = taxRate;
        next.installment = n;
        next.chargedAt = dueAt;
        next.billingPeriod = openPeriod;
        next.serviceFrom = serviceFrom.atZone(ZoneOffset.UTC).plusMonths(n).toInstant();
        next.serviceUntil = serviceFrom.atZone(ZoneOffset.UTC).plusMonths(n + 1L).toInstant();
        next.amount = next.monthlyShare(n);
        next.taxAmount = next.taxContained();
        return next;
    }

    /**
     * Month n's share of the term's price: what months 0..n cost together less what months 0..n-1 did, each rounded
     * half-up to the minor unit. Every month is within one minor unit of price / months, and the months of a term
     * add up to its price exactly (100.00 over 3 months: 33.33, 33.34, 33.33).
     */
    private BigDecimal monthlyShare(int n) {
        return costOfMonths(n + 1L).subtract(costOfMonths(n));
    }

    private BigDecimal costOfMonths(long months) {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(termMonths()), minorUnits(), RoundingMode.HALF_UP);
    }

    /** A monthly-billed term of more than one month has installments after this first charge. */
    boolean hasFurtherInstallments() {
        return billing == BillingFrequency.MONTHLY && term != null && installment == 0 && termMonths() > 1;
    }

    int termMonths() {
        return (int) Period.parse(term).toTotalMonths();
    }

    static List<Charge> ofLine(UUID lineId) {
        return list("lineId = ?1 order by installment", lineId);
    }

    /** What is left to give back on this charge after the credits already issued against it. */
    BigDecimal remaining() {
        return amount.subtract(Credit.totalAgainst(id));
    }

    /**
     * Perpetual: the full price, no service time. Up front: the full term's price for the whole term. Monthly: the
     * term's price divided by its months, rounded half-up to the currency's minor unit, for one month.
     */
    private void priceServiceTime(Instant start) {
        BigDecimal full = unitPrice.multiply(BigDecimal.valueOf(quantity));
        if (term == null || billing == BillingFrequency.ONE_TIME) {
            amount = full;
            return;
        }
        Period termLength = Period.parse(term);
        serviceFrom = start;
        if (billing == BillingFrequency.MONTHLY) {
            amount = monthlyShare(0);
            serviceUntil = start.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
        } else {
            amount = full;
            serviceUntil = start.atZone(ZoneOffset.UTC).plus(termLength).toInstant();
        }
    }

    int minorUnits() {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    /** The tax {@code amount} contains, where the rate is known: amount × rate / (1 + rate), half-up. */
    private BigDecimal taxContained() {
        return taxRate == null ? null : IncludedTax.in(amount(), taxRate).amount();
    }

    ChargeRecorded recordedEvent() {
        return new ChargeRecorded(UUID.randomUUID(), chargedAt, id, orderId, lineId, partnerTenantId, customerId, amount(),
                billingPeriod);
    }
}
