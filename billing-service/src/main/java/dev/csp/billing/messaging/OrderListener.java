package dev.csp.billing.messaging;

import dev.csp.billing.domain.Ledger;
import dev.csp.billing.domain.Refunds;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Charges placed orders, credits cancelled ones and approved refunds, a poll at a time, each event once. */
@ApplicationScoped
class OrderListener {

    private final Inbox inbox;
    private final Ledger ledger;
    private final Refunds refunds;

    OrderListener(Inbox inbox, Ledger ledger, Refunds refunds) {
        this.inbox = inbox;
        this.ledger = ledger;
        this.refunds = refunds;
    }

    @Incoming(OrderPlaced.TOPIC)
    @Blocking
    void onOrderPlaced(ConsumerRecords<String, String> records) {
        inbox.receive(records, OrderPlaced.class, ledger::charge);
    }

    @Incoming(OrderCancelled.TOPIC)
    @Blocking
    void onOrderCancelled(ConsumerRecords<String, String> records) {
        inbox.receive(records, OrderCancelled.class, ledger::credit);
    }

    @Incoming(RefundApproved.TOPIC)
    @Blocking
    void onRefundApproved(ConsumerRecords<String, String> records) {
        inbox.receive(records, RefundApproved.class, refunds::credit);
    }
}
