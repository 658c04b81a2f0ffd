package dev.csp.entitlement.api;

import dev.csp.entitlement.domain.Entitlement;
import dev.csp.entitlement.domain.EntitlementStatus;
import dev.csp.events.ProductKind;
import java.time.Instant;
import java.util.UUID;

/** An entitlement as listed; never the key itself. {@code keyAvailable} is false once revoked. */
public record EntitlementView(UUID id, UUID orderId, UUID lineId, UUID customerId, String productId, String skuId,
                              String productName, ProductKind kind, int quantity, EntitlementStatus status,
                              boolean keyAvailable, Instant grantedAt, Instant revokedAt) {

    static EntitlementView of(Entitlement e) {
        return new EntitlementView(e.id, e.orderId, e.lineId, e.customerId, e.productId, e.skuId, e.productName, e.kind,
                e.quantity, e.status, e.hasKey(), e.grantedAt, e.revokedAt);
    }
}
