package dev.csp.events;

import dev.csp.events.activity.DownloadLinkCreated;
import dev.csp.events.activity.DownloadLinkRevoked;
import dev.csp.events.activity.SoftwareDownloaded;
import dev.csp.events.activity.SoftwareKeyAccessed;
import dev.csp.events.audit.CheckpointSigned;
import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.billing.InvoiceIssued;
import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.entitlement.EntitlementGranted;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every topic and the one event type it carries. */
public final class EventTypes {

    public static final Map<String, Class<? extends Event>> BY_TOPIC = byTopic();
    private static final Map<Class<? extends Event>, String> TOPIC_OF = topicOf();

    private EventTypes() {
    }

    private static Map<String, Class<? extends Event>> byTopic() {
        Map<String, Class<? extends Event>> topics = new LinkedHashMap<>();
        topics.put(ProductPublished.TOPIC, ProductPublished.class);
        topics.put(OrderPlaced.TOPIC, OrderPlaced.class);
        topics.put(OrderCancelled.TOPIC, OrderCancelled.class);
        topics.put(RefundApproved.TOPIC, RefundApproved.class);
        topics.put(EntitlementGranted.TOPIC, EntitlementGranted.class);
        topics.put(EntitlementRevoked.TOPIC, EntitlementRevoked.class);
        topics.put(SoftwareKeyAccessed.TOPIC, SoftwareKeyAccessed.class);
        topics.put(DownloadLinkCreated.TOPIC, DownloadLinkCreated.class);
        topics.put(DownloadLinkRevoked.TOPIC, DownloadLinkRevoked.class);
        topics.put(SoftwareDownloaded.TOPIC, SoftwareDownloaded.class);
        topics.put(ChargeRecorded.TOPIC, ChargeRecorded.class);
        topics.put(CreditIssued.TOPIC, CreditIssued.class);
        topics.put(InvoiceIssued.TOPIC, InvoiceIssued.class);
        topics.put(CheckpointSigned.TOPIC, CheckpointSigned.class);
        return java.util.Collections.unmodifiableMap(topics);
    }

    private static Map<Class<? extends Event>, String> topicOf() {
        Map<Class<? extends Event>, String> topics = new java.util.HashMap<>();
        BY_TOPIC.forEach((topic, type) -> topics.put(type, topic));
        return java.util.Collections.unmodifiableMap(topics);
    }

    /** The topic an event type is published on. */
    public static String topicOf(Class<? extends Event> type) {
        String topic = TOPIC_OF.get(type);
        if (topic == null) {
            throw new IllegalArgumentException(type.getName() + " is not one of the event types of EventTypes.BY_TOPIC");
        }
        return topic;
    }
}
