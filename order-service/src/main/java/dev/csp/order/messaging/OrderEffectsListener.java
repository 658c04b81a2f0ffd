package dev.csp.order.messaging;

import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.entitlement.EntitlementGranted;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.kit.inbox.Inbox;
import dev.csp.order.domain.OrderEffect;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** What entitlement-service and billing-service did about an order, so the order shows it without anyone asking them. */
@ApplicationScoped
class OrderEffectsListener {

    private final Inbox inbox;

    OrderEffectsListener(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming(EntitlementGranted.TOPIC)
    @Blocking
    void onEntitlementGranted(ConsumerRecords<String, String> records) {
        inbox.receive(records, EntitlementGranted.class, events -> events.forEach(OrderEffect::record));
    }

    @Incoming(EntitlementRevoked.TOPIC)
    @Blocking
    void onEntitlementRevoked(ConsumerRecords<String, String> records) {
        inbox.receive(records, EntitlementRevoked.class, events -> events.forEach(OrderEffect::record));
    }

    @Incoming(ChargeRecorded.TOPIC)
    @Blocking
    void onChargeRecorded(ConsumerRecords<String, String> records) {
        inbox.receive(records, ChargeRecorded.class, events -> events.forEach(OrderEffect::record));
    }

    @Incoming(CreditIssued.TOPIC)
    @Blocking
    void onCreditIssued(ConsumerRecords<String, String> records) {
        inbox.receive(records, CreditIssued.class, events -> events.forEach(OrderEffect::record));
    }
}
