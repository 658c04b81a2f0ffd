package dev.csp.entitlement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A line whose cancellation arrived before its order did; the entitlement is revoked the moment it is granted. */
@Entity
class CancelledLine extends PanacheEntityBase {

    @Id
    UUID lineId;

    @Column(nullable = false)
    UUID orderId;

    @Column(nullable = false)
    Instant cancelledAt;

    static void remember(UUID lineId, UUID orderId, Instant now) {
        if (findById(lineId) == null) {
            CancelledLine line = new CancelledLine();
            line.lineId = lineId;
            line.orderId = orderId;
            line.cancelledAt = now;
            line.persist();
        }
    }
}
