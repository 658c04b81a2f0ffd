package dev.csp.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * What every drill did, added up: the faults it caused, the orders placed under them, and what it found lost,
 * doubled or dead-lettered. Each drill appends its line to target/drill-ledger.tsv, so the runs of one
 * {@code ./stack test} (the drills on one broker, then the one on three) add up; {@code ./stack test} starts the file
 * afresh. When a run ends (a JUnit listener, registered in META-INF/services) the ledger so far is printed, with its
 * summary line.
 */
public final class DrillLedger implements TestExecutionListener {

    private static final Path LEDGER = LocalStack.ROOT.resolve("resilience-tests/target/drill-ledger.tsv");

    private record Entry(String drill, int faults, int orders, long lost, long doubled, long deadLetters) {

        static Entry parse(String line) {
            String[] f = line.split("\t");
            return new Entry(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), Long.parseLong(f[5]));
        }

        String line() {
            return String.join("\t", drill, "" + faults, "" + orders, "" + lost, "" + doubled, "" + deadLetters) + "\n";
        }
    }

    static synchronized void add(String drill, int faults, int orders, long lost, long doubled, long deadLetters) {
        try {
            Files.createDirectories(LEDGER.getParent());
            Files.writeString(LEDGER, new Entry(drill, faults, orders, lost, doubled, deadLetters).line(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<Entry> entries;
        try {
            entries = Files.exists(LEDGER) ? Files.readAllLines(LEDGER).stream().filter(l -> !l.isBlank()).map(Entry::parse)
                    .toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            return;
        }
        entries.forEach(e -> System.out.printf("drill %-18s faults %2d, orders %5d, lost %d, doubled %d, dead letters %d%n",
                e.drill(), e.faults(), e.orders(), e.lost(), e.doubled(), e.deadLetters()));
        System.out.printf("drills: %d, faults: %d, orders: %d, lost: %d, doubled: %d, dead letters: %d%n", entries.size(),
                entries.stream().mapToInt(Entry::faults).sum(), entries.stream().mapToInt(Entry::orders).sum(),
                entries.stream().mapToLong(Entry::lost).sum(), entries.stream().mapToLong(Entry::doubled).sum(),
                entries.stream().mapToLong(Entry::deadLetters).sum());
    }
}
