package dev.csp.billing.api;

import dev.csp.billing.domain.Invoice;
import dev.csp.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invoice: one per partner and closed month, with what it comes to in each currency. */
public record InvoiceView(UUID id, String number, String billingPeriod, Instant issuedAt, int lineCount,
                          List<Money> totals) {

    static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice.id, invoice.number, invoice.billingPeriod, invoice.issuedAt, invoice.lineCount,
                invoice.totals());
    }
}
