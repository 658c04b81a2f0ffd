package dev.csp.order.domain;

import dev.csp.events.Money;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where an order's effects stand, from what entitlement-service and billing-service reported: per line, whether
 * its keys (entitlement) were granted and revoked, the charge recorded and the credit issued; for the whole order,
 * whether every line's keys were granted, whether every cancelled line's keys were revoked, and the sums.
 */
public record OrderEffects(Stand order, Map<UUID, Stand> lines) {

    /** {@code chargeRecorded} and {@code creditIssued} are null until billing reports one. */
    public record Stand(boolean keysGranted, Money chargeRecorded, boolean keysRevoked, Money creditIssued) {
    }

    /** The effects of each of the given orders, read in one query. */
    static Map<UUID, OrderEffects> of(List<Order> orders) {
        Map<UUID, List<OrderEffect>> byOrder = OrderEffect.ofOrders(orders.stream().map(o -> o.id).toList()).stream()
                .collect(Collectors.groupingBy(effect -> effect.orderId));
        return orders.stream().collect(Collectors.toMap(order -> order.id,
                order -> of(order, byOrder.getOrDefault(order.id, List.of()))));
    }

    static OrderEffects of(Order order, List<OrderEffect> effects) {
        Map<UUID, Stand> lines = order.lines.stream().collect(Collectors.toMap(line -> line.id,
                line -> stand(effects.stream().filter(effect -> effect.lineId.equals(line.id)).toList())));
        List<OrderLine> cancelled = order.lines.stream().filter(OrderLine::isCancelled).toList();
        Stand whole = new Stand(
                !lines.isEmpty() && lines.values().stream().allMatch(Stand::keysGranted),
                sum(effects, OrderEffect.Kind.CHARGE_RECORDED),
                !cancelled.isEmpty() && cancelled.stream().allMatch(line -> lines.get(line.id).keysRevoked()),
                sum(effects, OrderEffect.Kind.CREDIT_ISSUED));
        return new OrderEffects(whole, lines);
    }

    public Stand line(UUID lineId) {
        return lines.get(lineId);
    }

    private static Stand stand(List<OrderEffect> effects) {
        return new Stand(any(effects, OrderEffect.Kind.KEYS_GRANTED), sum(effects, OrderEffect.Kind.CHARGE_RECORDED),
                any(effects, OrderEffect.Kind.KEYS_REVOKED), sum(effects, OrderEffect.Kind.CREDIT_ISSUED));
    }

    private static boolean any(Collection<OrderEffect> effects, OrderEffect.Kind kind) {
        return effects.stream().anyMatch(is(kind));
    }

    /** Amounts of one order are all in its market's currency, so they add up; null when there are none yet. */
    private static Money sum(Collection<OrderEffect> effects, OrderEffect.Kind kind) {
        return effects.stream().filter(is(kind)).map(OrderEffect::money)
                .reduce((a, b) -> new Money(a.amount().add(b.amount()), a.currency()))
                .map(Money::normalized).orElse(null);
    }

    private static Predicate<OrderEffect> is(OrderEffect.Kind kind) {
        return effect -> effect.kind == kind;
    }
}
