package dev.csp.billing.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Charges monthly-billed lines one month at a time as each billing period opens. */
@ApplicationScoped
public class Installments {

    @Inject
    Postings postings;

    public record Due(UUID lineId, UUID partnerTenantId) {
    }

    @Transactional
    public List<Due> dueAt(Instant now) {
        return BillingSchedule.dueAt(now).stream().map(s -> new Due(s.lineId, s.partnerTenantId)).toList();
    }

    /**
     * Charges every installment of the line that is due by now (more than one only after an outage), each at most
     * once: the schedule row and the unique (line, installment) make a second run, or a second replica, a no-op.
     * Returns how many were charged.
     */
    @Transactional
    public int chargeDue(Due line, Instant now) {
        postings.lockPartner(line.partnerTenantId());
        BillingSchedule schedule = BillingSchedule.findById(line.lineId());
        int charged = 0;
        while (schedule != null && schedule.isDue(now)) {
            Charge first = Charge.findById(schedule.firstChargeId);
            String period = postings.openPeriodFrom(schedule.partnerTenantId, schedule.nextPeriod());
            postings.post(first.installment(schedule.nextInstallment, period, schedule.nextDueAt));
            schedule.advance();
            charged++;
        }
        return charged;
    }
}
