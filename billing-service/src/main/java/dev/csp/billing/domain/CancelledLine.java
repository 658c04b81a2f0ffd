package dev.csp.billing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A line whose cancellation arrived before its order: its charge is credited the moment it is recorded. */
@Entity
@Table(name = "cancelled_line")
class CancelledLine extends PanacheEntityBase {

    @Id
    @Column(name = "line_id")
    UUID lineId;

    @Column(name = "order_id", nullable = false)
    UUID orderId;

    @Column(name = "cancelled_at", nullable = false)
    Instant cancelledAt;

    static void remember(UUID lineId, UUID orderId, Instant cancelledAt) {
        if (findById(lineId) == null) {
            CancelledLine line = new CancelledLine();
            line.lineId = lineId;
            line.orderId = orderId;
            line.cancelledAt = cancelledAt;
            line.persist();
        }
    }
}
