package dev.csp.resilience;

import java.io.IOException;

/** A command of the machine's own (ip, mount, dd, ...), run to its end; the drills that need one run as root. */
final class Shell {

    private Shell() {
    }

    /** Runs {@code command}; its output, or an exception when it exits non-zero and {@code mustWork}. */
    static String run(boolean mustWork, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0 && mustWork) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }
}
