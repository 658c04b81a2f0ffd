package dev.csp.billing.domain;

import dev.csp.events.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up lines per currency, exactly (no rounding: every line is already in its currency's minor unit). */
public final class InvoiceTotals {

    private final Map<String, BigDecimal> byCurrency = new TreeMap<>();

    public InvoiceTotals add(Money line) {
        byCurrency.merge(line.currency(), line.amount(), BigDecimal::add);
        return this;
    }

    /** One total per currency that has a line, in currency order. */
    public List<Money> totals() {
        return byCurrency.entrySet().stream().map(t -> new Money(t.getValue(), t.getKey()).normalized()).toList();
    }

    public static List<Money> of(Iterable<Money> lines) {
        InvoiceTotals totals = new InvoiceTotals();
        lines.forEach(totals::add);
        return totals.totals();
    }
}
