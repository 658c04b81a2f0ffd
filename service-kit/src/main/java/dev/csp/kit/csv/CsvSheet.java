package dev.csp.kit.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An export as RFC 4180 CSV (comma, CRLF, quotes only where a cell needs them) that is safe to open in a
 * spreadsheet, written row by row to whatever the caller streams to. Commons CSV does the quoting; this adds the
 * formula guard (OWASP "CSV injection"): a text cell that starts with {@code = + - @}, a tab or a carriage return is
 * prefixed with {@code '}, so a user name like {@code =HYPERLINK(...)} is shown, not run. Numbers are written plain
 * ({@link BigDecimal#toPlainString()}) and never guarded: a credit of -12.50 stays a number.
 */
public final class CsvSheet {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    /** Writes the header row at once. */
    public CsvSheet(Appendable out, String... header) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; {@code null} is an empty cell. A failed write (a client gone) is an {@link UncheckedIOException}. */
    public void row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(CsvSheet::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends what is buffered on to the output. */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
