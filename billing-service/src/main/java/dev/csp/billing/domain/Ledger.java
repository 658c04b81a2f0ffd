package dev.csp.billing.domain;

import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Records charges for purchases and credits for cancellations, each with the event billing systems consume. */
@ApplicationScoped
public class Ledger {

    private final Outbox outbox;

    Ledger(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void charge(OrderPlaced order) {
        for (OrderPlaced.Line line : order.lines()) {
            if (Charge.count("lineId", line.lineId()) > 0) {
                continue;
            }
            Charge charge = Charge.firstFor(order, line);
            charge.persist();
            outbox.publish(charge.recordedEvent());
            CancelledLine early = CancelledLine.findById(line.lineId());
            if (early != null) {
                creditCancelled(charge, early.cancelledAt);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void credit(OrderCancelled cancellation) {
        for (UUID lineId : cancellation.lineIds()) {
            Charge latest = Charge.find("lineId = ?1 order by chargedAt desc", lineId).firstResult();
            if (latest == null) {
                CancelledLine.remember(lineId, cancellation.orderId(), cancellation.occurredAt());
            } else {
                creditCancelled(latest, cancellation.occurredAt());
            }
        }
    }

    /** One credit per cancelled charge, however often the cancellation is delivered. */
    private void creditCancelled(Charge charge, Instant cancelledAt) {
        if (Credit.count("chargeId = ?1 and reason <> ?2", charge.id,
                dev.csp.events.billing.CreditIssued.Reason.APPROVED_REFUND) > 0) {
            return;
        }
        CreditPolicy.Refund refund = CreditPolicy.onCancellation(charge, cancelledAt);
        if (refund.isNothing()) {
            return;
        }
        Credit credit = Credit.against(charge, refund.amount(), refund.reason(), cancelledAt);
        credit.persist();
        outbox.publish(credit.issuedEvent());
    }
}
