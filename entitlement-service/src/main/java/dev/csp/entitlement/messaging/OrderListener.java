package dev.csp.entitlement.messaging;

import dev.csp.entitlement.domain.Entitlements;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Grants entitlements for placed orders and revokes them for cancelled ones, a poll at a time, each event once. */
@ApplicationScoped
class OrderListener {

    private final Inbox inbox;
    private final Entitlements entitlements;

    OrderListener(Inbox inbox, Entitlements entitlements) {
        this.inbox = inbox;
        this.entitlements = entitlements;
    }

    @Incoming(OrderPlaced.TOPIC)
    @Blocking
    void onOrderPlaced(ConsumerRecords<String, String> records) {
        inbox.receive(records, OrderPlaced.class, entitlements::grant);
    }

    @Incoming(OrderCancelled.TOPIC)
    @Blocking
    void onOrderCancelled(ConsumerRecords<String, String> records) {
        inbox.receive(records, OrderCancelled.class, entitlements::revoke);
    }
}
