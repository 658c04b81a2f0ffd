package dev.csp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurements in their order: the stack at rest, the ceiling, the order steps, cancellations, key reads, the
 * activity log as the benchmark's partner has it and at fixed sizes, closing a billing period; the dead-letter topics
 * counted before and after all of it.
 */
record Phases(Options options, Results results, Api api, Services services, Profiler profiler, StackCpu cpu) {

    interface Step {
        void run() throws Exception;
    }

    Phases(Options options, Results results, Api api, Services services) {
        this(options, results, api, services, new Profiler(services, options.out()), new StackCpu(options.stackDir()));
    }

    void runAll() throws Exception {
        Map<String, Long> deadLetters = countDeadLetters("at the start");
        phase("the stack at rest", this::atRest);
        try {
            measure();
        } finally {
            Map<String, Long> atEnd = countDeadLetters("at the end");
            if (deadLetters != null && atEnd != null) {
                checkDeadLetters(DeadLetters.Gain.between(deadLetters, atEnd));
            }
        }
    }

    private void measure() throws Exception {
        phase("commit ceiling", this::ceiling);
        EventWatch events = watchEvents();
        if (events != null) {
            try (events) {
                Purchases purchases = new Purchases(api, events, options.partner(), options.sku(), options.drain());
                OrderPipeline pipeline = new OrderPipeline(purchases, options, cpu);
                services.resetPeaks();
                List<String> profiled = startProfiles();
                try {
                    phase("order pipeline", () -> orders(pipeline));
                    phase("cancellation", () -> cancellations(new Cancellations(api, events, purchases, options.partner(),
                            options.drain(), cpu)));
                    phase("key reads", () -> keyReads(new KeyReads(api, purchases, options.partner(), cpu), pipeline.purchases()));
                } finally {
                    stopProfiles(profiled);
                }
            }
        }
        phase("activity log", this::activityLog);
        BenchTenants tenants = new BenchTenants();
        for (long size : options.activitySizes()) {
            phase(String.format("activity log of %,d entries", size), () -> activityLogAtSize(tenants, size));
        }
        phase(String.format("closing a billing period of %,d lines", options.billingLines()), () -> closePeriod(tenants));
    }

    /** Before any load: what the stack costs doing nothing (timers, heartbeats, Kafka's and Keycloak's housekeeping). */
    private void atRest() throws InterruptedException {
        StackCpu.Idle idle = cpu.measureIdle(options.idle());
        results.stackAtRest = idle;
        System.out.printf("   %s over %s s%n", idle.brief(), Text.num(idle.seconds()));
        idle.notes().forEach(note -> results.notes.add("the stack at rest: " + note));
    }

    /** The dead-letter topics' end offsets summed; null (and a problem) if Kafka could not be asked. */
    private Map<String, Long> countDeadLetters(String when) {
        try {
            return DeadLetters.count(EventWatch.connection(options.stackDir()));
        } catch (Exception e) {
            results.problems.add("dead-letter topics not counted " + when + ": " + e);
            return null;
        }
    }

    /** An event that went to a dead-letter topic never took effect: broken, not slow. */
    private void checkDeadLetters(DeadLetters.Gain gain) {
        results.deadLetters = gain;
        System.out.printf("%n== dead-letter topics: %d record(s) at the start, %d at the end (%d topics)%n",
                gain.atStart().values().stream().mapToLong(Long::longValue).sum(),
                gain.atEnd().values().stream().mapToLong(Long::longValue).sum(), gain.atEnd().size());
        if (gain.gained() > 0) {
            results.problems.add("dead-letter topics gained " + gain.gained() + " records (" + gain.grown() + ")");
        }
    }

    private void activityLogAtSize(BenchTenants tenants, long size) throws Exception {
        ActivityLogAtSize.Size measured = new ActivityLogAtSize(api, tenants).measure(size, options.repetitions(),
                options.smoke() ? 20 : 100, options.exportAtMost(), options.checkpointWait());
        results.activityLogBySize.add(measured);
        for (ActivityLogReads.Run run : measured.runs()) {
            if (run.failed() > 0) {
                results.problems.add(String.format("activity log of %,d entries: %d failed %s", size, run.failed(), run.failures()));
            }
        }
    }

    private void closePeriod(BenchTenants tenants) throws Exception {
        PeriodClose.Run run = new PeriodClose(api, tenants).run(options.billingLines());
        results.periodClose = run;
        System.out.printf("   %s: %,d charges and %,d credits loaded in %s s; closed in %s s into %s with %,d lines%n", run.period(),
                run.charges(), run.credits(), Text.num(run.loadSeconds()), Text.num(run.closeSeconds()), run.invoiceNumber(),
                run.invoiceLines());
        if (run.invoiceLines() != run.charges() + run.credits()) {
            results.problems.add("closing " + run.period() + ": the invoice has " + run.invoiceLines() + " lines, not "
                    + (run.charges() + run.credits()));
        }
    }

    /** JFR recordings of the services named by --jfr, from the first order step to the end of the key reads. */
    private List<String> startProfiles() {
        List<String> profiled = new ArrayList<>();
        Duration longest = options.warmup().plus(options.duration()).plus(options.drain())
                .multipliedBy(options.rates().size() + options.repetitions() + 4);
        for (String service : options.jfr()) {
            try {
                profiler.start(service, longest);
                profiled.add(service);
            } catch (Exception e) {
                results.notes.add("no JFR recording of " + service + ": " + e.getMessage());
            }
        }
        return profiled;
    }

    private void stopProfiles(List<String> profiled) {
        for (String service : profiled) {
            try {
                Profiler.Profile profile = profiler.stop(service);
                results.profiles.add(profile);
                System.out.print(profile.describe());
            } catch (Exception e) {
                results.notes.add("JFR recording of " + service + " not read: " + e.getMessage());
            }
        }
    }

    /** Without the events the effects cannot be seen: the order, cancellation and key-read phases are skipped. */
    private EventWatch watchEvents() {
        String bootstrap = EventWatch.bootstrap();
        try {
            return new EventWatch(EventWatch.connection(options.stackDir()), options.partner().customerId());
        } catch (Exception e) {
            results.problems.add("Kafka at " + bootstrap + ": " + e + " (order, cancellation and key-read phases skipped)");
            return null;
        }
    }

    private void phase(String name, Step step) {
        System.out.printf("%n== %s (load average %s)%n", name, Machine.loadAverage());
        try {
            step.run();
        } catch (Exception e) {
            results.problems.add(name + ": " + e);
            System.out.println("   FAILED: " + e);
        }
    }

    private void ceiling() throws Exception {
        CommitCeiling ceiling = new CommitCeiling();
        List<Integer> connections = options.smoke() ? List.of(1, 4) : List.of(1, 4, 8);
        Duration each = options.smoke() ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
        List<CommitCeiling.Run> runs = new ArrayList<>();
        CommitCeiling.Settings settings = ceiling.prepare();
        try {
            for (int r = 1; r <= options.repetitions(); r++) {
                for (int n : connections) {
                    CommitCeiling.Run run = ceiling.measure(n, each);
                    runs.add(run);
                    System.out.printf("   %d connection(s): %s commits/s, commit %s%n", n, Text.num(run.commitsPerSecond()),
                            run.commit().brief());
                }
            }
        } finally {
            ceiling.cleanUp();
        }
        Map<Integer, Spread> byConnections = new LinkedHashMap<>();
        for (int n : connections) {
            byConnections.put(n, Spread.of(runs.stream().filter(r -> r.connections() == n).map(CommitCeiling.Run::commitsPerSecond).toList()));
        }
        double best = byConnections.values().stream().mapToDouble(Spread::median).max().orElse(0);
        Results.CommitCount count = Results.CommitCount.ORDER;
        results.ceiling = new Results.Ceiling(settings, runs, byConnections, Math.round(best), count,
                Math.round(best / count.onThePath()), Math.round(best / (count.onThePath() + count.relayBatches())));
        System.out.printf("   synchronous_commit=%s fsync=%s wal_sync_method=%s; best %s commits/s -> at most %s orders/s%n",
                settings.synchronousCommit(), settings.fsync(), settings.walSyncMethod(), Text.num(best),
                Text.num(results.ceiling.maxOrdersPerSecond()));
        if (!"on".equals(settings.synchronousCommit())) {
            results.notes.add("synchronous_commit is " + settings.synchronousCommit() + ": commits are not durable, the ceiling is too high");
        }
    }

    private void orders(OrderPipeline pipeline) {
        results.pipeline.addAll(pipeline.sweep(Phases::printStep));
        checkOrders();
    }

    /** A warm-up step measures nothing: only whether it kept up. */
    private static void printStep(OrderPipeline.Step step) {
        if (step.repetition() == 0) {
            System.out.printf("   %s/s (warm-up, not measured): %s; load %s%n", Text.num(step.offeredPerSecond()),
                    step.verdict(), step.loadAverage());
            return;
        }
        System.out.printf("   %s/s%s: %s; achieved %s/s; POST p99 %s ms; key readable %s, median first/last quarter %s/%s ms; "
                        + "charge p99 %s ms; logged p99 %s ms (%d sampled); load %s%n     %s%n",
                Text.num(step.offeredPerSecond()), step.repetition() > 1 ? " (repetition " + step.repetition() + ")" : "",
                step.verdict(), Text.num(step.achievedPerSecond()), Text.ms(step.post().p99()), step.keyReadable().brief(),
                Text.ms(step.keyMedianFirstQuarter()), Text.ms(step.keyMedianLastQuarter()),
                Text.ms(step.chargeRecorded().p99()), Text.ms(step.purchaseLogged().p99()), step.purchaseLogged().count(),
                step.loadAverage(), (step.cpu() == null ? "CPU not measured" : step.cpu().brief())
                        + (step.failures().isEmpty() ? "" : "; failures seen: " + step.failures()));
    }

    /** Broken, not slow: the first (lowest) step must complete every order; in a smoke run, every step. */
    private void checkOrders() {
        List<OrderPipeline.Step> steps = results.pipeline;
        if (steps.isEmpty() || steps.stream().allMatch(s -> s.completed() == 0)) {
            results.problems.add("order pipeline: no key ever became readable");
            return;
        }
        for (OrderPipeline.Step step : options.smoke() ? steps : steps.subList(0, 1)) {
            if (step.failed() > 0 || step.incomplete() > 0) {
                results.problems.add("order pipeline at " + Text.num(step.offeredPerSecond()) + "/s: " + step.verdict()
                        + (step.failures().isEmpty() ? "" : " " + step.failures()));
            }
        }
    }

    private void cancellations(Cancellations cancellations) throws Exception {
        double rate = options.smoke() ? 2 : 4;
        for (int r = 1; r <= options.repetitions(); r++) {
            Cancellations.Run run = cancellations.run(r, options.cancellations(), rate);
            results.cancellations.add(run);
            System.out.printf("   %d cancelled at %s/s: first 410 %s; credit %s; %d of %d credits listed among %d unbilled lines (read in %s ms)%n     %s%n",
                    run.cancelled(), Text.num(rate), run.keyGone().brief(), run.credited().brief(), run.creditsListed(),
                    run.cancelled(), run.unbilledLines(), Text.ms(run.unbilledMillis()), run.cpu().brief());
            if (run.failed() > 0 || run.creditsListed() < run.cancelled() || run.keyGone().count() < run.cancelled()) {
                results.problems.add("cancellation: " + run.failed() + " failed, " + run.creditsListed() + " of "
                        + run.cancelled() + " credits listed " + run.failures());
            }
        }
    }

    private void keyReads(KeyReads reads, List<Purchases.Purchase> purchases) {
        List<String> ids = purchases.stream().map(Purchases.Purchase::entitlementId).distinct().limit(500).toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no readable key to read (the order pipeline produced none)");
        }
        Duration warmup = options.smoke() ? Duration.ofMillis(500) : Duration.ofSeconds(3);
        for (int r = 1; r <= options.repetitions(); r++) {
            KeyReads.Run run = reads.run(r, ids, options.keyReadRate(), warmup, options.keyReadDuration());
            results.keyReads.add(run);
            System.out.printf("   %s/s over %d keys: %s; served %s/s%s; %d failed; load %s%n     %s%n", Text.num(run.ratePerSecond()),
                    ids.size(), run.latency().brief(), Text.num(run.servedPerSecond()),
                    run.stoppedEarly() ? " (stopped early: over 2 s behind)" : "", run.failed(), run.loadAverage(),
                    run.cpu().brief());
            if (run.failed() > 0) {
                results.problems.add("key reads: " + run.failed() + " failed " + run.failures());
            }
        }
    }

    private void activityLog() throws Exception {
        ActivityLogReads reads = new ActivityLogReads(api, options.partner().accountant());
        int requests = options.smoke() ? 20 : 100;
        for (int r = 1; r <= options.repetitions(); r++) {
            ActivityLogReads.Run run = reads.run(r, 20, requests, -1, Duration.ofMinutes(10), reads::followLinks);
            results.activityLog.add(run);
            System.out.printf("   %,d rows in the period (%,d in the table): first page %s; deep page (after %,d) %s; export %s rows/s%n",
                    run.partnerRowsInPeriod(), run.tableRows(), run.firstPage().brief(), run.deepPageAfter(),
                    run.deepPage().brief(), Text.num(run.exportRowsPerSecond()));
            if (run.failed() > 0) {
                results.problems.add("activity log: " + run.failed() + " failed " + run.failures());
            }
        }
    }
}
