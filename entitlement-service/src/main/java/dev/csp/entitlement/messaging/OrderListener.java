package dev.csp.entitlement.messaging;

import dev.csp.entitlement.domain.Entitlements;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.inbox.ByType;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Grants entitlements for placed orders and revokes them for cancelled ones, each event once. One consumer reads both
 * topics; a poll is one transaction, and a cancellation in the same poll as its order is applied after the grant.
 */
@ApplicationScoped
class OrderListener {

    @Inject
    Inbox inbox;
    @Inject
    Entitlements entitlements;

    @Incoming("orders")
    @Blocking
    void onOrders(ConsumerRecords<String, String> records) {
        inbox.receive(records, events -> ByType.of(events)
                .apply(OrderPlaced.class, entitlements::grant)
                .apply(OrderCancelled.class, entitlements::revoke));
    }
}
