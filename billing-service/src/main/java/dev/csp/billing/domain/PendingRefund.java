package dev.csp.billing.domain;

import dev.csp.events.Money;
import dev.csp.events.order.RefundApproved;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A refund approved before its order reached billing: credited the moment the line's charge is recorded. */
@Entity
class PendingRefund extends PanacheEntityBase {

    @Id
    UUID refundRequestId;

    @Column(nullable = false)
    UUID lineId;

    @Column(nullable = false)
    UUID partnerTenantId;

    @Column(nullable = false)
    BigDecimal amount;

    @Column(nullable = false)
    String currency;

    @Column(nullable = false)
    Instant approvedAt;

    static void remember(RefundApproved approval) {
        PendingRefund pending = new PendingRefund();
        pending.refundRequestId = approval.refundRequestId();
        pending.lineId = approval.lineId();
        pending.partnerTenantId = approval.partnerTenantId();
        pending.amount = approval.amount().amount();
        pending.currency = approval.amount().currency();
        pending.approvedAt = approval.occurredAt();
        pending.persist();
    }

    static List<PendingRefund> ofLine(UUID lineId) {
        return list("lineId", lineId);
    }

    Money approved() {
        return new Money(amount, currency);
    }
}
