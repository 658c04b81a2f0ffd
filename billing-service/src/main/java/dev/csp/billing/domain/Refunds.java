package dev.csp.billing.domain;

import dev.csp.events.Money;
import dev.csp.events.order.RefundApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Credits refunds that support approved: the approved amount against the line's latest charge, never more than
 * what remains of that charge after earlier credits, once per refund request.
 */
@ApplicationScoped
public class Refunds {

    @Inject
    Postings postings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void credit(List<RefundApproved> approvals) {
        postings.lockPartners(approvals.stream().map(RefundApproved::partnerTenantId).toList());
        approvals.forEach(this::credit);
    }

    private void credit(RefundApproved approval) {
        UUID request = approval.refundRequestId();
        if (Credit.count("refundRequestId", request) > 0 || PendingRefund.findById(request) != null) {
            return;
        }
        Charge latest = Charge.find("lineId = ?1 order by installment desc", approval.lineId()).firstResult();
        if (latest == null) {
            PendingRefund.remember(approval);
        } else {
            credit(latest, request, approval.amount(), approval.occurredAt());
        }
    }

    /** Called with the partner lock held, when a line's first charge is recorded. */
    void settlePending(Charge charge) {
        for (PendingRefund pending : PendingRefund.ofLine(charge.lineId)) {
            credit(charge, pending.refundRequestId, pending.approved(), pending.approvedAt);
            pending.delete();
        }
    }

    private void credit(Charge charge, UUID refundRequestId, Money approved, Instant approvedAt) {
        if (!charge.currency.equals(approved.currency())) {
            // Never converts currencies: such an approval can never be applied, so it goes to the dead-letter topic.
            throw new IllegalArgumentException("Refund " + refundRequestId + " approved in " + approved.currency()
                    + " for a charge in " + charge.currency);
        }
        CreditPolicy.Refund refund = CreditPolicy.onApprovedRefund(charge, approved.amount()).cappedAt(charge.remaining());
        if (refund.isNothing()) {
            return;
        }
        String period = postings.openPeriodFrom(charge.partnerTenantId, BillingPeriod.of(approvedAt));
        postings.post(Credit.against(charge, refund, approvedAt, period, refundRequestId));
    }
}
