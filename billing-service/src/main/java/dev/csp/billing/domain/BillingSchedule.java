package dev.csp.billing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The months still to charge of a monthly-billed line. Installment n pays for the n-th month of service after the
 * purchase and falls due when the n-th billing period after the purchase opens, until the term ends or the line
 * is cancelled.
 */
@Entity
class BillingSchedule extends PanacheEntityBase {

    @Id
    UUID lineId;

    @Column(nullable = false, updatable = false)
    UUID firstChargeId;

    @Column(nullable = false, updatable = false)
    UUID partnerTenantId;

    @Column(nullable = false, updatable = false)
    Instant serviceStart;

    @Column(nullable = false, updatable = false)
    int installments;

    @Column(nullable = false)
    int nextInstallment;

    @Column(nullable = false)
    Instant nextDueAt;

    Instant endedAt;

    static BillingSchedule startFor(Charge first) {
        BillingSchedule schedule = new BillingSchedule();
        schedule.lineId = first.lineId;
        schedule.firstChargeId = first.id;
        schedule.partnerTenantId = first.partnerTenantId;
        schedule.serviceStart = first.serviceFrom;
        schedule.installments = first.termMonths();
        schedule.nextInstallment = 1;
        schedule.nextDueAt = BillingPeriod.opensAt(schedule.naturalMonth(1));
        return schedule;
    }

    static List<BillingSchedule> dueAt(Instant now) {
        return list("endedAt is null and nextInstallment < installments and nextDueAt <= ?1 order by nextDueAt", now);
    }

    boolean isDue(Instant now) {
        return endedAt == null && nextInstallment < installments && !nextDueAt.isAfter(now);
    }

    /** The billing period installment n belongs to, unless that period was already invoiced. */
    String nextPeriod() {
        return naturalMonth(nextInstallment).toString();
    }

    void advance() {
        nextInstallment++;
        nextDueAt = BillingPeriod.opensAt(naturalMonth(nextInstallment));
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    private YearMonth naturalMonth(int n) {
        return YearMonth.from(serviceStart.atZone(ZoneOffset.UTC)).plusMonths(n);
    }
}
