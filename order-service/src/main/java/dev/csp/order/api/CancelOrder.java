package dev.csp.order.api;

import jakarta.validation.constraints.NotNull;

/** The partner confirms having read what cancelling does: keys and download links are revoked. */
public record CancelOrder(@NotNull Boolean acknowledged) {
}
