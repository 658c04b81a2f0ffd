package dev.csp.events.entitlement;

import dev.csp.events.Event;
import dev.csp.events.ProductKind;
import java.time.Instant;
import java.util.UUID;

/** A purchased line became usable: a key and downloads where the product has them. Never carries the key. Key: order id. */
public record EntitlementGranted(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID lineId,
        UUID entitlementId,
        UUID partnerTenantId,
        UUID customerId,
        UUID customerTenantId,
        String productId,
        String skuId,
        ProductKind kind,
        boolean keyIssued) implements Event {

    public static final String TOPIC = "entitlement-granted";

    @Override
    public String key() {
        return orderId.toString();
    }
}
