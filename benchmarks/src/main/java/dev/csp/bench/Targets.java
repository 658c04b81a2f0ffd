package dev.csp.bench;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The targets against what was measured: met, missed by how much, or not measured. */
final class Targets {

    static final double ORDERS_PER_SECOND = 500;
    static final double ORDER_P99_MS = 500;
    static final double CANCEL_P99_MS = 250;
    static final double KEY_READ_RATE = 500;
    static final double KEY_READ_P99_MS = 20;
    static final double LOG_PAGE_P99_MS = 50;
    static final double START_SECONDS = 3;
    /** The five started together by ./stack up --no-build: each ready within this. */
    static final double ALL_STARTED_SECONDS = 20;
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    static final double CLOSE_SECONDS = 20;
    static final double IDLE_RSS_MB = 300;
    static final double IDLE_CPU_MS_PER_S = 100;
    static final double CPU_PER_ORDER_MS = 12;
    static final double CPU_PER_KEY_READ_MS = 3;

    private Targets() {
    }

    static void judge(Results r) {
        List<Results.Target> t = r.targets;
        if (r.stackAtRest != null) {
            StackCpu.Idle idle = r.stackAtRest;
            t.add(new Results.Target("the stack at rest (" + Text.num(idle.seconds()) + " s before any load)",
                    Text.ms(idle.msPerSecond()) + " ms CPU/s", "<= " + Text.ms(IDLE_CPU_MS_PER_S) + " ms/s",
                    atMost(idle.msPerSecond(), IDLE_CPU_MS_PER_S, " ms/s")));
            t.add(new Results.Target("   at rest, by component (ms CPU/s)", StackCpu.breakdown(idle.byComponent()), "-", "-"));
        }
        if (r.ceiling != null) {
            t.add(new Results.Target("PostgreSQL durable commits/s (best of " + r.ceiling.commitsPerSecond().keySet() + " connections)",
                    Text.num(r.ceiling.bestCommitsPerSecond()), "-", "the ceiling"));
            t.add(new Results.Target("orders/s that ceiling allows (" + r.ceiling.commitsPerOrder().onThePath() + " commits/order; "
                    + (r.ceiling.commitsPerOrder().onThePath() + r.ceiling.commitsPerOrder().relayBatches()) + " with relays)",
                    Text.num(r.ceiling.maxOrdersPerSecond()) + " (" + Text.num(r.ceiling.maxOrdersPerSecondWithRelays()) + ")", "-", "-"));
        }
        Optional<OrderPipeline.Step> sustained = r.pipeline.stream().filter(OrderPipeline.Step::keptUp)
                .max(Comparator.comparingDouble(OrderPipeline.Step::offeredPerSecond));
        if (!r.pipeline.isEmpty()) {
            double best = sustained.map(OrderPipeline.Step::offeredPerSecond).orElse(0.0);
            String ofCeiling = r.ceiling == null || r.ceiling.maxOrdersPerSecond() <= 0 ? ""
                    : String.format(Locale.ROOT, " (%.0f%% of the ceiling)", 100 * best / r.ceiling.maxOrdersPerSecond());
            String firstSaturated = r.pipeline.stream().filter(s -> !s.keptUp()).findFirst()
                    .map(s -> "; saturated at " + Text.num(s.offeredPerSecond()) + "/s").orElse("; did not saturate");
            t.add(new Results.Target("orders/s sustained (POST to key, charge, log)", Text.num(best) + ofCeiling + firstSaturated,
                    ">= " + Text.num(ORDERS_PER_SECOND), atLeast(best, ORDERS_PER_SECOND, "/s")));
            double half = ORDERS_PER_SECOND / 2;
            Optional<OrderPipeline.Step> atHalf = r.pipeline.stream().filter(s -> s.offeredPerSecond() == half && s.repetition() == 1).findFirst();
            if (atHalf.isPresent()) {
                double p99 = Spread.of(r.pipeline.stream().filter(s -> s.offeredPerSecond() == half)
                        .map(s -> s.keyReadable().p99()).toList()).median();
                t.add(new Results.Target("p99 POST -> key readable at " + Text.num(half) + "/s", Text.ms(p99) + " ms",
                        "< " + Text.ms(ORDER_P99_MS) + " ms", atMost(p99, ORDER_P99_MS, " ms")));
            } else {
                String where = sustained.map(s -> "; at " + Text.num(s.offeredPerSecond()) + "/s p99 " + Spread.of(r.pipeline.stream()
                        .filter(o -> o.offeredPerSecond() == s.offeredPerSecond() && o.keyReadable().measured())
                        .map(o -> o.keyReadable().p99()).toList()).brief(" ms")).orElse("");
                t.add(new Results.Target("p99 POST -> key readable at " + Text.num(half) + "/s", "rate not run" + where,
                        "< " + Text.ms(ORDER_P99_MS) + " ms", "not measured"));
            }
            ordersCpu(t, r.pipeline, sustained);
        }
        if (!r.cancellations.isEmpty()) {
            cancellation(t, r.cancellations, "cancel -> first 410 on key read", Cancellations.Run::keyGone);
            cancellation(t, r.cancellations, "cancel -> credit issued (on the unbilled invoice)", Cancellations.Run::credited);
            cpu(t, "CPU per cancellation", r.cancellations.stream().map(Cancellations.Run::cpu).toList(), null);
        }
        if (!r.keyReads.isEmpty()) {
            t.add(keyReads(r.keyReads));
            cpu(t, "CPU per key read at " + Text.num(r.keyReads.get(0).ratePerSecond()) + "/s",
                    r.keyReads.stream().map(KeyReads.Run::cpu).toList(), CPU_PER_KEY_READ_MS);
        }
        if (!r.activityLog.isEmpty()) {
            ActivityLogReads.Run a = r.activityLog.get(0);
            String size = String.format(Locale.ROOT, " (%,d rows in the period; %,d in the table)", a.partnerRowsInPeriod(), a.tableRows());
            log(t, r.activityLog, "activity log first page p99" + size, ActivityLogReads.Run::firstPage);
            log(t, r.activityLog, "activity log deep page p99 (after " + String.format(Locale.ROOT, "%,d", a.deepPageAfter()) + " entries)",
                    ActivityLogReads.Run::deepPage);
            Spread export = Spread.of(r.activityLog.stream().map(ActivityLogReads.Run::exportRowsPerSecond).toList());
            t.add(new Results.Target("activity log CSV export rows/s", export.brief(""), "-", "-"));
        }
        for (ActivityLogAtSize.Size size : r.activityLogBySize) {
            String n = String.format(Locale.ROOT, "%,d", size.entries());
            log(t, size.runs(), "activity log of " + n + " entries: first page p99", ActivityLogReads.Run::firstPage);
            log(t, size.runs(), "activity log of " + n + " entries: deep page p99 (after "
                    + String.format(Locale.ROOT, "%,d", size.runs().isEmpty() ? 0 : size.runs().get(0).deepPageAfter()) + ")",
                    ActivityLogReads.Run::deepPage);
            t.add(new Results.Target("activity log of " + n + " entries: CSV export rows/s", Spread.of(size.runs().stream()
                    .map(ActivityLogReads.Run::exportRowsPerSecond).toList()).brief(""), "-", "-"));
        }
        if (r.periodClose != null) {
            PeriodClose.Run c = r.periodClose;
            long lines = c.charges() + c.credits();
            t.add(new Results.Target(String.format(Locale.ROOT, "closing a billing period of %,d lines", lines),
                    Text.num(c.closeSeconds()) + " s", "< " + Text.num(CLOSE_SECONDS) + " s (100,000 lines)",
                    lines < 100_000 ? "not at the target size" : atMost(c.closeSeconds(), CLOSE_SECONDS, " s")));
        } else {
            t.add(new Results.Target("closing a billing period of 100,000 lines", "not measured", "< " + Text.num(CLOSE_SECONDS) + " s",
                    "not measured"));
        }
        if (r.deadLetters != null) {
            long gained = r.deadLetters.gained();
            t.add(new Results.Target("records added to the dead-letter topics (*.dlq) during the run",
                    gained == 0 ? "none" : gained + " (" + r.deadLetters.grown() + ")", "none",
                    gained == 0 ? "met" : "BROKEN: events that never took effect"));
        }
        List<Results.ServiceFigures> together = r.services.stream().filter(s -> startedWithOthers(s, r.services)).toList();
        if (!together.isEmpty()) {
            double slowest = together.stream().mapToDouble(Results.ServiceFigures::startSeconds).max().orElseThrow();
            t.add(new Results.Target(together.size() + " services started together (the last start of each)",
                    "slowest " + Text.num(slowest) + " s", "all < " + Text.num(ALL_STARTED_SECONDS) + " s",
                    atMost(slowest, ALL_STARTED_SECONDS, " s")));
        }
        for (Results.ServiceFigures s : r.services) {
            String verdict = s.startSeconds() == null ? "not measured" : together.contains(s)
                    ? "not measured: started with others (alone: ./stack stop X; ./stack up --no-build)"
                    : atMost(s.startSeconds(), START_SECONDS, " s");
            t.add(new Results.Target(s.service() + " start time", s.startSeconds() == null ? "not in the log" : Text.num(s.startSeconds()) + " s",
                    "< " + Text.num(START_SECONDS) + " s alone", verdict));
            t.add(new Results.Target(s.service() + " RSS idle / peak under load / after", mb(s.rssIdleMb()) + " / "
                    + mb(s.rssPeakUnderLoadMb()) + " / " + mb(s.rssAfterLoadMb()) + " MB", "idle < " + Text.num(IDLE_RSS_MB) + " MB",
                    s.rssIdleMb() == null ? "not measured" : atMost(s.rssIdleMb(), IDLE_RSS_MB, " MB")));
        }
    }

    /**
     * CPU per order is judged where the pipeline kept up, at its highest such rate (every repetition of it): a
     * saturated step's backlog is still being worked off when its window closes. With no step kept up, at the lowest
     * rate, and the row says so. The cost at every step follows, as it falls with the rate (relay batches amortize).
     */
    private static void ordersCpu(List<Results.Target> t, List<OrderPipeline.Step> steps, Optional<OrderPipeline.Step> sustained) {
        List<OrderPipeline.Step> measured = steps.stream().filter(s -> s.cpu() != null).toList();
        if (measured.isEmpty()) {
            return; // a results file from before CPU was measured
        }
        double rate = sustained.map(OrderPipeline.Step::offeredPerSecond).orElse(measured.get(0).offeredPerSecond());
        cpu(t, "CPU per order at " + Text.num(rate) + "/s" + (sustained.isPresent() ? "" : " (not kept up)"),
                measured.stream().filter(s -> s.offeredPerSecond() == rate).map(OrderPipeline.Step::cpu).toList(), CPU_PER_ORDER_MS);
        t.add(new Results.Target("   CPU per order at each step (ms)", measured.stream()
                .map(s -> Text.num(s.offeredPerSecond()) + "/s " + (s.cpu().msPerUnit() == null ? "n/a" : Text.ms(s.cpu().msPerUnit()))
                        + (s.keptUp() ? "" : " (not kept up)"))
                .collect(Collectors.joining(", ")), "-", "-"));
    }

    /**
     * CPU per unit over the runs (median and spread of those where a unit completed; n/a if none did) and, below it,
     * each component's median. {@code limit} null: reported, not judged.
     */
    private static void cpu(List<Results.Target> t, String what, List<StackCpu.Cost> costs, Double limit) {
        List<StackCpu.Cost> measured = costs.stream().filter(Objects::nonNull).filter(c -> c.msPerUnit() != null).toList();
        if (costs.stream().allMatch(Objects::isNull)) {
            return; // a results file from before CPU was measured
        }
        String target = limit == null ? "-" : "<= " + Text.ms(limit) + " ms";
        if (measured.isEmpty()) {
            t.add(new Results.Target(what, "n/a (no unit completed)", target, limit == null ? "-" : "not measured"));
            return;
        }
        Spread total = Spread.of(measured.stream().map(StackCpu.Cost::msPerUnit).toList());
        boolean gross = measured.stream().anyMatch(c -> c.notes().stream().anyMatch(n -> n.contains("gross")));
        t.add(new Results.Target(what, total.brief(" ms") + (gross ? " (gross: the stack at rest not measured)" : ""), target,
                limit == null ? "-" : atMost(total.median(), limit, " ms")));
        Map<String, Double> byComponent = new LinkedHashMap<>();
        for (String component : StackCpu.COMPONENTS) {
            List<Double> values = measured.stream().map(c -> c.byComponent().get(component)).filter(Objects::nonNull).toList();
            if (!values.isEmpty()) {
                byComponent.put(component, Spread.of(values).median());
            }
        }
        t.add(new Results.Target("   by component (ms)", StackCpu.breakdown(byComponent), "-", "-"));
    }

    /** A run that fell behind did not sustain the rate: that, not the latency of its few answers, is the verdict. */
    private static Results.Target keyReads(List<KeyReads.Run> runs) {
        double rate = runs.get(0).ratePerSecond();
        List<Double> p99s = runs.stream().filter(k -> k.latency().measured()).map(k -> k.latency().p99()).toList();
        List<Double> p50s = runs.stream().filter(k -> k.latency().measured()).map(k -> k.latency().p50()).toList();
        Spread served = Spread.of(runs.stream().map(KeyReads.Run::servedPerSecond).toList());
        boolean behind = runs.stream().anyMatch(KeyReads.Run::stoppedEarly);
        String measured = (p99s.isEmpty() ? "no read answered in time" : "p50 " + Text.ms(Spread.of(p50s).median()) + " ms, p99 "
                + Spread.of(p99s).brief(" ms")) + "; served " + served.brief("/s") + (behind ? "; fell behind, stopped early" : "");
        String verdict = behind ? String.format(Locale.ROOT, "MISSED: served %s/s of %s/s", Text.num(served.median()), Text.num(rate))
                : p99s.isEmpty() ? "not measured"
                : rate < KEY_READ_RATE ? "not at the target rate" : atMost(Spread.of(p99s).median(), KEY_READ_P99_MS, " ms");
        return new Results.Target("key reads at " + Text.num(rate) + "/s", measured,
                "p99 < " + Text.ms(KEY_READ_P99_MS) + " ms at " + Text.num(KEY_READ_RATE) + "/s", verdict);
    }

    private static void cancellation(List<Results.Target> t, List<Cancellations.Run> runs, String what,
                                     java.util.function.Function<Cancellations.Run, Latencies.Summary> figure) {
        Spread p99 = Spread.of(runs.stream().map(run -> figure.apply(run).p99()).toList());
        Spread p50 = Spread.of(runs.stream().map(run -> figure.apply(run).p50()).toList());
        t.add(new Results.Target(what + " p50 / p99", Text.ms(p50.median()) + " / " + p99.brief(" ms"),
                "p99 < " + Text.ms(CANCEL_P99_MS) + " ms", atMost(p99.median(), CANCEL_P99_MS, " ms")));
    }

    private static void log(List<Results.Target> t, List<ActivityLogReads.Run> runs, String what,
                            java.util.function.Function<ActivityLogReads.Run, Latencies.Summary> figure) {
        List<Double> p99s = runs.stream().map(figure).filter(Latencies.Summary::measured).map(Latencies.Summary::p99).toList();
        Spread p99 = Spread.of(p99s);
        t.add(new Results.Target(what, p99s.isEmpty() ? "log too small" : p99.brief(" ms"), "< " + Text.ms(LOG_PAGE_P99_MS) + " ms",
                p99s.isEmpty() ? "not measured" : atMost(p99.median(), LOG_PAGE_P99_MS, " ms")));
    }

    /** Whether the service's last start overlapped another service's last start (each ends when it was logged). */
    static boolean startedWithOthers(Results.ServiceFigures service, List<Results.ServiceFigures> all) {
        Optional<double[]> mine = startInterval(service);
        return mine.isPresent() && all.stream().filter(other -> other != service).map(Targets::startInterval)
                .flatMap(Optional::stream).anyMatch(other -> other[0] < mine.get()[1] && mine.get()[0] < other[1]);
    }

    /** [begin, end] in epoch seconds, from the "started in" line's time and duration. */
    private static Optional<double[]> startInterval(Results.ServiceFigures service) {
        if (service.startSeconds() == null || service.startLoggedAt() == null) {
            return Optional.empty();
        }
        try {
            LocalDateTime logged = LocalDateTime.parse(service.startLoggedAt(), LOG_TIME);
            double end = logged.toEpochSecond(ZoneOffset.UTC) + logged.getNano() / 1e9;
            return Optional.of(new double[] {end - service.startSeconds(), end});
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String atMost(double value, double limit, String unit) {
        return value <= limit ? "met" : String.format(Locale.ROOT, "MISSED by %s%s (%.1fx)", Text.num(value - limit), unit, value / limit);
    }

    private static String atLeast(double value, double goal, String unit) {
        return value >= goal ? "met" : String.format(Locale.ROOT, "MISSED by %s%s (%.0f%% of it)", Text.num(goal - value), unit,
                100 * value / goal);
    }

    private static String mb(Double value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%.0f", value);
    }

    /** The table, columns as wide as their widest cell. */
    static String table(List<Results.Target> rows) {
        String[] head = {"measurement", "measured", "target", "verdict"};
        int[] w = new int[4];
        for (int i = 0; i < 4; i++) {
            w[i] = head[i].length();
        }
        for (Results.Target r : rows) {
            String[] cells = {r.what(), r.measured(), r.target(), r.verdict()};
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], cells[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        String format = "%-" + w[0] + "s | %-" + w[1] + "s | %-" + w[2] + "s | %s%n";
        out.append(String.format(format, (Object[]) head));
        out.append("-".repeat(w[0] + w[1] + w[2] + w[3] + 9)).append('\n');
        for (Results.Target r : rows) {
            out.append(String.format(format, r.what(), r.measured(), r.target(), r.verdict()));
        }
        return out.toString();
    }
}
