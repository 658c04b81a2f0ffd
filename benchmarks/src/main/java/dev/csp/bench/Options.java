package dev.csp.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What to run, how long and how hard; {@code --smoke} shrinks everything to a few seconds at low rates. */
record Options(boolean smoke, Duration warmup, Duration duration, List<Double> rates, double keyReadRate,
               Duration keyReadDuration, int repetitions, int cancellations, Duration drain, Path out, Path stackDir,
               List<String> jfr, Partner partner, String sku, Path report, List<Long> activitySizes, Duration exportAtMost,
               Duration checkpointWait, int billingLines, Duration pipelineWarmup, Duration idle) {

    static final String USAGE = """
            Usage: java -jar benchmarks/target/benchmarks.jar [options]   (against a running ./stack up)
              --smoke                 every measurement for a few seconds at low rates (< 60 s); exit 1 only if broken
              --idle-seconds 10       the stack at rest, before any load: its CPU/s, subtracted from every CPU per
                                      order, key read and cancellation (3 in a smoke run)
              --duration 20s          measured part of each order-pipeline step (after its warm-up)
              --warmup 5s             warm-up of each step, excluded from the figures
              --pipeline-warmup 60s   orders before the first step, not counted (JIT, connections): a third each
                                      at a quarter, half and all of the first rate
              --rates 5,10,20,...     order rates to step through (orders/s); stops at the first that saturates
              --key-read-rate 500     key reads per second
              --key-read-duration 15s measured part of each key-read run
              --repetitions 3         repetitions of the cheap measurements (and of the highest sustained step)
              --cancellations 20      cancellations per repetition
              --drain 60s             how long a step waits for its last orders' effects
              --activity-sizes 10000,10000000
                                      activity logs of these sizes (benchmark tenants; loaded once, reused after)
              --export-at-most 15s    how long each CSV export is streamed (rows/s over that time)
              --checkpoint-wait 20m   how long to wait for audit-service to checkpoint a freshly loaded large log
              --billing-lines 100000  lines of the billing period that is closed (nine charges per credit)
              --jfr SERVICE[,...]     JFR-profile these services from the first order step to the end of the key reads
              --partner fabrikam      whose customer buys: fabrikam (Northwind Traders) or contoso (Adatum)
              --sku ws2022-std-16core what each order buys (one line, quantity 1)
              --out DIR               where results go (default benchmarks/target/results)
              --stack-dir DIR         the stack's state folder, for pids and logs (default .stack)
              --report FILE.json      measure nothing: judge a results file again with this version (table, targets
                                      and chart recomputed from its figures; the file's targets are rewritten)
            Service URLs: -Dcsp.order.url=... as in system-tests; -Dcsp.kafka=localhost:9092;
            -Dcsp.postgres=jdbc:postgresql://localhost:5432/
            """;

    static Options parse(String[] args) {
        boolean smoke = Arrays.asList(args).contains("--smoke");
        Duration warmup = smoke ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
        Duration duration = smoke ? Duration.ofSeconds(3) : Duration.ofSeconds(20);
        List<Double> rates = smoke ? List.of(3.0) : List.of(5.0, 10.0, 20.0, 40.0, 80.0, 160.0, 250.0, 500.0);
        double keyReadRate = smoke ? 20 : 500;
        Duration keyReadDuration = smoke ? Duration.ofSeconds(2) : Duration.ofSeconds(15);
        int repetitions = smoke ? 1 : 3;
        int cancellations = smoke ? 3 : 20;
        Duration drain = smoke ? Duration.ofSeconds(15) : Duration.ofSeconds(60);
        Path out = defaultOut();
        Path stackDir = Path.of(".stack");
        List<String> jfr = List.of();
        Partner partner = Partner.FABRIKAM;
        String sku = "ws2022-std-16core";
        Path report = null;
        List<Long> activitySizes = smoke ? List.of(10_000L) : List.of(10_000L, 10_000_000L);
        Duration exportAtMost = smoke ? Duration.ofSeconds(2) : Duration.ofSeconds(15);
        Duration checkpointWait = Duration.ofMinutes(20);
        int billingLines = smoke ? 1_000 : 100_000;
        Duration pipelineWarmup = smoke ? Duration.ZERO : Duration.ofSeconds(60);
        Duration idle = smoke ? Duration.ofSeconds(3) : Duration.ofSeconds(10);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--smoke" -> { }
                case "--help", "-h" -> throw new Usage(USAGE);
                case "--duration" -> duration = Text.duration(value(args, ++i, a));
                case "--warmup" -> warmup = Text.duration(value(args, ++i, a));
                case "--rates" -> rates = Arrays.stream(value(args, ++i, a).split(",")).map(Double::valueOf).toList();
                case "--key-read-rate" -> keyReadRate = Double.parseDouble(value(args, ++i, a));
                case "--key-read-duration" -> keyReadDuration = Text.duration(value(args, ++i, a));
                case "--repetitions" -> repetitions = Integer.parseInt(value(args, ++i, a));
                case "--cancellations" -> cancellations = Integer.parseInt(value(args, ++i, a));
                case "--drain" -> drain = Text.duration(value(args, ++i, a));
                case "--jfr" -> jfr = List.of(value(args, ++i, a).split(","));
                case "--partner" -> partner = Partner.named(value(args, ++i, a));
                case "--sku" -> sku = value(args, ++i, a);
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--stack-dir" -> stackDir = Path.of(value(args, ++i, a));
                case "--activity-sizes" -> activitySizes = Arrays.stream(value(args, ++i, a).split(",")).map(Long::valueOf).toList();
                case "--export-at-most" -> exportAtMost = Text.duration(value(args, ++i, a));
                case "--checkpoint-wait" -> checkpointWait = Text.duration(value(args, ++i, a));
                case "--pipeline-warmup" -> pipelineWarmup = Text.duration(value(args, ++i, a));
                case "--billing-lines" -> billingLines = Integer.parseInt(value(args, ++i, a));
                case "--idle-seconds" -> idle = Text.duration(value(args, ++i, a));
                case "--report" -> report = Path.of(value(args, ++i, a)).toAbsolutePath();
                default -> throw new Usage("Unknown option " + a + "\n\n" + USAGE);
            }
        }
        if (repetitions < 1 || cancellations < 1 || rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0)) {
            throw new Usage("--repetitions and --cancellations must be at least 1, rates positive\n\n" + USAGE);
        }
        if (activitySizes.stream().anyMatch(n -> n < 1_000) || billingLines < 10) {
            throw new Usage("--activity-sizes must be at least 1000 each, --billing-lines at least 10\n\n" + USAGE);
        }
        if (idle.toMillis() < 1000) {
            // under a second the clock ticks (10 ms each) and the stack's timers make the rate noise
            throw new Usage("--idle-seconds must be at least 1\n\n" + USAGE);
        }
        return new Options(smoke, warmup, duration, new ArrayList<>(rates), keyReadRate, keyReadDuration, repetitions,
                cancellations, drain, out.toAbsolutePath(), stackDir.toAbsolutePath(), jfr, partner, sku, report,
                List.copyOf(activitySizes), exportAtMost, checkpointWait, billingLines, pipelineWarmup, idle);
    }

    /** benchmarks/target/results beside the jar, wherever it is run from. */
    private static Path defaultOut() {
        try {
            Path jar = Path.of(Options.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolve("results");
        } catch (Exception e) {
            return Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks/target/results") : Path.of("target/results");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new Usage(option + " needs a value\n\n" + USAGE);
        }
        return args[i];
    }

    /** Bad options: the message says what to do. */
    static final class Usage extends RuntimeException {
        Usage(String message) {
            super(message);
        }
    }
}
