package dev.csp.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Latencies of one measurement, in microseconds. Open-loop callers record from the time a request was due, not from
 * when it went out, so a stall delays every request due during it and shows up in the percentiles.
 */
final class Latencies {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Histogram histogram = new SynchronizedHistogram(HIGHEST_MICROS, 3);

    /** Records the time from {@code dueNanos} (a {@link System#nanoTime()}) until now. */
    void recordSince(long dueNanos) {
        recordNanos(System.nanoTime() - dueNanos);
    }

    void recordNanos(long nanos) {
        histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, nanos / 1000)));
    }

    long count() {
        return histogram.getTotalCount();
    }

    Summary summary() {
        Histogram h = histogram.copy();
        if (h.getTotalCount() == 0) {
            return Summary.EMPTY;
        }
        return new Summary(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), Math.round(h.getMean() / 10.0) / 100.0);
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    /** Milliseconds, rounded to 10 µs; {@code count} 0 means nothing was measured (the figures are then 0). */
    record Summary(long count, double p50, double p95, double p99, double max, double mean) {

        static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0);

        boolean measured() {
            return count > 0;
        }

        String brief() {
            return measured() ? String.format("p50 %s  p95 %s  p99 %s  max %s ms (n=%d)", Text.ms(p50), Text.ms(p95),
                    Text.ms(p99), Text.ms(max), count) : "not measured";
        }
    }
}
