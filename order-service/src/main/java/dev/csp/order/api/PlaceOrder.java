package dev.csp.order.api;

import dev.csp.events.BillingFrequency;
import dev.csp.order.domain.RequestedLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record PlaceOrder(@NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines) {

    /** {@code term} is an ISO-8601 period the SKU offers (P1Y, P3Y); absent for perpetual software. */
    public record Line(
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[a-z0-9-]+$", message = "must be a SKU id") String skuId,
            @NotNull @Min(1) @Max(100_000) Integer quantity,
            @Pattern(regexp = "^P[0-9]{1,2}[YM]$", message = "must be an ISO-8601 period such as P1Y") String term,
            BillingFrequency billing) {
    }

    List<RequestedLine> requestedLines() {
        return lines.stream().map(l -> new RequestedLine(l.skuId(), l.quantity(), l.term(), l.billing())).toList();
    }
}
