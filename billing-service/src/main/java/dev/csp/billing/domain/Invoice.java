package dev.csp.billing.domain;

import dev.csp.events.Money;
import dev.csp.events.billing.InvoiceIssued;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A closed billing period of one partner: its charges and credits frozen into numbered lines and totals. */
@Entity
public class Invoice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String number;

    @Column(nullable = false, updatable = false)
    public UUID partnerTenantId;

    @Column(nullable = false, updatable = false)
    public String billingPeriod;

    @Column(nullable = false, updatable = false)
    public Instant issuedAt;

    @Column(nullable = false)
    public int lineCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_total", joinColumns = @JoinColumn(name = "invoice_id"))
    List<Total> totals = new ArrayList<>();

    protected Invoice() {
    }

    static Invoice open(UUID partnerTenantId, String billingPeriod, long sequence, Instant issuedAt) {
        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.number = "INV-%s-%06d".formatted(billingPeriod, sequence);
        invoice.partnerTenantId = partnerTenantId;
        invoice.billingPeriod = billingPeriod;
        invoice.issuedAt = issuedAt;
        return invoice;
    }

    static boolean existsFor(UUID partnerTenantId, String billingPeriod) {
        return count("partnerTenantId = ?1 and billingPeriod = ?2", partnerTenantId, billingPeriod) > 0;
    }

    static Invoice of(UUID partnerTenantId, String billingPeriod) {
        return find("partnerTenantId = ?1 and billingPeriod = ?2", partnerTenantId, billingPeriod).firstResult();
    }

    void settle(int lines, List<Money> lineTotals) {
        lineCount = lines;
        lineTotals.forEach(total -> totals.add(new Total(total.currency(), total.amount())));
    }

    public List<Money> totals() {
        return totals.stream().sorted(Comparator.comparing(t -> t.currency))
                .map(t -> new Money(t.amount, t.currency).normalized()).toList();
    }

    InvoiceIssued issuedEvent() {
        return new InvoiceIssued(UUID.randomUUID(), issuedAt, id, number, partnerTenantId, billingPeriod, totals());
    }

    /** What the invoice comes to in one currency: charges less credits. */
    @Embeddable
    public static class Total {

        @Column(nullable = false)
        String currency;

        @Column(nullable = false)
        BigDecimal amount;

        protected Total() {
        }

        Total(String currency, BigDecimal amount) {
            this.currency = currency;
            this.amount = amount;
        }
    }
}
