package dev.csp.order.domain;

public enum OrderStatus {
    PLACED,
    CANCELLED
}
