package dev.csp.audit.domain;

import dev.csp.events.Actor;
import dev.csp.events.Event;
import dev.csp.events.EventTypes;
import dev.csp.events.activity.DownloadLinkCreated;
import dev.csp.events.activity.DownloadLinkRevoked;
import dev.csp.events.activity.EntitlementRef;
import dev.csp.events.activity.SoftwareDownloaded;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Turns events into log entries, each appended to its partner's hash chain. */
@ApplicationScoped
public class ActivityLog {

    private static final Map<Class<? extends Event>, BiConsumer<Event, Entry>> DESCRIPTIONS = descriptions();

    @Inject
    ActivityChain chain;

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
        describe(event, new Entry(activity));
        return activity;
    }

    private static void describe(Event event, Entry entry) {
        BiConsumer<Event, Entry> description = DESCRIPTIONS.get(event.getClass());
        if (description == null) {
            throw new IllegalArgumentException("No activity for " + event.topic());
        }
        description.accept(event, entry);
    }

    /** The topics whose events become entries: audit-service's consumer reads exactly these (ActivityTopicsTest). */
    public static Set<String> topics() {
        return EventTypes.BY_TOPIC.entrySet().stream().filter(t -> DESCRIPTIONS.containsKey(t.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<Class<? extends Event>, BiConsumer<Event, Entry>> descriptions() {
        Map<Class<? extends Event>, BiConsumer<Event, Entry>> all = new HashMap<>();
        on(all, SoftwareKeyAccessed.class, (e, entry) -> entry.on(ActivityType.KEY_ACCESSED, e.entitlement()).by(e.actor()));
        on(all, DownloadLinkCreated.class, (e, entry) -> entry.on(ActivityType.DOWNLOAD_LINK_CREATED, e.entitlement())
                .by(e.actor()).detail(variant(e.variant())));
        // the actor is who revoked it; whose link it was goes in the detail, beside the build
        on(all, DownloadLinkRevoked.class, (e, entry) -> entry.on(ActivityType.DOWNLOAD_LINK_REVOKED, e.entitlement())
                .by(e.actor()).detail(variant(e.variant()) + ", link made by " + e.linkCreatedBy().userName()));
        on(all, SoftwareDownloaded.class, (e, entry) -> entry.on(ActivityType.SOFTWARE_DOWNLOADED, e.entitlement())
                .by(e.actor()).detail(variant(e.variant())));
        on(all, OrderPlaced.class, (e, entry) -> entry.is(ActivityType.ORDER_PLACED, e.partnerTenantId())
                .customer(e.customerId(), e.customerTenantId()).about(e.orderId(), e.orderId())
                .product(names(e)).by(e.placedBy()).detail(e.lines().size() + " line(s)"));
        on(all, OrderCancelled.class, (e, entry) -> entry.is(ActivityType.ORDER_CANCELLED, e.partnerTenantId())
                .customer(e.customerId(), e.customerTenantId()).about(e.orderId(), e.orderId())
                .by(e.cancelledBy()).detail(e.lineIds().size() + " line(s)"));
        on(all, EntitlementRevoked.class, (e, entry) -> entry.is(ActivityType.ENTITLEMENT_REVOKED, e.partnerTenantId())
                .customer(e.customerId(), e.customerTenantId()).about(e.entitlementId(), e.orderId()));
        on(all, RefundApproved.class, (e, entry) -> entry.is(ActivityType.REFUND_APPROVED, e.partnerTenantId())
                .customer(e.customerId(), null).about(e.refundRequestId(), e.orderId()).by(e.approvedBy())
                .detail(e.amount().amount() + " " + e.amount().currency()));
        on(all, CreditIssued.class, (e, entry) -> entry.is(ActivityType.CREDIT_ISSUED, e.partnerTenantId())
                .customer(e.customerId(), null).about(e.creditId(), e.orderId())
                .detail(e.amount().amount() + " " + e.amount().currency() + " " + e.reason()));
        return Map.copyOf(all);
    }

    private static <E extends Event> void on(Map<Class<? extends Event>, BiConsumer<Event, Entry>> all, Class<E> type,
                                             BiConsumer<E, Entry> description) {
        all.put(type, (event, entry) -> description.accept(type.cast(event), entry));
    }

    /** An entry being described: each part an event fills is named, where ten positional arguments stood before. */
    private record Entry(Activity a) {

        Entry is(ActivityType type, UUID partnerTenantId) {
            a.type = type;
            a.partnerTenantId = partnerTenantId;
            return this;
        }

        Entry customer(UUID customerId, UUID customerTenantId) {
            a.customerId = customerId;
            a.customerTenantId = customerTenantId;
            return this;
        }

        /** What the entry is about (an entitlement, an order, a refund request, a credit) and its order. */
        Entry about(UUID subjectId, UUID orderId) {
            a.subjectId = subjectId;
            a.orderId = orderId;
            return this;
        }

        /** An activity on an entitlement: its partner, customer, order and product, from the event's reference. */
        Entry on(ActivityType type, EntitlementRef entitlement) {
            return is(type, entitlement.partnerTenantId())
                    .customer(entitlement.customerId(), entitlement.customerTenantId())
                    .about(entitlement.entitlementId(), entitlement.orderId())
                    .product(entitlement.productName());
        }

        Entry product(String productName) {
            a.productName = productName;
            return this;
        }

        Entry by(Actor actor) {
            if (actor != null) {
                a.userName = actor.userName();
                a.userTenantId = actor.tenantId();
                a.userRole = actor.role();
            }
            return this;
        }

        Entry detail(String detail) {
            a.detail = detail;
            return this;
        }
    }

    private static String variant(dev.csp.events.activity.DownloadVariant v) {
        return v.version() + " " + v.language() + " " + v.bitness();
    }

    private static String names(OrderPlaced order) {
        return String.join(", ", order.lines().stream().map(OrderPlaced.Line::productName).distinct().toList());
    }
}
