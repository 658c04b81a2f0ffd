package dev.csp.audit.api;

import dev.csp.audit.domain.Activity;
import dev.csp.kit.csv.CsvSheet;

/** Lets the benchmark (another package) format entries exactly as the export does. */
public final class CsvLineAccess {

    private CsvLineAccess() {
    }

    /** The export's sheet on OUT: write each entry with {@link #row}. */
    public static CsvSheet sheet(Appendable out) {
        return ActivityCsv.entries(out);
    }

    public static void row(CsvSheet sheet, Activity entry) {
        ActivityCsv.row(sheet, entry);
    }
}
