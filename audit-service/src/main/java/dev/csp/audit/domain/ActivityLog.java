package dev.csp.audit.domain;

import dev.csp.events.Actor;
import dev.csp.events.Event;
import dev.csp.events.activity.DownloadLinkCreated;
import dev.csp.events.activity.DownloadLinkRevoked;
import dev.csp.events.activity.SoftwareDownloaded;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Turns events into log entries, each appended to its partner's hash chain. */
@ApplicationScoped
public class ActivityLog {

    private final ActivityChain chain;

    ActivityLog(ActivityChain chain) {
        this.chain = chain;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Event event) {
        record(List.of(event));
    }

    /** A batch's entries, in their order, each partner's appended under one lock of its chain head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<? extends Event> events) {
        chain.append(events.stream().map(ActivityLog::entryFor).toList());
    }

    private static Activity entryFor(Event event) {
        Activity activity = new Activity();
        activity.eventId = event.eventId();
        activity.occurredAt = event.occurredAt();
        describe(event, activity);
        return activity;
    }

    private static void describe(Event event, Activity a) {
        if (event instanceof SoftwareKeyAccessed e) {
            about(a, ActivityType.KEY_ACCESSED, e.partnerTenantId(), e.customerId(), e.customerTenantId(),
                    e.entitlementId(), e.orderId(), e.productName(), e.actor(), null);
        } else if (event instanceof DownloadLinkCreated e) {
            about(a, ActivityType.DOWNLOAD_LINK_CREATED, e.partnerTenantId(), e.customerId(), e.customerTenantId(),
                    e.entitlementId(), e.orderId(), e.productName(), e.actor(), variant(e.variant()));
        } else if (event instanceof DownloadLinkRevoked e) {
            // the actor is who revoked it; whose link it was goes in the detail, beside the build
            about(a, ActivityType.DOWNLOAD_LINK_REVOKED, e.partnerTenantId(), e.customerId(), e.customerTenantId(),
                    e.entitlementId(), e.orderId(), e.productName(), e.actor(),
                    variant(e.variant()) + ", link made by " + e.linkCreatedBy().userName());
        } else if (event instanceof SoftwareDownloaded e) {
            about(a, ActivityType.SOFTWARE_DOWNLOADED, e.partnerTenantId(), e.customerId(), e.customerTenantId(),
                    e.entitlementId(), e.orderId(), e.productName(), e.actor(), variant(e.variant()));
        } else if (event instanceof OrderPlaced e) {
            about(a, ActivityType.ORDER_PLACED, e.partnerTenantId(), e.customerId(), e.customerTenantId(), e.orderId(),
                    e.orderId(), names(e), e.placedBy(), e.lines().size() + " line(s)");
        } else if (event instanceof OrderCancelled e) {
            about(a, ActivityType.ORDER_CANCELLED, e.partnerTenantId(), e.customerId(), e.customerTenantId(), e.orderId(),
                    e.orderId(), null, e.cancelledBy(), e.lineIds().size() + " line(s)");
        } else if (event instanceof EntitlementRevoked e) {
            about(a, ActivityType.ENTITLEMENT_REVOKED, e.partnerTenantId(), e.customerId(), e.customerTenantId(),
                    e.entitlementId(), e.orderId(), null, null, null);
        } else if (event instanceof RefundApproved e) {
            about(a, ActivityType.REFUND_APPROVED, e.partnerTenantId(), e.customerId(), null, e.refundRequestId(),
                    e.orderId(), null, e.approvedBy(), e.amount().amount() + " " + e.amount().currency());
        } else if (event instanceof CreditIssued e) {
            about(a, ActivityType.CREDIT_ISSUED, e.partnerTenantId(), e.customerId(), null, e.creditId(), e.orderId(),
                    null, null, e.amount().amount() + " " + e.amount().currency() + " " + e.reason());
        } else {
            throw new IllegalArgumentException("No activity for " + event.topic());
        }
    }

    private static void about(Activity a, ActivityType type, UUID partner, UUID customer, UUID customerTenant, UUID subject,
                              UUID order, String product, Actor actor, String detail) {
        a.type = type;
        a.partnerTenantId = partner;
        a.customerId = customer;
        a.customerTenantId = customerTenant;
        a.subjectId = subject;
        a.orderId = order;
        a.productName = product;
        a.detail = detail;
        if (actor != null) {
            a.userName = actor.userName();
            a.userTenantId = actor.tenantId();
            a.userRole = actor.role();
        }
    }

    private static String variant(dev.csp.events.activity.DownloadVariant v) {
        return v.version() + " " + v.language() + " " + v.bitness();
    }

    private static String names(OrderPlaced order) {
        return String.join(", ", order.lines().stream().map(OrderPlaced.Line::productName).distinct().toList());
    }
}
