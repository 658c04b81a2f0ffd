package dev.csp.billing.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The charges and credits no invoice carries yet: the open period's, and an ended month's until it closes. */
@ApplicationScoped
public class Unbilled {

    private static final String NOT_INVOICED = "partnerTenantId = ?1 and (?2 is null or currency = ?2) and billingPeriod "
            + "not in (select i.billingPeriod from Invoice i where i.partnerTenantId = ?1)";

    @Inject
    Clock clock;

    public String openPeriod() {
        return BillingPeriod.of(clock.instant());
    }

    @Transactional
    public List<Charge> charges(UUID partnerTenantId, String currency) {
        return Charge.list(NOT_INVOICED + " order by billingPeriod, chargedAt, id", partnerTenantId, currency);
    }

    @Transactional
    public List<Credit> credits(UUID partnerTenantId, String currency) {
        return Credit.list(NOT_INVOICED + " order by billingPeriod, issuedAt, id", partnerTenantId, currency);
    }

    /** The charges these credits reverse, by id: a credit says whether its charge's price included tax. */
    @Transactional
    public Map<UUID, Charge> reversedBy(List<Credit> credits) {
        List<UUID> ids = credits.stream().map(credit -> credit.chargeId).distinct().toList();
        return ids.isEmpty() ? Map.of() : Charge.<Charge>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(charge -> charge.id, charge -> charge));
    }
}
