package dev.csp.billing.api;

import dev.csp.billing.domain.InvoiceLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An invoice's lines as RFC 4180 CSV, one row per line, written as they are read. {@code tax_rate} and {@code tax}
 * (the tax the amount contains; negative on a credit) come last, empty where tax is not included or not known.
 */
final class InvoiceCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final String HEADER = "line_number,type,id,order_id,line_id,customer_id,product_id,sku_id,product_name,"
            + "quantity,unit_price,tax_included,amount,currency,reason,reverses,service_from,service_until,at,tax_rate,tax";

    private final Writer out;

    InvoiceCsv(Writer out) {
        this.out = out;
        write(HEADER);
    }

    void row(InvoiceLine line) {
        write(Stream.of(line.lineNumber, line.type, line.sourceId, line.orderId, line.lineId, line.customerId,
                        line.productId, line.skuId, line.productName, line.quantity, line.unitPrice().amount().toPlainString(),
                        line.taxIncluded, line.signedAmount().amount().toPlainString(), line.currency.trim(), line.reason,
                        line.reverses, line.serviceFrom, line.serviceUntil, line.occurredAt, line.statedTaxRate(),
                        line.tax() == null ? null : line.tax().amount().toPlainString())
                .map(InvoiceCsv::field).collect(Collectors.joining(",")));
    }

    /** Quotes a field only when it holds a comma, a quote or a line break (product names may). */
    static String field(Object value) {
        String text = Objects.toString(value, "");
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private void write(String row) {
        try {
            out.write(row);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
