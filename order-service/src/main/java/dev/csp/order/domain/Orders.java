package dev.csp.order.domain;

import dev.csp.events.Actor;
import dev.csp.kit.failure.Failure;
import dev.csp.kit.metrics.BusinessMetrics;
import dev.csp.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Placing and cancelling orders; each change commits together with the event that reports it, and is counted
 * ({@code csp_orders_placed_total}, {@code csp_orders_cancelled_total}) once it has committed.
 */
@ApplicationScoped
public class Orders {

    @Inject
    Customers customers;
    @Inject
    OrderRows rows;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    BusinessMetrics metrics;

    /** In plain JDBC ({@link OrderRows}): the sale's hot path opens no Hibernate session. */
    @Transactional
    public TrackedOrder place(UUID partnerTenantId, UUID customerId, List<RequestedLine> requested, Actor buyer) {
        Customer customer = rows.customer(partnerTenantId, customerId)
                .orElseThrow(() -> Failure.notFound("Customer", customerId));
        customer.requireRelationship();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, SkuOffer> offers = rows.offers(requested.stream().map(RequestedLine::skuId).distinct().toList());
        List<SkuOffer.Quote> quotes = requested.stream()
                .map(line -> Optional.ofNullable(offers.get(line.skuId()))
                        .orElseThrow(() -> Failure.ruleViolated("unknown-sku", "There is no SKU " + line.skuId() + "."))
                        .quote(customer.market, line.quantity(), line.term(), line.billing(), today))
                .toList();
        Order order = Order.place(customer, quotes, buyer, clock.instant());
        rows.insert(order);
        outbox.publish(order.placedEvent(buyer));
        metrics.countOnCommit("csp.orders.placed", "Orders placed (committed)");
        return new TrackedOrder(order, OrderEffects.of(order, List.of()));
    }

    /** Cancels the named lines, or every line still active when none are named. Concurrent cancellations queue. */
    @Transactional
    public TrackedOrder cancel(UUID partnerTenantId, UUID customerId, UUID orderId, Collection<UUID> lineIds, Actor actor) {
        Customer customer = customers.get(partnerTenantId, customerId);
        Order order = Order.lockOf(customer, orderId).orElseThrow(() -> Failure.notFound("Order", orderId));
        outbox.publish(order.cancel(actor, lineIds, clock.instant()));
        metrics.countOnCommit("csp.orders.cancelled", "Cancellations of some or all of an order's lines (committed)");
        return track(order);
    }

    @Transactional
    public TrackedOrder get(UUID partnerTenantId, UUID customerId, UUID orderId) {
        return track(find(partnerTenantId, customerId, orderId));
    }

    @Transactional
    public List<TrackedOrder> history(UUID partnerTenantId, UUID customerId, int offset, int count) {
        List<Order> orders = Order.history(customers.get(partnerTenantId, customerId), offset, count);
        Map<UUID, OrderEffects> effects = OrderEffects.of(orders);
        return orders.stream().map(order -> new TrackedOrder(order, effects.get(order.id))).toList();
    }

    @Transactional
    public CancellationAssessment cancellation(UUID partnerTenantId, UUID customerId, UUID orderId,
                                              Collection<UUID> lineIds) {
        return find(partnerTenantId, customerId, orderId).cancellation(lineIds, clock.instant());
    }

    private Order find(UUID partnerTenantId, UUID customerId, UUID orderId) {
        return Order.findOf(customers.get(partnerTenantId, customerId), orderId)
                .orElseThrow(() -> Failure.notFound("Order", orderId));
    }

    private static TrackedOrder track(Order order) {
        return new TrackedOrder(order, OrderEffects.of(List.of(order)).get(order.id));
    }
}
