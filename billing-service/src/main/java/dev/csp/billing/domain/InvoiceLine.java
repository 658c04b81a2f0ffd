package dev.csp.billing.domain;

import dev.csp.events.IncludedTax;
import dev.csp.events.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.Immutable;

/**
 * One numbered line of an invoice, copied from a charge (positive) or a credit (negative, with the charge it
 * reverses) when the period closed, so later changes elsewhere never alter an issued invoice.
 */
@Entity
@Immutable
public class InvoiceLine extends PanacheEntityBase {

    /**
     * Copies the period's charges and credits of one partner in the order they happened. Done in the database:
     * a period can hold hundreds of thousands of lines.
     */
    private static final String FREEZE = """
            insert into invoice_line (invoice_id, line_number, type, source_id, order_id, line_id, customer_id, product_id,
                sku_id, product_name, quantity, unit_price, tax_included, amount, currency, reason, reverses,
                service_from, service_until, occurred_at, tax_rate, tax_amount)
            select :invoice, row_number() over (order by occurred_at, type, source_id), lines.*
            from (
                select 'CHARGE' as type, c.id as source_id, c.order_id, c.line_id, c.customer_id, c.product_id, c.sku_id,
                    c.product_name, c.quantity, c.unit_price, c.tax_included, c.amount, c.currency,
                    cast(null as text) as reason, cast(null as uuid) as reverses, c.service_from, c.service_until,
                    c.charged_at as occurred_at, c.tax_rate, c.tax_amount
                from charge c where c.partner_tenant_id = :partner and c.billing_period = :period
                union all
                select 'CREDIT', r.id, r.order_id, r.line_id, r.customer_id, c.product_id, c.sku_id, c.product_name,
                    c.quantity, c.unit_price, c.tax_included, -r.amount, r.currency, r.reason, r.charge_id,
                    c.service_from, c.service_until, r.issued_at, c.tax_rate, -r.tax_amount
                from credit r join charge c on c.id = r.charge_id
                where r.partner_tenant_id = :partner and r.billing_period = :period
            ) lines
            """;

    @Id
    public Long id;

    public UUID invoiceId;

    public int lineNumber;

    /** CHARGE or CREDIT. */
    public String type;

    public UUID sourceId;

    public UUID orderId;

    public UUID lineId;

    public UUID customerId;

    public String productId;

    public String skuId;

    public String productName;

    public int quantity;

    public BigDecimal unitPrice;

    public boolean taxIncluded;

    public BigDecimal amount;

    /** The rate of the tax the price contains, where it does and the rate is known (0.10). */
    public BigDecimal taxRate;

    /** The tax {@code amount} contains (a credit's negative: the tax it reverses); null where not known or none. */
    public BigDecimal taxAmount;

    public String currency;

    public String reason;

    public UUID reverses;

    public Instant serviceFrom;

    public Instant serviceUntil;

    public Instant occurredAt;

    static int freeze(Invoice invoice) {
        return getEntityManager().createNativeQuery(FREEZE)
                .setParameter("invoice", invoice.id)
                .setParameter("partner", invoice.partnerTenantId)
                .setParameter("period", invoice.billingPeriod)
                .executeUpdate();
    }

    /** The frozen amounts, as they are summed into the invoice's totals. */
    @SuppressWarnings("unchecked")
    static Stream<Money> amountsOf(Invoice invoice) {
        return getEntityManager()
                .createNativeQuery("select amount, currency from invoice_line where invoice_id = :invoice")
                .setParameter("invoice", invoice.id)
                .getResultStream()
                .map(row -> new Money((BigDecimal) ((Object[]) row)[0], ((String) ((Object[]) row)[1]).trim()));
    }

    static List<InvoiceLine> page(UUID invoiceId, int offset, int count) {
        return find("invoiceId = ?1 order by lineNumber", invoiceId).range(offset, offset + count - 1).list();
    }

    /** Lines after a line number, for reading an invoice in chunks without holding one long transaction. */
    static List<InvoiceLine> after(UUID invoiceId, int lineNumber, int limit) {
        return find("invoiceId = ?1 and lineNumber > ?2 order by lineNumber", invoiceId, lineNumber)
                .page(Page.ofSize(limit)).list();
    }

    public Money signedAmount() {
        return new Money(amount, currency).normalized();
    }

    public Money tax() {
        return taxAmount == null ? null : new Money(taxAmount, currency.trim()).normalized();
    }

    /** The rate as stated, with at least two decimals (0.10); null where none is known. */
    public BigDecimal statedTaxRate() {
        return IncludedTax.stated(taxRate);
    }

    public Money unitPrice() {
        return new Money(unitPrice, currency).normalized();
    }
}
