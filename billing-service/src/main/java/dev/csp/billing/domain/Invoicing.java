package dev.csp.billing.domain;

import dev.csp.events.Money;
import dev.csp.kit.failure.Failure;
import dev.csp.kit.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Closes a partner's billing period into its invoice, and reads invoices within the partner's own tenant. */
@ApplicationScoped
public class Invoicing {

    private static final int CHUNK = 1000;

    @Inject
    Postings postings;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    public record Closing(Invoice invoice, boolean issuedNow) {
    }

    /** Only an ended month closes; closing it again answers the invoice it already has. */
    @Transactional
    public Closing close(UUID partnerTenantId, YearMonth month) {
        if (!month.isBefore(YearMonth.parse(BillingPeriod.of(clock.instant())))) {
            throw Failure.notAllowedNow("period-not-ended",
                    "Billing period " + month + " has not ended yet: only a past month can be closed.");
        }
        postings.lockPartner(partnerTenantId);
        Invoice existing = Invoice.of(partnerTenantId, month.toString());
        if (existing != null) {
            return new Closing(existing, false);
        }
        Invoice invoice = Invoice.open(partnerTenantId, month.toString(), nextNumber(), clock.instant());
        invoice.persist();
        Invoice.flush();
        int lines = InvoiceLine.freeze(invoice);
        InvoiceTotals totals = new InvoiceTotals();
        try (Stream<Money> amounts = InvoiceLine.amountsOf(invoice)) {
            amounts.forEach(totals::add);
        }
        invoice.settle(lines, totals.totals());
        outbox.publish(invoice.issuedEvent());
        return new Closing(invoice, true);
    }

    public record OpenPeriod(UUID partnerTenantId, YearMonth month) {
    }

    /** Every partner's months before the current one that hold lines but no invoice yet, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<OpenPeriod> endedButOpen() {
        List<Object[]> rows = Invoice.getEntityManager().createNativeQuery("""
                        select partner_tenant_id, billing_period from charge where billing_period < :current
                        union select partner_tenant_id, billing_period from credit where billing_period < :current
                        except select partner_tenant_id, billing_period from invoice
                        order by 2, 1""")
                .setParameter("current", BillingPeriod.of(clock.instant()))
                .getResultList();
        return rows.stream().map(r -> new OpenPeriod((UUID) r[0], YearMonth.parse(r[1].toString().trim()))).toList();
    }

    @Transactional
    public List<Invoice> list(UUID partnerTenantId, String period, int offset, int count) {
        return Invoice.find("partnerTenantId = ?1 and (?2 is null or billingPeriod = ?2) order by billingPeriod desc, number",
                partnerTenantId, period).range(offset, offset + count - 1).list();
    }

    /** Another partner's invoice answers exactly as one that does not exist. */
    @Transactional
    public Invoice get(UUID partnerTenantId, UUID invoiceId) {
        Invoice invoice = Invoice.findById(invoiceId);
        if (invoice == null || !invoice.partnerTenantId.equals(partnerTenantId)) {
            throw Failure.notFound("Invoice", invoiceId);
        }
        return invoice;
    }

    @Transactional
    public List<InvoiceLine> lines(UUID partnerTenantId, UUID invoiceId, int offset, int count) {
        return InvoiceLine.page(get(partnerTenantId, invoiceId).id, offset, count);
    }

    /** Hands every line over in order, a chunk per short transaction: an export never pins a connection for long. */
    public void forEachLine(UUID invoiceId, Consumer<InvoiceLine> consumer) {
        int last = 0;
        List<InvoiceLine> chunk;
        do {
            int after = last;
            chunk = QuarkusTransaction.requiringNew().call(() -> InvoiceLine.after(invoiceId, after, CHUNK));
            chunk.forEach(consumer);
            last = chunk.isEmpty() ? last : chunk.get(chunk.size() - 1).lineNumber;
        } while (chunk.size() == CHUNK);
    }

    private static long nextNumber() {
        return ((Number) Invoice.getEntityManager().createNativeQuery("select nextval('invoice_number_seq')")
                .getSingleResult()).longValue();
    }
}
