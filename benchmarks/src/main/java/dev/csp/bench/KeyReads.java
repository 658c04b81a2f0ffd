package dev.csp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Product-key reads at a fixed rate over many entitlements, timed from when each was due. Every read is recorded in
 * the activity log (the service writes an outbox event in the read's transaction), so a read is a durable commit.
 */
record KeyReads(Api api, Purchases purchases, Partner partner, StackCpu cpu) {

    /**
     * {@code servedPerSecond}: reads answered (200) per second, warm-up included. A run that is more than two seconds
     * behind after two measured seconds stops early ({@code stoppedEarly}): the service cannot keep that rate, and a
     * longer run only queues more. {@code cpu}: what the stack used from the end of the warm-up until the last read
     * was answered (and {@link StackCpu#TRAIL}), per read answered 200 in that window.
     */
    record Run(int repetition, double ratePerSecond, long measured, long failed, double servedPerSecond,
               boolean stoppedEarly, Latencies.Summary latency, List<String> failures, String loadAverage,
               StackCpu.Cost cpu) {
    }

    Run run(int repetition, List<String> entitlementIds, double rate, Duration warmup, Duration length) {
        Latencies latency = new Latencies();
        AtomicLong failed = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        AtomicLong next = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicLong served = new AtomicLong();
        AtomicLong firstAnswer = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        Set<String> failures = Collections.synchronizedSet(new LinkedHashSet<>());
        List<CompletableFuture<?>> reads = Collections.synchronizedList(new ArrayList<>());
        long measuredFrom = System.nanoTime() + warmup.toNanos();
        AtomicLong servedInWindow = new AtomicLong();
        // taken off the sending thread, so that reading /proc delays no read
        CompletableFuture<StackCpu.Snapshot> windowStart = CompletableFuture.supplyAsync(cpu::snapshot,
                CompletableFuture.delayedExecutor(warmup.toNanos(), TimeUnit.NANOSECONDS));
        OpenLoop.run(rate, warmup.plus(length), due -> {
            String id = entitlementIds.get((int) (next.getAndIncrement() % entitlementIds.size()));
            boolean counted = due >= measuredFrom;
            reads.add(api.status(purchases.keyUrl(id), partner.buyer()).whenComplete((status, failure) -> {
                answered.incrementAndGet();
                if (failure instanceof CancellationException || failure != null && failure.getCause() instanceof CancellationException) {
                    return; // dropped unsent when the run stopped
                }
                if (failure == null && status == 200) {
                    long now = System.nanoTime();
                    served.incrementAndGet();
                    if (now >= measuredFrom) {
                        servedInWindow.incrementAndGet();
                    }
                    firstAnswer.compareAndSet(0, now);
                    lastAnswer.set(now);
                    if (counted) {
                        latency.recordNanos(now - due);
                        measured.incrementAndGet();
                    }
                } else {
                    failed.incrementAndGet();
                    if (failures.size() < 5) {
                        failures.add(failure != null ? String.valueOf(failure) : "key read answered " + status);
                    }
                }
            }));
        }, () -> failed.get() > 50 || System.nanoTime() > measuredFrom + 2_000_000_000L && next.get() - answered.get() > rate * 2);
        long planned = (long) Math.floor(warmup.plus(length).toNanos() / 1e9 * rate);
        boolean stoppedEarly = next.get() < planned;
        if (stoppedEarly) {
            api.dropWaiting();
        }
        try {
            CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            // counted as failures above
        }
        OrderPipeline.sleep(StackCpu.TRAIL.toMillis());
        long unitsInWindow = servedInWindow.get();
        StackCpu.Cost used = cpu.cost("key read", windowStart.join(), cpu.snapshot(), unitsInWindow);
        double seconds = (lastAnswer.get() - firstAnswer.get()) / 1e9;
        double servedPerSecond = seconds > 0 ? Math.round((served.get() - 1) / seconds * 10) / 10.0 : 0;
        return new Run(repetition, rate, measured.get(), failed.get(), servedPerSecond, stoppedEarly, latency.summary(),
                new ArrayList<>(failures), Machine.loadAverage(), used);
    }
}
