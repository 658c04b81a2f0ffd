package dev.csp.audit.api;

import dev.csp.audit.domain.Activity;

/** Lets the benchmark (another package) format entries exactly as the export does. */
public final class CsvLineAccess {

    private CsvLineAccess() {
    }

    public static String line(Activity entry) {
        return CsvLine.of(entry);
    }
}
