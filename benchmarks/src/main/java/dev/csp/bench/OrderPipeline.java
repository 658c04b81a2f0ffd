package dev.csp.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Orders at fixed rates, step by step, until one saturates: each step's latencies from the time each order was due
 * (warm-up excluded), the rate at which orders completed, and whether the pipeline kept up. A step is stopped early
 * once ten seconds of orders are waiting, so a saturated step leaves a bounded backlog.
 */
final class OrderPipeline {

    /**
     * One step. Latencies in ms from the order's due time; {@code achievedPerSecond} from the measured completions;
     * the median POST-to-key of the first and the last quarter of the measured orders (a growing queue shows there).
     * {@code cpu}: what the stack used from the end of the warm-up until the drain (and {@link StackCpu#TRAIL}) was
     * over, per order completed in that window (a warm-up order finishing in it counts: its tail is in the window);
     * null for the pipeline's warm-up, which has no measured part.
     */
    record Step(double offeredPerSecond, int repetition, long sent, long measured, long completed, long failed,
                long incomplete, double achievedPerSecond, double keyMedianFirstQuarter, double keyMedianLastQuarter,
                boolean keptUp, String verdict, Latencies.Summary post,
                Latencies.Summary keyReadable, Latencies.Summary chargeRecorded, Latencies.Summary purchaseLogged,
                List<String> failures, String loadAverage, StackCpu.Cost cpu) {
    }

    private final Purchases purchases;
    private final Options options;
    private final StackCpu cpu;
    private final Queue<Purchases.Purchase> ready = new ConcurrentLinkedQueue<>();
    private final AtomicLong outstanding = new AtomicLong();

    OrderPipeline(Purchases purchases, Options options, StackCpu cpu) {
        this.purchases = purchases;
        this.options = options;
        this.cpu = cpu;
    }

    /** Every purchase that completed, in any step: keys to read later. */
    List<Purchases.Purchase> purchases() {
        return new ArrayList<>(ready);
    }

    /** Steps up through the rates until one does not keep up; then repeats the highest that did. */
    List<Step> sweep(java.util.function.Consumer<Step> report) {
        if (!options.pipelineWarmup().isZero() && !options.pipelineWarmup().isNegative()) {
            // every service's order path compiled and its connections open before anything counts (repetition 0);
            // in three stages, a quarter, half and all of the first rate: a stack just started (its JIT cold) falls
            // behind at once at the full rate, and its orders then time out instead of warming it
            java.time.Duration stage = options.pipelineWarmup().dividedBy(3);
            for (double share : new double[] {0.25, 0.5, 1}) {
                report.accept(run(options.rates().get(0) * share, 0, stage, java.time.Duration.ZERO));
                settle();
            }
        }
        List<Step> steps = new ArrayList<>();
        Step highest = null;
        for (double rate : options.rates()) {
            Step step = run(rate, 1);
            steps.add(step);
            report.accept(step);
            if (!step.keptUp()) {
                break;
            }
            highest = step;
        }
        settle();
        for (int r = 2; highest != null && r <= options.repetitions(); r++) {
            Step again = run(highest.offeredPerSecond(), r);
            steps.add(again);
            report.accept(again);
            settle();
        }
        return steps;
    }

    Step run(double rate, int repetition) {
        return run(rate, repetition, options.warmup(), options.duration());
    }

    private Step run(double rate, int repetition, java.time.Duration warmup, java.time.Duration duration) {
        Latencies post = new Latencies();
        Latencies key = new Latencies();
        Latencies charge = new Latencies();
        Latencies logged = new Latencies();
        AtomicLong sent = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong timedOut = new AtomicLong();
        AtomicLong failedMeasured = new AtomicLong();
        Queue<Long> completions = new ConcurrentLinkedQueue<>();
        Queue<long[]> keyByDue = new ConcurrentLinkedQueue<>();
        Set<String> failures = Collections.synchronizedSet(new LinkedHashSet<>());
        long auditEvery = Math.max(1, (long) Math.ceil(rate / 5)); // about five audited orders a second
        long measuredFrom = System.nanoTime() + warmup.toNanos();
        long backlogLimit = Math.max(50, Math.round(rate * 10));
        AtomicLong completedInWindow = new AtomicLong();
        boolean metered = !duration.isZero();
        // taken off the sending thread, so that reading /proc delays no order
        CompletableFuture<StackCpu.Snapshot> windowStart = !metered ? null : CompletableFuture.supplyAsync(cpu::snapshot,
                CompletableFuture.delayedExecutor(Math.max(0, measuredFrom - System.nanoTime()), TimeUnit.NANOSECONDS));

        OpenLoop.run(rate, warmup.plus(duration), due -> {
            boolean counted = due >= measuredFrom;
            long n = sent.getAndIncrement();
            if (counted) {
                measured.incrementAndGet();
            }
            outstanding.incrementAndGet();
            purchases.place(due, n % auditEvery == 0).thenAccept(trace -> {
                outstanding.decrementAndGet();
                if (trace.failure != null) {
                    (trace.timedOut ? timedOut : failed).incrementAndGet();
                    if (counted) {
                        failedMeasured.incrementAndGet();
                    }
                    if (failures.size() < 5) {
                        failures.add(trace.failure);
                    }
                    return;
                }
                ready.add(trace.purchase);
                if (trace.completed() >= measuredFrom) {
                    completedInWindow.incrementAndGet();
                }
                if (counted) {
                    post.recordNanos(trace.placed - due);
                    key.recordNanos(trace.keyReadable - due);
                    charge.recordNanos(Math.max(0, trace.charged - due));
                    if (trace.audited) {
                        logged.recordNanos(trace.logged - due);
                    }
                    completions.add(trace.completed());
                    keyByDue.add(new long[] {due, trace.keyReadable - due});
                }
            });
        }, () -> outstanding.get() > backlogLimit || failed.get() > Math.max(5, sent.get() / 20));
        long planned = (long) Math.floor(warmup.plus(duration).toNanos() / 1e9 * rate);
        if (sent.get() < planned) {
            purchases.dropWaiting(); // stopped early: what has not gone out yet never will
        }

        long drainUntil = System.nanoTime() + options.drain().toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < drainUntil) {
            sleep(50);
        }
        StackCpu.Cost used = null;
        if (metered) {
            sleep(StackCpu.TRAIL.toMillis());
            long unitsInWindow = completedInWindow.get();
            used = cpu.cost("order", windowStart.join(), cpu.snapshot(), unitsInWindow);
        }
        long completed = key.count();
        long incomplete = measured.get() - completed - failedMeasured.get(); // still followed when the drain ended
        double achieved = achievedRate(new ArrayList<>(completions));
        double[] quarters = quarterMedians(new ArrayList<>(keyByDue));
        String verdict = verdict(rate, planned, sent.get(), measured.get(), failed.get() + timedOut.get(), Math.max(0, incomplete),
                achieved, quarters);
        return new Step(rate, repetition, sent.get(), measured.get(), completed, failed.get() + timedOut.get(),
                Math.max(0, incomplete), achieved, quarters[0], quarters[1], verdict.equals("kept up"), verdict,
                post.summary(), key.summary(), charge.summary(), logged.summary(), new ArrayList<>(failures),
                Machine.loadAverage(), used);
    }

    /** Waits (up to the drain time) until no order of an earlier step is still being followed. */
    void settle() {
        long until = System.nanoTime() + options.drain().toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < until) {
            sleep(100);
        }
    }

    private static String verdict(double rate, long planned, long sent, long measured, long failed, long incomplete,
                                  double achieved, double[] quarters) {
        List<String> why = new ArrayList<>();
        if (sent < planned) {
            why.add("stopped early: " + (failed > 0 ? "failures" : "over 10 s of orders waiting"));
        }
        if (failed > 0) {
            why.add(failed + " failed or timed out");
        }
        if (incomplete > 0) {
            why.add(incomplete + " of " + measured + " not complete after the drain");
        }
        if (quarters[1] - quarters[0] > Math.max(250, quarters[0])) {
            why.add("latency grew from " + Text.ms(quarters[0]) + " to " + Text.ms(quarters[1]) + " ms during the step");
        }
        if (measured > 10 && achieved < 0.9 * rate) {
            why.add("completed only " + Text.num(achieved) + "/s");
        }
        return why.isEmpty() ? "kept up" : String.join("; ", why);
    }

    /** Median POST-to-key (ms) of the first and of the last quarter of the orders, by due time; zeros if too few. */
    private static double[] quarterMedians(List<long[]> keyByDue) {
        if (keyByDue.size() < 8) {
            return new double[] {0, 0};
        }
        keyByDue.sort((a, b) -> Long.compare(a[0], b[0]));
        int quarter = keyByDue.size() / 4;
        return new double[] {medianMs(keyByDue.subList(0, quarter)),
                medianMs(keyByDue.subList(keyByDue.size() - quarter, keyByDue.size()))};
    }

    private static double medianMs(List<long[]> part) {
        List<Long> values = new ArrayList<>(part.stream().map(p -> p[1]).toList());
        Collections.sort(values);
        return values.get(values.size() / 2) / 1e6;
    }

    private static double achievedRate(List<Long> completions) {
        if (completions.size() < 2) {
            return 0;
        }
        Collections.sort(completions);
        double seconds = (completions.get(completions.size() - 1) - completions.get(0)) / 1e9;
        return seconds <= 0 ? 0 : (completions.size() - 1) / seconds;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
