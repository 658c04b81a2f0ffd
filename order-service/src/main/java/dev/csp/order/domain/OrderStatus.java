package dev.csp.order.domain;

/** PARTIALLY_CANCELLED: some lines were cancelled, others still stand. */
public enum OrderStatus {
    PLACED,
    PARTIALLY_CANCELLED,
    CANCELLED
}
