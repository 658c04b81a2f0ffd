package dev.csp.order.domain;

import dev.csp.events.BillingFrequency;
import dev.csp.events.IncludedTax;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One purchased SKU, with the price, tax rule and cancellation policy it was sold under, never changed after. */
@Entity
public class OrderLine {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    Order order;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String productId;

    @Column(nullable = false)
    public String skuId;

    @Column(nullable = false)
    public String productName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductKind kind;

    @Column(nullable = false)
    public int quantity;

    public String term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BillingFrequency billing;

    @Column(nullable = false)
    public BigDecimal unitPrice;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public boolean taxIncluded;

    /** The rate of the tax the price contains, where it does (0.10); null elsewhere and on lines sold before rates. */
    public BigDecimal taxRate;

    @Column(nullable = false)
    public int policyVersion;

    @Column(nullable = false)
    public boolean cancellable;

    @Column(nullable = false)
    public int cancellationDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductPublished.RefundKind refundKind;

    public BigDecimal supportRequestAbove;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineStatus status = LineStatus.ACTIVE;

    public Instant cancelledAt;

    protected OrderLine() {
    }

    OrderLine(Order order, int position, SkuOffer.Quote quote) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.position = position;
        this.productId = quote.offer().product().productId();
        this.skuId = quote.offer().sku().skuId();
        this.productName = quote.offer().product().name();
        this.kind = quote.offer().product().kind();
        this.quantity = quote.quantity();
        this.term = quote.term();
        this.billing = quote.billing();
        this.unitPrice = quote.price().unitPrice().amount();
        this.currency = quote.price().unitPrice().currency();
        this.taxIncluded = quote.price().taxIncluded();
        this.taxRate = quote.price().taxIncluded() ? quote.price().taxRate() : null;
        this.policyVersion = quote.policy().version();
        this.cancellable = quote.policy().cancellable();
        this.cancellationDays = quote.policy().windowDays();
        this.refundKind = quote.policy().refundKind();
        this.supportRequestAbove = quote.policy().supportRequestAbove().stream()
                .filter(limit -> limit.currency().equals(currency)).map(Money::amount).findFirst().orElse(null);
    }

    /** A customer's subscription: one line of one of its orders. */
    static Optional<OrderLine> findOf(Customer customer, UUID lineId) {
        return Order.getEntityManager()
                .createQuery("from OrderLine where id = :id and order.customer = :customer", OrderLine.class)
                .setParameter("id", lineId).setParameter("customer", customer)
                .getResultStream().findFirst();
    }

    public enum LineStatus {
        ACTIVE,
        CANCELLED
    }

    public Money unitPrice() {
        return new Money(unitPrice, currency).normalized();
    }

    /** Unit price × quantity: what the partner is charged for this line, and the base of its refund. */
    public Money amountPaid() {
        return unitPrice().times(quantity).normalized();
    }

    /** The tax the amount paid contains, where the price includes tax at a known rate. */
    public Optional<Money> taxPaid() {
        return taxRate == null ? Optional.empty() : Optional.of(IncludedTax.in(amountPaid(), taxRate));
    }

    /** The rate as stated, with at least two decimals (0.10); null where none is known. */
    public BigDecimal statedTaxRate() {
        return IncludedTax.stated(taxRate);
    }

    public boolean isCancelled() {
        return status == LineStatus.CANCELLED;
    }

    /** The first instant at which this line can no longer be cancelled: placed + windowDays × 24 h. */
    Instant windowEndsAt() {
        return order.placedAt.plus(Duration.ofDays(cancellationDays));
    }

    /** What this line's policy lets a partner cancel of the order alone, if it sets a limit in the line's currency. */
    Optional<Money> supportRequestLimit() {
        return Optional.ofNullable(supportRequestAbove).map(limit -> new Money(limit, currency));
    }

    /** Whether cancelling {@code total} (in this line's currency) is more than this line's policy lets a partner do alone. */
    boolean needsSupportRequestToCancel(Money total) {
        return supportRequestAbove != null && total.currency().equals(currency)
                && total.amount().compareTo(supportRequestAbove) > 0;
    }

    void cancel(Instant now) {
        status = LineStatus.CANCELLED;
        cancelledAt = now;
    }

    OrderCancelled.CancelledLine toCancelledEvent() {
        return new OrderCancelled.CancelledLine(id, refundKind, amountPaid());
    }

    /** Cancelled by an approved refund request: the approval's amount is the credit, so nothing by the policy. */
    OrderCancelled.CancelledLine toSettledByRefundEvent() {
        return new OrderCancelled.CancelledLine(id, ProductPublished.RefundKind.NONE, amountPaid());
    }

    OrderPlaced.Line toEvent() {
        return new OrderPlaced.Line(id, productId, skuId, productName, kind, quantity, term, billing, unitPrice(),
                taxIncluded, policyVersion, statedTaxRate());
    }
}
