package dev.csp.events.order;

import dev.csp.events.Actor;
import dev.csp.events.Event;
import dev.csp.events.Money;
import dev.csp.events.catalog.ProductPublished;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Lines of a purchase were cancelled within their window: keys are revoked and the lines credited. {@code lineIds}
 * are the lines cancelled now (all of the order's, or some of them); {@code lines} tells the same lines with the
 * refund kind they were sold under and the amount paid for them. Key: order id.
 */
public record OrderCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID partnerTenantId,
        UUID customerId,
        UUID customerTenantId,
        Instant placedAt,
        Actor cancelledBy,
        List<UUID> lineIds,
        List<CancelledLine> lines) implements Event {

    public static final String TOPIC = "order-cancelled";

    /** A cancelled line: what its policy gives back (full, prorated, nothing) and what was paid (unit price × quantity). */
    public record CancelledLine(UUID lineId, ProductPublished.RefundKind refundKind, Money amountPaid) {
    }

    @Override
    public String key() {
        return orderId.toString();
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
