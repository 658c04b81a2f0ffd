package dev.csp.billing.domain;

import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Records charges for purchases and credits for cancellations, each with the event billing systems consume. */
@ApplicationScoped
public class Ledger {

    private final Postings postings;
    private final Refunds refunds;

    Ledger(Postings postings, Refunds refunds) {
        this.postings = postings;
        this.refunds = refunds;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void charge(OrderPlaced order) {
        postings.lockPartner(order.partnerTenantId());
        String period = postings.openPeriodFrom(order.partnerTenantId(), BillingPeriod.of(order.occurredAt()));
        for (OrderPlaced.Line line : order.lines()) {
            if (Charge.count("lineId", line.lineId()) == 0) {
                chargeFirst(Charge.firstFor(order, line, period));
            }
        }
    }

    private void chargeFirst(Charge charge) {
        postings.post(charge);
        CancelledLine early = CancelledLine.findById(charge.lineId);
        if (early != null) {
            creditCancelled(charge, early.cancelledAt, early.refundKind);
        } else if (charge.hasFurtherInstallments()) {
            BillingSchedule.startFor(charge).persist();
        }
        refunds.settlePending(charge);
    }

    /**
     * Every charge of a cancelled line is credited by the policy: the month or term in progress for its unused days,
     * a month already charged that starts after the cancellation in full; no month is charged after it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void credit(OrderCancelled cancellation) {
        postings.lockPartner(cancellation.partnerTenantId());
        for (UUID lineId : cancellation.lineIds()) {
            ProductPublished.RefundKind policy = policyOf(cancellation, lineId);
            CancelledLine.remember(lineId, cancellation.orderId(), cancellation.occurredAt(), policy);
            BillingSchedule schedule = BillingSchedule.findById(lineId);
            if (schedule != null) {
                schedule.end(cancellation.occurredAt());
            }
            Charge.ofLine(lineId).forEach(charge -> creditCancelled(charge, cancellation.occurredAt(), policy));
        }
    }

    /** Null when the event predates the policy in it, or does not list the line. */
    private static ProductPublished.RefundKind policyOf(OrderCancelled cancellation, UUID lineId) {
        return cancellation.lines() == null ? null : cancellation.lines().stream()
                .filter(line -> lineId.equals(line.lineId())).map(OrderCancelled.CancelledLine::refundKind)
                .findFirst().orElse(null);
    }

    /** One credit per cancelled charge, however often the cancellation is delivered. */
    private void creditCancelled(Charge charge, Instant cancelledAt, ProductPublished.RefundKind policy) {
        if (Credit.cancellationCredited(charge.id)) {
            return;
        }
        CreditPolicy.Refund refund = CreditPolicy.onCancellation(charge, cancelledAt, policy).cappedAt(charge.remaining());
        if (refund.isNothing()) {
            return;
        }
        String period = postings.openPeriodFrom(charge.partnerTenantId, BillingPeriod.of(cancelledAt));
        postings.post(Credit.against(charge, refund, cancelledAt, period, null));
    }
}
