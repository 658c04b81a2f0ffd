package dev.csp.billing.api;

import dev.csp.billing.domain.InvoiceLine;
import dev.csp.kit.csv.CsvSheet;

/**
 * An invoice's lines as CSV (service-kit's one writer: RFC 4180, formula-safe text, plain numbers), one row per
 * line, written as they are read. {@code tax_rate} and {@code tax} (the tax the amount contains; negative on a credit)
 * come last, empty where tax is not included or not known.
 */
final class InvoiceCsv {

    static final String MEDIA_TYPE = "text/csv";

    private final CsvSheet sheet;

    InvoiceCsv(Appendable out) {
        this.sheet = new CsvSheet(out, "line_number", "type", "id", "order_id", "line_id", "customer_id", "product_id",
                "sku_id", "product_name", "quantity", "unit_price", "tax_included", "amount", "currency", "reason",
                "reverses", "service_from", "service_until", "at", "tax_rate", "tax");
    }

    void row(InvoiceLine line) {
        sheet.row(line.lineNumber, line.type, line.sourceId, line.orderId, line.lineId, line.customerId, line.productId,
                line.skuId, line.productName, line.quantity, line.unitPrice().amount(), line.taxIncluded,
                line.signedAmount().amount(), line.currency.trim(), line.reason, line.reverses, line.serviceFrom,
                line.serviceUntil, line.occurredAt, line.statedTaxRate(), line.tax() == null ? null : line.tax().amount());
    }

    void flush() {
        sheet.flush();
    }
}
