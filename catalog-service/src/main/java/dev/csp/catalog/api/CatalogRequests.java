package dev.csp.catalog.api;

import dev.csp.events.BillingFrequency;
import dev.csp.events.Money;
import dev.csp.events.ProductKind;
import dev.csp.events.catalog.ProductPublished.RefundKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a catalog-admin sends. Shape and ranges are checked here (400); rules that need the catalog, in the domain. */
public final class CatalogRequests {

    static final String ID = "[a-z0-9][a-z0-9-]{1,62}";
    static final String TERM = "P[1-9][0-9]?[MY]";

    private CatalogRequests() {
    }

    public record NewProduct(@NotNull @Pattern(regexp = ID, message = "must be 2 to 63 lower-case letters, digits or dashes") String id,
                             @NotBlank @Size(max = 200) String name,
                             @NotNull ProductKind kind,
                             @NotBlank @Size(max = 100) String publisher) {
    }

    public record ProductChange(@NotBlank @Size(max = 200) String name,
                                @NotBlank @Size(max = 100) String publisher,
                                @NotNull Boolean active) {
    }

    /** {@code terms}: ISO-8601 periods such as P1Y, none for perpetual software. */
    public record SkuDefinition(@NotBlank @Size(max = 200) String name,
                                @NotNull @Size(max = 6) List<@NotNull @Pattern(regexp = TERM, message = "must be a period such as P1Y or P3Y") String> terms,
                                @NotEmpty @Size(max = 3) List<@NotNull BillingFrequency> billingOptions,
                                @NotNull @Min(1) @Max(100_000) Integer minQuantity,
                                @NotNull @Min(1) @Max(100_000) Integer maxQuantity) {
    }

    public record PriceList(@NotEmpty @Size(max = 1000) List<@NotNull @Valid MarketPriceEntry> prices) {
    }

    /** {@code term} null: the perpetual price. */
    public record MarketPriceEntry(@NotBlank @Size(min = 2, max = 2) String market,
                                   @Pattern(regexp = TERM, message = "must be a period such as P1Y or P3Y") String term,
                                   @NotNull Money unitPrice) {
    }

    public record Availability(@NotNull Boolean available) {
    }

    /** {@code supportRequestAbove}: one amount in each currency partners are billed in; none if not cancellable. */
    public record NewPolicyVersion(@NotNull ProductKind kind,
                                   @NotNull LocalDate effectiveFrom,
                                   @NotNull Boolean cancellable,
                                   @NotNull @Min(0) @Max(365) Integer windowDays,
                                   @NotNull RefundKind refundKind,
                                   @NotNull @Size(max = 50) List<@NotNull Money> supportRequestAbove) {
    }
}
