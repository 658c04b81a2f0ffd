package dev.csp.order.messaging;

import dev.csp.events.billing.ChargeRecorded;
import dev.csp.events.billing.CreditIssued;
import dev.csp.events.entitlement.EntitlementGranted;
import dev.csp.events.entitlement.EntitlementRevoked;
import dev.csp.kit.inbox.Inbox;
import dev.csp.order.domain.OrderEffect;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
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
    void onEntitlementGranted(String record) {
        inbox.receive(record, EntitlementGranted.class, OrderEffect::record);
    }

    @Incoming(EntitlementRevoked.TOPIC)
    @Blocking
    void onEntitlementRevoked(String record) {
        inbox.receive(record, EntitlementRevoked.class, OrderEffect::record);
    }

    @Incoming(ChargeRecorded.TOPIC)
    @Blocking
    void onChargeRecorded(String record) {
        inbox.receive(record, ChargeRecorded.class, OrderEffect::record);
    }

    @Incoming(CreditIssued.TOPIC)
    @Blocking
    void onCreditIssued(String record) {
        inbox.receive(record, CreditIssued.class, OrderEffect::record);
    }
}
