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
 *
 * <p>{@code refundRequestId} is set when platform support cancelled the lines by approving that refund support
 * request. Then the credit is the approved amount, which {@code refund-approved} carries, and nothing else: each line's
 * {@code refundKind} is NONE (the cancellation itself gives nothing back), so billing credits the lines once, by the
 * approval, whichever of the two events comes first and however often either is delivered. Null for a cancellation by
 * the partner, credited by each line's policy.
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
        List<CancelledLine> lines,
        UUID refundRequestId) implements Event {

    public static final String TOPIC = "order-cancelled";

    /** A cancellation by the partner, credited by each line's policy. */
    public OrderCancelled(UUID eventId, Instant occurredAt, UUID orderId, UUID partnerTenantId, UUID customerId,
                          UUID customerTenantId, Instant placedAt, Actor cancelledBy, List<UUID> lineIds,
                          List<CancelledLine> lines) {
        this(eventId, occurredAt, orderId, partnerTenantId, customerId, customerTenantId, placedAt, cancelledBy, lineIds,
                lines, null);
    }

    /** Whether an approved refund request cancelled these lines: billing credits the approved amount only. */
    public boolean byApprovedRefund() {
        return refundRequestId != null;
    }

    /** A cancelled line: what its policy gives back (full, prorated, nothing) and what was paid (unit price × quantity). */
    public record CancelledLine(UUID lineId, ProductPublished.RefundKind refundKind, Money amountPaid) {
    }

    @Override
    public String key() {
        return orderId.toString();
    }
}
