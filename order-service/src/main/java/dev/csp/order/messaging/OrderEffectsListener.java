package dev.csp.order.messaging;

import dev.csp.kit.inbox.Inbox;
import dev.csp.order.domain.ReportedEffects;
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
    @Inject
    ReportedEffects effects;

    @Incoming("order-effects")
    @Blocking
    void onEffects(ConsumerRecords<String, String> records) {
        inbox.receive(records, effects::record);
    }
}
