package dev.csp.order.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.csp.events.Money;
import dev.csp.order.domain.RefundClaim;
import dev.csp.order.domain.SupportContact;
import dev.csp.order.domain.SupportRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A refund support request as the document's form asks for it: type "CSP purchase/refund on behalf of customers",
 * impact and title; the customer's tenant GUID or domain; the order id or subscription id; the refund reason and
 * the amount requested; the contact's name, email and phone.
 */
public record NewSupportRequest(
        @NotNull SupportRequest.Type type,
        @NotNull SupportRequest.Impact impact,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        UUID customerTenantId,
        @Size(max = 253) String customerDomain,
        UUID orderId,
        UUID subscriptionId,
        @NotBlank @Size(max = 2000) String refundReason,
        @NotNull @Valid Amount amountRequested,
        @NotNull @Valid Contact contact) {

    /** {@code amount} is sent as a JSON string, as every amount travels here ({@code "120.00"}). */
    public record Amount(@NotNull @Positive @Digits(integer = 15, fraction = 4) @Schema(type = SchemaType.STRING)
                         BigDecimal amount,
                         @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as USD") String currency) {

        Money money() {
            return new Money(amount, currency);
        }
    }

    public record Contact(@NotBlank @Size(max = 200) String name,
                          @NotBlank @Email @Size(max = 254) String email,
                          @NotBlank @Pattern(regexp = "^\\+?[0-9 ()./-]{6,30}$", message = "must be a phone number") String phone) {
    }

    @JsonIgnore
    @AssertTrue(message = "name the customer by customerTenantId or customerDomain")
    public boolean isCustomerNamed() {
        return customerTenantId != null || (customerDomain != null && !customerDomain.isBlank());
    }

    @JsonIgnore
    @AssertTrue(message = "name the orderId or the subscriptionId")
    public boolean isPurchaseNamed() {
        return orderId != null || subscriptionId != null;
    }

    RefundClaim claim() {
        return new RefundClaim(type, impact, title, description, customerTenantId, customerDomain, orderId,
                subscriptionId, refundReason, amountRequested.money(),
                new SupportContact(contact.name().trim(), contact.email().trim(), contact.phone().trim()));
    }
}
