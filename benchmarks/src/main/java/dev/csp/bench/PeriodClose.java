package dev.csp.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Closing a billing period of many lines, as the partner's Global admin closes it through billing-service: a month of
 * the benchmark tenant "billing" (one not used before, from 2001-01 on) gets nine charges for every credit, in three
 * currencies, written straight into billing-service's database, and then {@code POST /v1/billing/periods/{month}/close}
 * is timed until the invoice comes back.
 */
final class PeriodClose {

    record Run(String period, long charges, long credits, double loadSeconds, double closeSeconds, int status,
               long invoiceLines, String invoiceNumber) {
    }

    private final Api api;
    private final BenchTenants tenants;

    PeriodClose(Api api, BenchTenants tenants) {
        this.api = api;
        this.tenants = tenants;
    }

    Run run(int lines) throws Exception {
        BenchTenants.Tenant tenant = tenants.ensure("billing");
        api.signIn(tenant.globalAdmin());
        int credits = lines / 10;
        int charges = lines - credits;
        YearMonth month;
        long loading = System.nanoTime();
        try (Connection billing = DriverManager.getConnection(CommitCeiling.SERVER + "csp_billing", "billing_service",
                System.getProperty("csp.billing.password", "billing_service"))) {
            month = unusedMonth(billing, tenant.id());
            fill(billing, tenant.id(), month, charges, credits);
        }
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        long closing = System.nanoTime();
        HttpResponse<String> response = api.post(Api.BILLING + "/v1/billing/periods/" + month + "/close", tenant.globalAdmin(),
                null, Duration.ofMinutes(5)).join();
        double closeSeconds = (System.nanoTime() - closing) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("closing " + month + " answered " + response.statusCode() + " " + Text.clip(response.body()));
        }
        var invoice = api.read(response.body());
        return new Run(month.toString(), charges, credits, Math.round(loadSeconds * 10) / 10.0, Math.round(closeSeconds * 1000) / 1000.0,
                response.statusCode(), invoice.path("lineCount").asLong(), invoice.path("number").asText());
    }

    /** The month after the last one this tenant was charged in; each run closes a fresh one. */
    private static YearMonth unusedMonth(Connection billing, UUID tenant) throws SQLException {
        try (PreparedStatement q = billing.prepareStatement("select max(billing_period) from charge where partner_tenant_id = ?")) {
            q.setObject(1, tenant);
            try (ResultSet r = q.executeQuery()) {
                String last = r.next() ? r.getString(1) : null;
                return last == null ? YearMonth.of(2001, 1) : YearMonth.parse(last.trim()).plusMonths(1);
            }
        }
    }

    private static void fill(Connection billing, UUID tenant, YearMonth month, int charges, int credits) throws SQLException {
        billing.setAutoCommit(false);
        try (PreparedStatement charge = billing.prepareStatement("""
                insert into charge (id, partner_tenant_id, customer_id, order_id, line_id, product_id, sku_id, product_name,
                    kind, billing, term, quantity, unit_price, currency, tax_included, amount, billing_period, charged_at, installment)
                select gen_random_uuid(), ?, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'windows-server-2022',
                    'ws2022-std-16core', 'Windows Server 2022 Standard', 'PERPETUAL_SOFTWARE', 'ONE_TIME', null, 1 + i % 5, 1025,
                    (array['USD', 'JPY', 'KWD'])[1 + i % 3], false, 1025 * (1 + i % 5), ?,
                    ?::timestamptz + i * (interval '27 days' / ?), 0
                from generate_series(1, ?) i""");
             PreparedStatement credit = billing.prepareStatement("""
                insert into credit (id, charge_id, partner_tenant_id, customer_id, order_id, line_id, amount, currency,
                    reason, billing_period, issued_at)
                select gen_random_uuid(), c.id, c.partner_tenant_id, c.customer_id, c.order_id, c.line_id, c.amount,
                    c.currency, 'FULL_REFUND', c.billing_period, c.charged_at + interval '1 day'
                from charge c where c.partner_tenant_id = ? and c.billing_period = ? limit ?""")) {
            charge.setObject(1, tenant);
            charge.setString(2, month.toString());
            charge.setString(3, month.atDay(1) + "T00:00:00Z");
            charge.setInt(4, charges);
            charge.setInt(5, charges);
            charge.executeUpdate();
            credit.setObject(1, tenant);
            credit.setString(2, month.toString());
            credit.setInt(3, credits);
            credit.executeUpdate();
            billing.commit();
        } catch (SQLException | RuntimeException e) {
            billing.rollback();
            throw e;
        } finally {
            billing.setAutoCommit(true);
        }
    }
}
