package dev.csp.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csp.billing.domain.Invoice;
import dev.csp.billing.domain.Invoicing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How long closing a period of 100,000 lines takes (90,000 charges and 10,000 credits, three currencies). Not part
 * of the normal run (the name matches no Surefire pattern):
 * {@code mvn -B -o test -pl billing-service -Dtest=ClosePeriodBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class ClosePeriodBenchmark {

    private static final int CHARGES = 90_000;
    private static final int CREDITS = 10_000;

    @Inject
    Invoicing invoicing;

    @Test
    void closeAPeriodOfOneHundredThousandLines() {
        UUID partner = UUID.randomUUID();
        long loading = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> fill(partner));
        System.out.printf("BENCHMARK loaded %,d charges and %,d credits in %d ms%n", CHARGES, CREDITS,
                (System.nanoTime() - loading) / 1_000_000);

        long closing = System.nanoTime();
        Invoice invoice = invoicing.close(partner, YearMonth.of(2024, 1)).invoice();
        long closedMs = (System.nanoTime() - closing) / 1_000_000;

        assertEquals(CHARGES + CREDITS, invoice.lineCount);
        System.out.printf("BENCHMARK closed a period of %,d lines into %s in %d ms; totals %s%n", invoice.lineCount,
                invoice.number, closedMs, invoice.totals());
    }

    private static void fill(UUID partner) {
        var entityManager = Invoice.getEntityManager();
        entityManager.createNativeQuery("""
                insert into charge (id, partner_tenant_id, customer_id, order_id, line_id, product_id, sku_id, product_name,
                    kind, billing, term, quantity, unit_price, currency, tax_included, amount, billing_period,
                    charged_at, installment)
                select gen_random_uuid(), :partner, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'ws',
                    'ws-std', 'Windows Server Standard', 'PERPETUAL_SOFTWARE', 'ONE_TIME', null, 1 + i % 5, 1025,
                    (array['USD', 'JPY', 'KWD'])[1 + i % 3], false, 1025 * (1 + i % 5), '2024-01',
                    timestamptz '2024-01-01' + i * interval '20 seconds', 0
                from generate_series(1, :charges) i""")
                .setParameter("partner", partner).setParameter("charges", CHARGES).executeUpdate();
        entityManager.createNativeQuery("""
                insert into credit (id, charge_id, partner_tenant_id, customer_id, order_id, line_id, amount, currency,
                    reason, billing_period, issued_at)
                select gen_random_uuid(), c.id, c.partner_tenant_id, c.customer_id, c.order_id, c.line_id, c.amount,
                    c.currency, 'FULL_REFUND', c.billing_period, c.charged_at + interval '1 day'
                from charge c where c.partner_tenant_id = :partner limit :credits""")
                .setParameter("partner", partner).setParameter("credits", CREDITS).executeUpdate();
    }
}
