package dev.csp.order.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public record NewCustomer(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "An existing tenant to ask for a reseller relationship; leave out with `newTenant`.")
        @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                message = "must be a tenant GUID") String tenantId,
        @NotBlank @Size(max = 253) @Pattern(regexp = "^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$",
                message = "must be a domain name") String domain,
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 market code such as US") String market,
        @Schema(description = "`true` creates a new tenant for the customer (instead of `tenantId`): the reseller "
                + "relationship is then accepted at once.") Boolean newTenant) {

    /** The customer's tenant is named, or a new one is asked for: exactly one of the two. */
    @JsonIgnore
    @AssertTrue(message = "give either the tenantId of an existing tenant or newTenant: true, not both")
    public boolean isTenantChosen() {
        return Boolean.TRUE.equals(newTenant) ? tenantId == null : tenantId != null;
    }

    /** The existing tenant named, or null for a new one. */
    java.util.UUID existingTenantId() {
        return tenantId == null ? null : java.util.UUID.fromString(tenantId);
    }

    /** The catalog's markets: every ISO 3166 country, and Kosovo (XK), which ISO has not assigned yet. */
    private static final Set<String> MARKETS = Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of("XK"))
            .collect(Collectors.toUnmodifiableSet());

    /** A well-formed code that is no market (ZZ) is refused too: nothing could ever be sold to that customer. */
    @JsonIgnore
    @AssertTrue(message = "must be a market the catalog sells in, such as US")
    public boolean isMarketKnown() {
        return market == null || !market.matches("^[A-Z]{2}$") || MARKETS.contains(market);
    }
}
