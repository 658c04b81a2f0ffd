package dev.csp.billing.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What billing does on the calendar (UTC): charge the monthly installments that fell due, and close the months that
 * ended into invoices. Each line and each invoice is its own transaction, so one failure holds up nothing else; both
 * jobs are idempotent, so running them again, or on two replicas, changes nothing.
 */
@ApplicationScoped
public class BillingJobs {

    private static final Logger LOG = Logger.getLogger(BillingJobs.class);

    @Inject
    Installments installments;
    @Inject
    Invoicing invoicing;
    @Inject
    Clock clock;

    @Scheduled(identity = "charge-installments", cron = "${csp.billing.installments.cron}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onInstallmentSchedule() {
        chargeDueInstallments(clock.instant());
    }

    @Scheduled(identity = "close-periods", cron = "${csp.billing.close.cron}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onCloseSchedule() {
        closeEndedPeriods();
    }

    /** Returns how many installments were charged. */
    public int chargeDueInstallments(Instant now) {
        int charged = 0;
        for (Installments.Due line : installments.dueAt(now)) {
            try {
                charged += installments.chargeDue(line, now);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not charge the installment of line %s; the next run retries", line.lineId());
            }
        }
        return charged;
    }

    public List<Invoice> closeEndedPeriods() {
        List<Invoice> issued = new ArrayList<>();
        for (Invoicing.OpenPeriod period : invoicing.endedButOpen()) {
            try {
                issued.add(invoicing.close(period.partnerTenantId(), period.month()).invoice());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not close %s of partner %s; the next run retries", period.month(),
                        period.partnerTenantId());
            }
        }
        return issued;
    }
}
