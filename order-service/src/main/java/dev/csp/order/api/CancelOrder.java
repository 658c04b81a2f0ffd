package dev.csp.order.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The partner confirms having read what cancelling does (keys and download links are revoked), and names the lines
 * to cancel; without {@code lineIds}, every line still active is cancelled.
 */
public record CancelOrder(@NotNull Boolean acknowledged, @Size(max = 50) List<@NotNull UUID> lineIds) {

    List<UUID> lines() {
        return lineIds == null ? List.of() : lineIds;
    }
}
