package dev.csp.billing.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.csp.billing.domain.InvoiceLine;
import dev.csp.events.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of an issued invoice: a charge (positive) or a credit (negative, naming the charge it reverses).
 * {@code taxIncluded}: whether the price includes tax; {@code taxRate} and {@code tax}: where it does, the rate and the
 * tax the amount contains (a credit: negative, the tax it reverses); null where tax is not included or not known.
 */
public record InvoiceLineItem(int lineNumber, String type, UUID id, UUID orderId, UUID lineId, UUID customerId,
                              String productId, String skuId, String productName, int quantity, Money unitPrice,
                              boolean taxIncluded, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
                              Money tax, Money amount, String reason, UUID reverses, Instant serviceFrom,
                              Instant serviceUntil, Instant at) {

    static InvoiceLineItem of(InvoiceLine line) {
        return new InvoiceLineItem(line.lineNumber, line.type, line.sourceId, line.orderId, line.lineId, line.customerId,
                line.productId, line.skuId, line.productName, line.quantity, line.unitPrice(), line.taxIncluded,
                line.statedTaxRate(), line.tax(), line.signedAmount(), line.reason, line.reverses, line.serviceFrom, line.serviceUntil, line.occurredAt);
    }
}
