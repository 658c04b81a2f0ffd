package dev.csp.billing.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The charges and credits of the period still open, which the next invoice will carry. */
@ApplicationScoped
public class Unbilled {

    private final Clock clock;

    Unbilled(Clock clock) {
        this.clock = clock;
    }

    public String openPeriod() {
        return BillingPeriod.of(clock.instant());
    }

    @Transactional
    public List<Charge> charges(UUID partnerTenantId, String currency) {
        return Charge.list("partnerTenantId = ?1 and billingPeriod = ?2 and (?3 is null or currency = ?3) order by chargedAt, id",
                partnerTenantId, openPeriod(), currency);
    }

    @Transactional
    public List<Credit> credits(UUID partnerTenantId, String currency) {
        return Credit.list("partnerTenantId = ?1 and billingPeriod = ?2 and (?3 is null or currency = ?3) order by issuedAt, id",
                partnerTenantId, openPeriod(), currency);
    }
}
