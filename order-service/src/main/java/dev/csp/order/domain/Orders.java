package dev.csp.order.domain;

import dev.csp.events.Actor;
import dev.csp.kit.api.ProblemException;
import dev.csp.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Placing and cancelling orders; each change commits together with the event that reports it. */
@ApplicationScoped
public class Orders {

    private final Customers customers;
    private final Outbox outbox;
    private final Clock clock;

    Orders(Customers customers, Outbox outbox, Clock clock) {
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Order place(UUID partnerTenantId, UUID customerId, List<RequestedLine> requested, Actor buyer) {
        Customer customer = customers.get(partnerTenantId, customerId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<SkuOffer.Quote> quotes = requested.stream()
                .map(line -> CatalogSku.offer(line.skuId())
                        .orElseThrow(() -> ProblemException.unprocessable("unknown-sku", "There is no SKU " + line.skuId() + "."))
                        .quote(customer.market, line.quantity(), line.term(), line.billing(), today))
                .toList();
        Order order = Order.place(customer, quotes, buyer, clock.instant());
        order.persist();
        outbox.publish(order.placedEvent(buyer));
        return order;
    }

    @Transactional
    public Order cancel(UUID partnerTenantId, UUID customerId, UUID orderId, Actor actor) {
        Customer customer = customers.get(partnerTenantId, customerId);
        Order order = Order.<Order>findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.customer.id.equals(customer.id))
                .orElseThrow(() -> ProblemException.notFound("Order", orderId));
        outbox.publish(order.cancel(actor, clock.instant()));
        return order;
    }

    @Transactional
    public Order get(UUID partnerTenantId, UUID customerId, UUID orderId) {
        return Order.findOf(customers.get(partnerTenantId, customerId), orderId)
                .orElseThrow(() -> ProblemException.notFound("Order", orderId));
    }

    @Transactional
    public List<Order> history(UUID partnerTenantId, UUID customerId, int page, int size) {
        return Order.history(customers.get(partnerTenantId, customerId), page, size);
    }

    @Transactional
    public CancellationAssessment cancellation(UUID partnerTenantId, UUID customerId, UUID orderId) {
        return get(partnerTenantId, customerId, orderId).cancellation(clock.instant());
    }
}
