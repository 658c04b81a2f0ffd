package dev.csp.billing.messaging;

import dev.csp.billing.domain.Ledger;
import dev.csp.billing.domain.Refunds;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.events.order.RefundApproved;
import dev.csp.kit.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Charges placed orders, credits cancelled ones and approved refunds, each event applied once. */
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
    void onOrderPlaced(String record) {
        inbox.receive(record, OrderPlaced.class, ledger::charge);
    }

    @Incoming(OrderCancelled.TOPIC)
    @Blocking
    void onOrderCancelled(String record) {
        inbox.receive(record, OrderCancelled.class, ledger::credit);
    }

    @Incoming(RefundApproved.TOPIC)
    @Blocking
    void onRefundApproved(String record) {
        inbox.receive(record, RefundApproved.class, refunds::credit);
    }
}
