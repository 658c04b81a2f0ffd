package dev.csp.order.messaging;

import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.entitlement.EntitlementGranted;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.kit.inbox.ByType;
import dev.csp.kit.inbox.Inbox;
import dev.csp.order.domain.OrderEffect;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What entitlement-service and billing-service did about an order, so the order shows it without anyone asking them.
 * One consumer reads the four topics; a poll is one transaction.
 */
@ApplicationScoped
class OrderEffectsListener {

    @Inject
    Inbox inbox;

    @Incoming("order-effects")
    @Blocking
    void onEffects(ConsumerRecords<String, String> records) {
        inbox.receive(records, events -> ByType.of(events)
                .apply(EntitlementGranted.class, granted -> granted.forEach(OrderEffect::record))
                .apply(EntitlementRevoked.class, revoked -> revoked.forEach(OrderEffect::record))
                .apply(ChargeRecorded.class, charged -> charged.forEach(OrderEffect::record))
                .apply(CreditIssued.class, credited -> credited.forEach(OrderEffect::record)));
    }
}
