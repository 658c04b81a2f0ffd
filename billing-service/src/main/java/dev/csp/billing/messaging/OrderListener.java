package dev.csp.billing.messaging;

import dev.csp.billing.domain.Ledger;
import dev.csp.billing.domain.Refunds;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import dev.csp.kit.inbox.ByType;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Charges placed orders, credits cancelled ones and approved refunds, each event once. One consumer reads the three
 * topics; a poll is one transaction. A cancellation or refund in the same poll as its order is applied after it.
 */
@ApplicationScoped
class OrderListener {

    @Inject
    Inbox inbox;
    @Inject
    Ledger ledger;
    @Inject
    Refunds refunds;

    @Incoming("orders")
    @Blocking
    void onOrders(ConsumerRecords<String, String> records) {
        inbox.receive(records, events -> ByType.of(events)
                .apply(OrderPlaced.class, ledger::charge)
                .apply(OrderCancelled.class, ledger::credit)
                .apply(RefundApproved.class, refunds::credit));
    }
}
