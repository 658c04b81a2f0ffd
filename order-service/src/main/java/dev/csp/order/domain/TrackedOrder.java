package dev.csp.order.domain;

/** An order together with where its effects stand, as the order history shows it. */
public record TrackedOrder(Order order, OrderEffects effects) {
}
