package dev.csp.events.billing;

import dev.csp.events.Event;
import dev.csp.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A monthly billing period closed into an invoice, one total per currency. Key: invoice id. */
public record InvoiceIssued(
        UUID eventId,
        Instant occurredAt,
        UUID invoiceId,
        String invoiceNumber,
        UUID partnerTenantId,
        String billingPeriod,
        List<Money> totals) implements Event {

    public static final String TOPIC = "invoice-issued";

    @Override
    public String key() {
        return invoiceId.toString();
    }
}
