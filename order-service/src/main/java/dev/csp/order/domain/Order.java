package dev.csp.order.domain;

import dev.csp.events.Actor;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.api.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A purchase for one customer: placed once, cancellable within its window, never edited. */
@Entity
@Table(name = "customer_order")
public class Order extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    public Customer customer;

    @Column(name = "partner_tenant_id", nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(name = "placed_at", nullable = false, updatable = false)
    public Instant placedAt;

    @Column(name = "placed_by", nullable = false, updatable = false)
    public String placedBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
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

    public static List<Order> history(Customer customer, int page, int size) {
        return find("customer", Sort.descending("placedAt").and("id"), customer).page(Page.of(page, size)).list();
    }

    public CancellationAssessment cancellation(Instant now) {
        return CancellationPolicy.evaluate(this, now);
    }

    /** Cancels every line, or refuses with the reason the policy gives. */
    public OrderCancelled cancel(Actor actor, Instant now) {
        CancellationAssessment assessment = cancellation(now);
        if (!assessment.cancellable()) {
            throw ProblemException.conflict(assessment.reason(), refusal(assessment));
        }
        status = OrderStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = actor.userName();
        lines.forEach(line -> line.status = OrderLine.LineStatus.CANCELLED);
        return new OrderCancelled(UUID.randomUUID(), now, id, partnerTenantId, customer.id, customer.tenantId,
                placedAt, actor, lines.stream().map(line -> line.id).toList());
    }

    public OrderPlaced placedEvent(Actor buyer) {
        return new OrderPlaced(UUID.randomUUID(), placedAt, id, partnerTenantId, customer.id, customer.tenantId,
                customer.name, customer.market, buyer, lines.stream().map(OrderLine::toEvent).toList());
    }

    int shortestCancellationWindowDays() {
        return lines.stream().mapToInt(line -> line.cancellationDays).min().orElse(0);
    }

    private String refusal(CancellationAssessment assessment) {
        return switch (assessment.reason()) {
            case "already-cancelled" -> "Order " + id + " is already cancelled.";
            case "not-cancellable" -> "Order " + id + " holds a product that cannot be cancelled (SUSE and Red Hat plans).";
            default -> "The cancellation window of order " + id + " ended at " + assessment.windowEndsAt() + ".";
        };
    }
}
