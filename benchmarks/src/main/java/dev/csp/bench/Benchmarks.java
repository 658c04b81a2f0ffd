package dev.csp.bench;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures the running stack in one go and says how it stands against the targets: prints a table, writes
 * the figures as JSON and latency against load as a PNG. Exits 1 only when something is broken (errors, no key ever
 * readable), never for a missed target; 2 for bad options. See docs/PERFORMANCE.md.
 */
public final class Benchmarks {

    private final Options options;
    private final Results results = new Results();

    private Benchmarks(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.Usage usage) {
            boolean help = usage.getMessage().startsWith("Usage");
            (help ? System.out : System.err).println(usage.getMessage());
            System.exit(help ? 0 : 2);
            return;
        }
        System.exit(options.report() != null ? judgeAgain(options.report()) : new Benchmarks(options).run());
    }

    /** Re-judges a results file: its figures stay as measured; targets, table and chart are recomputed. */
    private static int judgeAgain(Path file) {
        try {
            ObjectMapper mapper = mapper();
            Results results = mapper.readValue(file.toFile(), Results.class);
            results.targets.clear();
            Targets.judge(results);
            System.out.printf("%s run of %s (%d CPUs, load average %s -> %s)%n", results.mode, results.startedAt,
                    results.machine.cpus(), results.loadAverageAtStart, results.loadAverageAtEnd);
            System.out.print(Targets.table(results.targets));
            results.notes.forEach(note -> System.out.println("note: " + note));
            mapper.writeValue(file.toFile(), results);
            Path png = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", "") + ".png");
            Chart.draw(results.pipeline, Targets.ORDER_P99_MS, subtitle(results), png);
            System.out.println("rewrote " + file + " and " + png);
            return results.problems.isEmpty() ? 0 : 1;
        } catch (Exception e) {
            System.err.println("Cannot judge " + file + ": " + e);
            return 2;
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    }

    private static String subtitle(Results r) {
        return String.format("%s run %s, %d CPUs, load average %s → %s", r.mode, r.startedAt.replaceFirst("\\.\\d+Z$", "Z"),
                r.machine.cpus(), r.loadAverageAtStart, r.loadAverageAtEnd);
    }

    private int run() {
        long started = System.nanoTime();
        results.mode = options.smoke() ? "smoke" : "full";
        results.startedAt = Machine.now();
        results.machine = Machine.describe(options.stackDir().getParent());
        results.loadAverageAtStart = Machine.loadAverage();
        results.options = describe(options);
        System.out.printf("CSP benchmarks (%s) on %d CPUs, %,d MB, load average %s; customer %s, buyer %s%n",
                results.mode, results.machine.cpus(), results.machine.memoryMb(), results.loadAverageAtStart,
                options.partner().customerName(), options.partner().buyer());
        try (Services services = new Services(options.stackDir()); Api api = new Api()) {
            Files.createDirectories(options.out());
            Map<String, Long> pids = services.pids();
            Map<String, Double> idle = new LinkedHashMap<>();
            Services.NAMES.forEach(name -> idle.put(name, services.rssMb(name)));
            idle.forEach((name, mb) -> {
                if (mb == null) {
                    results.problems.add(name + " is not running (no live pid in " + options.stackDir().resolve("pids") + ")");
                }
            });
            Phases phases = new Phases(options, results, api, services);
            if (phase("sign in", () -> {
                api.signIn(options.partner().buyer());
                api.signIn(options.partner().accountant());
            })) {
                phases.runAll();
            }
            for (String name : Services.NAMES) {
                Long now = services.pid(name);
                if (pids.get(name) != null && !pids.get(name).equals(now)) {
                    results.notes.add(name + (now == null ? " stopped during the run (pid " + pids.get(name) + ")"
                            : " was restarted during the run (pid " + pids.get(name) + " -> " + now + "): its figures mix two processes"));
                }
                Services.StartTime start = services.startTime(name);
                results.services.add(new Results.ServiceFigures(name, services.pid(name), round(idle.get(name)),
                        round(services.peakMb(name)), round(services.rssMb(name)), start == null ? null : start.seconds(),
                        start == null ? null : start.loggedAt()));
            }
        } catch (Exception e) {
            results.problems.add("benchmark stopped: " + e);
        }
        results.loadAverageAtEnd = Machine.loadAverage();
        results.finishedAt = Machine.now();
        Targets.judge(results);
        if (options.smoke()) {
            results.notes.add("smoke run: a few seconds at low rates, to show that every measurement works; "
                    + "its figures are no verdict on the targets");
        }
        System.out.println();
        System.out.print(Targets.table(results.targets));
        results.notes.forEach(note -> System.out.println("note: " + note));
        write();
        System.out.printf("load average at the end %s; %s run took %d s%n", results.loadAverageAtEnd, results.mode,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        if (!results.problems.isEmpty()) {
            System.out.println("BROKEN:");
            results.problems.forEach(p -> System.out.println("  " + p));
            return 1;
        }
        return 0;
    }

    /** Runs one phase; a failure becomes a problem and the run goes on. False if it failed. */
    private boolean phase(String name, Phases.Step step) {
        try {
            step.run();
            return true;
        } catch (Exception e) {
            results.problems.add(name + ": " + e);
            return false;
        }
    }

    private void write() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path json = options.out().resolve(results.mode + "-" + stamp + ".json");
        Path png = options.out().resolve(results.mode + "-" + stamp + ".png");
        try {
            mapper().writeValue(json.toFile(), results);
            Chart.draw(results.pipeline, Targets.ORDER_P99_MS, subtitle(results), png);
            Files.copy(json, options.out().resolve("latest-" + results.mode + ".json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(png, options.out().resolve("latest-" + results.mode + ".png"), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("wrote " + json + " and " + png);
        } catch (Exception e) {
            results.problems.add("could not write the results: " + e);
        }
    }

    private static Map<String, Object> describe(Options o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("idle", Text.seconds(o.idle()));
        m.put("pipelineWarmup", Text.seconds(o.pipelineWarmup()));
        m.put("warmup", Text.seconds(o.warmup()));
        m.put("duration", Text.seconds(o.duration()));
        m.put("rates", o.rates());
        m.put("keyReadRate", o.keyReadRate());
        m.put("keyReadDuration", Text.seconds(o.keyReadDuration()));
        m.put("repetitions", o.repetitions());
        m.put("cancellations", o.cancellations());
        m.put("drain", Text.seconds(o.drain()));
        m.put("partner", o.partner());
        m.put("sku", o.sku());
        m.put("activitySizes", o.activitySizes());
        m.put("exportAtMost", Text.seconds(o.exportAtMost()));
        m.put("billingLines", o.billingLines());
        m.put("jfr", o.jfr());
        return m;
    }

    private static Double round(Double mb) {
        return mb == null ? null : Math.round(mb * 10) / 10.0;
    }
}
