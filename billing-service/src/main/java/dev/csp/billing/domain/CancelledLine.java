package dev.csp.billing.domain;

import dev.csp.events.catalog.ProductPublished;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A cancelled line. Kafka does not order events across topics: when the cancellation arrives before its order, the
 * charge is credited the moment it is recorded; and a cancelled line is never charged another month.
 */
@Entity
class CancelledLine extends PanacheEntityBase {

    @Id
    UUID lineId;

    @Column(nullable = false)
    UUID orderId;

    @Column(nullable = false)
    Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    ProductPublished.RefundKind refundKind;

    static void remember(UUID lineId, UUID orderId, Instant cancelledAt, ProductPublished.RefundKind refundKind) {
        if (findById(lineId) == null) {
            CancelledLine line = new CancelledLine();
            line.lineId = lineId;
            line.orderId = orderId;
            line.cancelledAt = cancelledAt;
            line.refundKind = refundKind;
            line.persist();
        }
    }
}
