package dev.csp.billing.domain;

import dev.csp.events.catalog.ProductPublished;
import dev.csp.events.order.OrderCancelled;
import dev.csp.events.order.OrderPlaced;
import dev.csp.kit.metrics.BusinessMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records charges for purchases and credits for cancellations, each with the event billing systems consume. */
@ApplicationScoped
public class Ledger {

    @Inject
    Postings postings;
    @Inject
    Refunds refunds;
    @Inject
    BusinessMetrics metrics;

    /**
     * Under the partners' locks, taken once for the batch and in one order (see {@link Postings}). What the batch's lines
     * already have (a charge, an earlier cancellation, a refund approved first) is read in one query each, and each
     * partner's open period once: no invoice can be issued meanwhile, as closing a period takes the same lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void charge(List<OrderPlaced> orders) {
        postings.lockPartners(orders.stream().map(OrderPlaced::partnerTenantId).toList());
        List<UUID> lineIds = orders.stream().flatMap(order -> order.lines().stream()).map(OrderPlaced.Line::lineId).toList();
        LinesSoFar lines = LinesSoFar.of(lineIds);
        Map<PartnerPeriod, String> openPeriods = new HashMap<>();
        for (OrderPlaced order : orders) {
            String period = openPeriods.computeIfAbsent(new PartnerPeriod(order.partnerTenantId(), BillingPeriod.of(order.occurredAt())),
                    key -> postings.openPeriodFrom(key.partner(), key.period()));
            order.lines().stream().filter(line -> !lines.charged().contains(line.lineId()))
                    .forEach(line -> chargeFirst(Charge.firstFor(order, line, period), lines));
        }
    }

    private record PartnerPeriod(UUID partner, String period) {
    }

    private void chargeFirst(Charge charge, LinesSoFar lines) {
        postings.post(charge);
        CancelledLine early = lines.cancelled().get(charge.lineId);
        if (early != null) {
            creditCancelled(charge, early.cancelledAt, early.refundKind);
        } else if (charge.hasFurtherInstallments()) {
            BillingSchedule.startFor(charge).persist();
        }
        if (lines.refundPending().contains(charge.lineId)) {
            refunds.settlePending(charge);
        }
    }

    /**
     * Every charge of a cancelled line is credited by the policy: the month or term in progress for its unused days,
     * a month already charged that starts after the cancellation in full; no month is charged after it. A cancellation
     * by an approved refund request credits nothing here: its credit is the approved amount, posted by {@link Refunds}
     * from refund-approved, so the line is credited exactly that, whichever event comes first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void credit(List<OrderCancelled> cancellations) {
        postings.lockPartners(cancellations.stream().map(OrderCancelled::partnerTenantId).toList());
        cancellations.forEach(this::credit);
    }

    private void credit(OrderCancelled cancellation) {
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

    /** NONE when an approved refund settles the line; null when the event predates the policy in it, or does not list the line. */
    private static ProductPublished.RefundKind policyOf(OrderCancelled cancellation, UUID lineId) {
        if (cancellation.byApprovedRefund()) {
            return ProductPublished.RefundKind.NONE;
        }
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
        metrics.lagOnCommit("csp.cancellation.to.credit", "From a cancellation to its credit issued", cancelledAt);
    }
}
