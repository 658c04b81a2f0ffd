package dev.csp.billing.domain;

import dev.csp.events.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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

    /**
     * One page of the unbilled lines (the charges, then the credits, each in time order) from {@code offset}, at most
     * {@code fetch} of them, with the count and the totals of them all. Only the page's rows are loaded: the count and
     * the totals are summed by the database, so a month of tens of thousands of lines costs a page, not the month.
     */
    @Transactional
    public Page page(UUID partnerTenantId, String currency, int offset, int fetch) {
        List<Object[]> charged = sums(Charge.class, partnerTenantId, currency);
        List<Object[]> credited = sums(Credit.class, partnerTenantId, currency);
        int charges = count(charged);
        InvoiceTotals totals = new InvoiceTotals();
        charged.forEach(row -> totals.add(new Money((BigDecimal) row[2], (String) row[0])));
        credited.forEach(row -> totals.add(new Money(((BigDecimal) row[2]).negate(), (String) row[0])));

        List<Charge> chargePage = offset >= charges ? List.of()
                : Charge.<Charge>find(NOT_INVOICED + " order by billingPeriod, chargedAt, id",
                        partnerTenantId, currency).range(offset, offset + fetch - 1).list();
        int creditsFrom = Math.max(0, offset - charges);
        int creditsTo = creditsFrom + fetch - chargePage.size() - 1;
        List<Credit> creditPage = creditsTo < creditsFrom || creditsFrom >= count(credited) ? List.of()
                : Credit.<Credit>find(NOT_INVOICED + " order by billingPeriod, issuedAt, id",
                        partnerTenantId, currency).range(creditsFrom, creditsTo).list();
        return new Page(chargePage, creditPage, reversedBy(creditPage), charges + count(credited), totals.totals());
    }

    private static int count(List<Object[]> sums) {
        return Math.toIntExact(sums.stream().mapToLong(row -> (Long) row[1]).sum());
    }

    /** Per currency of the partner's unbilled postings of this kind: the currency, how many, and their sum. */
    private static List<Object[]> sums(Class<? extends Posting> kind, UUID partnerTenantId, String currency) {
        String query = "select currency, count(*), sum(amount) from " + kind.getSimpleName() + " where " + NOT_INVOICED
                + " group by currency";
        return Charge.getEntityManager().createQuery(query, Object[].class)
                .setParameter(1, partnerTenantId).setParameter(2, currency).getResultList();
    }

    /** The charges these credits reverse, by id: a credit says whether its charge's price included tax. */
    private static Map<UUID, Charge> reversedBy(List<Credit> credits) {
        List<UUID> ids = credits.stream().map(credit -> credit.chargeId).distinct().toList();
        return ids.isEmpty() ? Map.of() : Charge.<Charge>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(charge -> charge.id, charge -> charge));
    }

    /**
     * A page of unbilled postings: {@code charges} then {@code credits} (with the charges they reverse, by id), and
     * {@code total} and {@code totals} of every unbilled line, not only the page's.
     */
    public record Page(List<Charge> charges, List<Credit> credits, Map<UUID, Charge> reversed, int total,
                       List<Money> totals) {
    }
}
