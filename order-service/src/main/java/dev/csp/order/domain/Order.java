package dev.csp.order.domain;

import dev.csp.events.Actor;
import dev.csp.events.Money;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.failure.Failure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A purchase for one customer: placed once, its lines cancellable (all or some) within their window, never edited. */
@Entity
@Table(name = "customer_order")
public class Order extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(updatable = false)
    public Customer customer;

    @Column(nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(nullable = false, updatable = false)
    public Instant placedAt;

    @Column(nullable = false, updatable = false)
    public String placedBy;

    public Instant cancelledAt;

    public String cancelledBy;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    public static Order place(Customer customer, List<SkuOffer.Quote> quotes, Actor buyer, Instant now) {
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.customer = customer;
        order.partnerTenantId = customer.partnerTenantId;
        order.status = OrderStatus.PLACED;
        order.placedAt = now;
        order.placedBy = buyer.userName();
        for (SkuOffer.Quote quote : quotes) {
            order.lines.add(new OrderLine(order, order.lines.size() + 1, quote));
        }
        return order;
    }

    public static Optional<Order> findOf(Customer customer, UUID orderId) {
        return Order.<Order>findByIdOptional(orderId).filter(order -> order.customer.id.equals(customer.id));
    }

    /**
     * The order, locked until the transaction ends. The row is locked before the lines are read, so a cancellation
     * that had to wait for another one sees the lines as the other left them.
     */
    static Optional<Order> lockOf(Customer customer, UUID orderId) {
        getEntityManager().createNativeQuery("select id from customer_order where id = :id for update")
                .setParameter("id", orderId)
                .getResultList();
        return findOf(customer, orderId);
    }

    public static List<Order> history(Customer customer, int offset, int count) {
        return find("customer", Sort.descending("placedAt").and("id"), customer).range(offset, offset + count - 1).list();
    }

    /** What the order's cancelled lines were paid: what it has had cancelled so far (lines share the order's currency). */
    Money cancelledAmount() {
        String currency = lines.get(0).currency;
        return new Money(lines.stream().filter(OrderLine::isCancelled).map(line -> line.amountPaid().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    /** Whether the named lines (none named: every line still active) can be cancelled now. */
    public CancellationAssessment cancellation(Collection<UUID> lineIds, Instant now) {
        return CancellationPolicy.evaluate(select(lineIds), now);
    }

    /** Cancels the named lines (none named: every line still active), or refuses with the reason the policy gives. */
    public OrderCancelled cancel(Actor actor, Collection<UUID> lineIds, Instant now) {
        CancellationAssessment assessment = cancellation(lineIds, now);
        if (!assessment.cancellable()) {
            Failure refused = Failure.notAllowedNow(assessment.reason(), refusal(assessment));
            throw CancellationAssessment.SUPPORT_REQUEST_REQUIRED.equals(assessment.reason())
                    ? refused.with("supportRequestUrl", SupportLinks.refundRequestFor(id)) : refused;
        }
        List<OrderLine> cancelling = select(assessment.lineIds());
        markCancelled(cancelling, actor, now);
        return new OrderCancelled(UUID.randomUUID(), now, id, partnerTenantId, customer.id, customer.tenantId,
                placedAt, actor, cancelling.stream().map(line -> line.id).toList(),
                cancelling.stream().map(OrderLine::toCancelledEvent).toList());
    }

    /**
     * Cancels the named lines still active because platform support approved refund request {@code refundRequestId}:
     * support decides, so neither the window, nor the policy, nor the limit applies. The event credits nothing by
     * policy (each line's refund kind is NONE): the credit is the approved amount, which refund-approved carries.
     * Empty when every named line was cancelled already (its keys revoked, its credit given by its policy).
     */
    Optional<OrderCancelled> cancelByApprovedRefund(UUID refundRequestId, Collection<UUID> lineIds, Actor agent,
                                                    Instant now) {
        List<OrderLine> cancelling = select(lineIds).stream().filter(line -> !line.isCancelled()).toList();
        if (cancelling.isEmpty()) {
            return Optional.empty();
        }
        markCancelled(cancelling, agent, now);
        return Optional.of(new OrderCancelled(UUID.randomUUID(), now, id, partnerTenantId, customer.id,
                customer.tenantId, placedAt, agent, cancelling.stream().map(line -> line.id).toList(),
                cancelling.stream().map(OrderLine::toSettledByRefundEvent).toList(), refundRequestId));
    }

    private void markCancelled(List<OrderLine> cancelling, Actor actor, Instant now) {
        cancelling.forEach(line -> line.cancel(now));
        status = lines.stream().allMatch(OrderLine::isCancelled) ? OrderStatus.CANCELLED : OrderStatus.PARTIALLY_CANCELLED;
        cancelledAt = now;
        cancelledBy = actor.userName();
    }

    public OrderPlaced placedEvent(Actor buyer) {
        return new OrderPlaced(UUID.randomUUID(), placedAt, id, partnerTenantId, customer.id, customer.tenantId,
                customer.name, customer.market, buyer, lines.stream().map(OrderLine::toEvent).toList());
    }

    public Optional<OrderLine> line(UUID lineId) {
        return lines.stream().filter(line -> line.id.equals(lineId)).findFirst();
    }

    /** What was paid for the whole order, in its market's currency. */
    public Money amountPaid() {
        return lines.stream().map(OrderLine::amountPaid)
                .reduce((a, b) -> new Money(a.amount().add(b.amount()), a.currency())).orElseThrow().normalized();
    }

    private List<OrderLine> select(Collection<UUID> lineIds) {
        if (lineIds == null || lineIds.isEmpty()) {
            return lines.stream().filter(line -> !line.isCancelled()).toList();
        }
        Set<UUID> wanted = new LinkedHashSet<>(lineIds);
        for (UUID lineId : wanted) {
            line(lineId).orElseThrow(() -> Failure.ruleViolated("unknown-line",
                    "Order " + id + " has no line " + lineId + "."));
        }
        return lines.stream().filter(line -> wanted.contains(line.id)).toList();
    }

    private String refusal(CancellationAssessment assessment) {
        return switch (assessment.reason()) {
            case CancellationAssessment.ALREADY_CANCELLED -> "These lines of order " + id + " are already cancelled.";
            case CancellationAssessment.NOT_CANCELLABLE ->
                    "Order " + id + " holds a product that cannot be cancelled (SUSE and Red Hat plans).";
            case CancellationAssessment.SUPPORT_REQUEST_REQUIRED ->
                    "Cancelling this much of order " + id + " needs a support request of type CSP purchase/refund.";
            default -> "The cancellation window of order " + id + " ended at " + assessment.windowEndsAt() + ".";
        };
    }
}
