package dev.csp.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What platform support decides about a refund request. */
final class SupportDecision {

    private SupportDecision() {
    }

    /** The amount support grants: at most what was requested, in its currency. */
    public record Approval(@NotNull @Valid NewSupportRequest.Amount approvedAmount, @Size(max = 2000) String note) {
    }

    public record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }
}
