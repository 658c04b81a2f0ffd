package dev.csp.events.activity;

import java.util.UUID;

/**
 * The entitlement an activity was on, and whose it is. Each activity event holds it {@code @JsonUnwrapped}: on the
 * wire its fields stand flat in the event, where they always stood.
 */
public record EntitlementRef(
        UUID entitlementId,
        UUID orderId,
        UUID partnerTenantId,
        UUID customerId,
        UUID customerTenantId,
        String productName) {

    /** The Kafka key of every activity event on the entitlement, so that they stay in the order they happened. */
    public String key() {
        return entitlementId.toString();
    }
}
