package dev.csp.audit.domain;

import java.io.IOException;

/** Receives entries one at a time as they are read; answers false to stop reading. */
@FunctionalInterface
public interface EntrySink {

    boolean accept(Activity entry) throws IOException;
}
