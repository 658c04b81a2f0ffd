package dev.csp.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewCustomer(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                message = "must be a tenant GUID") String tenantId,
        @NotBlank @Size(max = 253) @Pattern(regexp = "^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$",
                message = "must be a domain name") String domain,
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 market code such as US") String market) {
}
