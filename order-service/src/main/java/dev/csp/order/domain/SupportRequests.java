package dev.csp.order.domain;

import dev.csp.events.Actor;
import dev.csp.events.Money;
import dev.csp.events.order.RefundApproved;
import dev.csp.kit.failure.Failure;
import dev.csp.kit.metrics.BusinessMetrics;
import dev.csp.kit.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Refund support requests: partners submit and read their own; platform support reads all, each with its order, and
 * decides. An approval cancels the request's lines (the order's, when it names no line) that are still active and
 * commits together with order-cancelled (entitlement revokes their keys and links; billing credits nothing by policy)
 * and refund-approved (billing credits the approved amount, once). A rejection changes nothing but the request.
 */
@ApplicationScoped
public class SupportRequests {

    /** Who is looking: a partner sees its own tenant's requests, platform support sees every request. */
    public record Viewer(UUID tenantId, boolean platformSupport) {
    }

    /** A request with the order it is about, its lines and where their effects stand, as support decides on it. */
    public record Case(SupportRequest request, TrackedOrder order) {
    }

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    BusinessMetrics metrics;

    /** The requests with their orders, read in one query each (the orders and their effects). */
    @Transactional
    public List<Case> withOrders(List<SupportRequest> requests) {
        List<Order> orders = requests.isEmpty() ? List.of()
                : Order.list("id in ?1", requests.stream().map(request -> request.orderId).distinct().toList());
        Map<UUID, OrderEffects> effects = OrderEffects.of(orders);
        Map<UUID, Order> byId = new HashMap<>();
        orders.forEach(order -> byId.put(order.id, order));
        return requests.stream().map(request -> new Case(request, new TrackedOrder(byId.get(request.orderId),
                effects.get(request.orderId)))).toList();
    }

    @Transactional
    public Case withOrder(SupportRequest request) {
        return withOrders(List.of(request)).get(0);
    }

    @Transactional
    public SupportRequest submit(UUID partnerTenantId, RefundClaim claim, List<Attachment> files, Actor partner) {
        RefundClaim.Subject subject = subjectOf(partnerTenantId, claim);
        Money paid = subject.amountPaid();
        if (!claim.amount().currency().equals(paid.currency())) {
            throw Failure.ruleViolated("currency-mismatch",
                    "The order was paid in " + paid.currency() + "; request the amount in " + paid.currency() + ".");
        }
        if (claim.amount().amount().compareTo(paid.amount()) > 0) {
            throw Failure.ruleViolated("amount-exceeds-paid",
                    "At most " + paid.amount() + " " + paid.currency() + " was paid for this order or subscription.");
        }
        SupportRequest request = SupportRequest.submit(claim, subject, files, partner, clock.instant());
        request.persist();
        return request;
    }

    @Transactional
    public List<SupportRequest> list(Viewer viewer, SupportRequest.Status status, int offset, int count) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!viewer.platformSupport()) {
            conditions.add("partnerTenantId = :tenant");
            parameters.put("tenant", viewer.tenantId());
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.put("status", status);
        }
        Sort newestFirst = Sort.descending("submittedAt").and("id");
        PanacheQuery<SupportRequest> query = conditions.isEmpty() ? SupportRequest.findAll(newestFirst)
                : SupportRequest.find(String.join(" and ", conditions), newestFirst, parameters);
        return query.range(offset, offset + count - 1).list();
    }

    @Transactional
    public SupportRequest get(Viewer viewer, UUID requestId) {
        return SupportRequest.<SupportRequest>findByIdOptional(requestId)
                .filter(request -> viewer.platformSupport() || request.partnerTenantId.equals(viewer.tenantId()))
                .orElseThrow(() -> Failure.notFound("Support request", requestId));
    }

    /** The attachment's content is read here, inside the transaction, so the caller gets its bytes. */
    @Transactional
    public SupportRequestAttachment attachment(Viewer viewer, UUID requestId, UUID attachmentId) {
        SupportRequestAttachment found = get(viewer, requestId).attachments.stream()
                .filter(attachment -> attachment.id.equals(attachmentId)).findFirst()
                .orElseThrow(() -> Failure.notFound("Attachment", attachmentId));
        found.content.clone(); // loads the lazy content while the session is open
        return found;
    }

    @Transactional
    public SupportRequest startReview(UUID requestId, Actor agent) {
        SupportRequest request = locked(requestId);
        request.startReview(agent);
        return request;
    }

    /**
     * Approves the request and cancels its lines still active, under the request's lock and then the order's (as a
     * partner's cancellation takes it), so the two cannot both cancel a line. Lines cancelled before keep their
     * cancellation; the approved amount is still credited, up to what remains of the charge.
     */
    @Transactional
    public SupportRequest approve(UUID requestId, Money amount, String note, Actor agent) {
        SupportRequest request = locked(requestId);
        RefundApproved approved = request.approve(agent, amount, note, clock.instant());
        Order order = Order.lockOf(request.customer, request.orderId)
                .orElseThrow(() -> Failure.notFound("Order", request.orderId));
        order.cancelByApprovedRefund(request.id, request.lineIds(), agent, clock.instant()).ifPresent(cancelled -> {
            outbox.publish(cancelled);
            metrics.countOnCommit("csp.orders.cancelled", "Cancellations of some or all of an order's lines (committed)");
        });
        outbox.publish(approved);
        return request;
    }

    @Transactional
    public SupportRequest reject(UUID requestId, String note, Actor agent) {
        SupportRequest request = locked(requestId);
        request.reject(agent, note, clock.instant());
        return request;
    }

    private static SupportRequest locked(UUID requestId) {
        return SupportRequest.<SupportRequest>findByIdOptional(requestId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Failure.notFound("Support request", requestId));
    }

    /** The partner's customer by tenant GUID or domain, and its order or subscription; anything else is a 422. */
    private static RefundClaim.Subject subjectOf(UUID partnerTenantId, RefundClaim claim) {
        Customer customer = (claim.customerTenantId() != null
                ? Customer.<Customer>find("partnerTenantId = ?1 and tenantId = ?2", partnerTenantId, claim.customerTenantId())
                : Customer.<Customer>find("partnerTenantId = ?1 and domain = ?2", partnerTenantId,
                claim.customerDomain().trim().toLowerCase(Locale.ROOT)))
                .firstResultOptional()
                .orElseThrow(() -> Failure.ruleViolated("unknown-customer",
                        "None of your customers has that tenant GUID or domain."));
        OrderLine line = claim.subscriptionId() == null ? null : OrderLine.findOf(customer, claim.subscriptionId())
                .orElseThrow(() -> Failure.ruleViolated("unknown-subscription",
                        "The customer has no subscription " + claim.subscriptionId() + "."));
        UUID orderId = claim.orderId() != null ? claim.orderId() : line.order.id;
        Order order = Order.findOf(customer, orderId)
                .filter(found -> line == null || found.id.equals(line.order.id))
                .orElseThrow(() -> Failure.ruleViolated("unknown-order",
                        "The customer has no order " + orderId + (line == null ? "" : " holding that subscription") + "."));
        return new RefundClaim.Subject(customer, order, line != null ? line : onlyLineOf(order));
    }

    /** A refund is credited against one line's charge: an order named alone must have just one line. */
    private static OrderLine onlyLineOf(Order order) {
        if (order.lines.size() != 1) {
            throw Failure.ruleViolated("subscription-required", "Order " + order.id + " has "
                    + order.lines.size() + " lines: name the one the refund is for in subscriptionId.");
        }
        return order.lines.get(0);
    }
}
