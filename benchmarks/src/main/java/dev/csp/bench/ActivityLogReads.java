package dev.csp.bench;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The activity log as a partner's Global admin reads it (default period: the last 30 days): the first page and a
 * page deep in it (100 entries each), at a steady rate, and the CSV export's rows per second (streamed for at most
 * {@code exportAtMost}). The log is as large as it is when this runs; its size is reported with the figures.
 */
final class ActivityLogReads {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    static final String LOG = Api.AUDIT + "/v1/activity-log";
    private static final int PAGE = 100;

    /** {@code deepPageAfter}: how many entries come before the deep page. */
    record Run(int repetition, long tableRows, long partnerRowsInPeriod, Latencies.Summary firstPage,
               Latencies.Summary deepPage, long deepPageAfter, double exportRowsPerSecond, double exportSeconds,
               long failed, List<String> failures) {
    }

    /** Where the deep page starts: after {@code after} entries, reached by {@code url}. */
    record Deep(String url, long after) {
    }

    /** Finds the deep page of a period of {@code rows} entries; null when there is none. */
    interface DeepPage {
        Deep find(long rows) throws Exception;
    }

    private final Api api;
    private final String user;

    ActivityLogReads(Api api, String user) {
        this.api = api;
        this.user = user;
    }

    /** {@code rowsInPeriod}: known beforehand, or -1 to count them by exporting everything. */
    Run run(int repetition, double rate, int requests, long rowsInPeriod, Duration exportAtMost, DeepPage deepPage) throws Exception {
        long[] exported = export(exportAtMost);
        double exportSeconds = exported[1] / 1e9;
        long rows = rowsInPeriod >= 0 ? rowsInPeriod : exported[0];
        AtomicLong failed = new AtomicLong();
        Set<String> failures = Collections.synchronizedSet(new LinkedHashSet<>());
        Latencies first = timed(LOG + "?limit=" + PAGE, rate, requests, failed, failures);
        Deep deep = deepPage.find(rows);
        Latencies deepLatencies = deep == null ? new Latencies() : timed(deep.url(), rate, requests, failed, failures);
        return new Run(repetition, tableRows(), rows, first.summary(), deepLatencies.summary(), deep == null ? 0 : deep.after(),
                exportSeconds > 0 ? Math.round(exported[0] / exportSeconds) : 0, Math.round(exportSeconds * 1000) / 1000.0,
                failed.get(), new ArrayList<>(failures));
    }

    /**
     * Streams the period's CSV and counts its rows (the header line excluded), for at most {@code atMost}: answers the
     * rows read and the nanoseconds it took.
     */
    private long[] export(Duration atMost) throws Exception {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        HttpResponse<InputStream> response = api.stream(LOG + "/export", user).join();
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("export answered " + response.statusCode());
            }
            long lines = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0 && System.nanoTime() < deadline; n = body.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return new long[] {Math.max(0, lines - 1), System.nanoTime() - started};
        }
    }

    /** The way a client gets there: follows the next links (500 a page) to about nine tenths of the period. */
    Deep followLinks(long rows) {
        int walk = rows > 5_000 ? 500 : PAGE;
        String url = LOG + "?limit=" + walk;
        long before = 0; // entries ahead of the page at url
        for (int pages = 0; pages < 400 && before + walk <= rows * 9 / 10; pages++) {
            HttpResponse<String> response = api.get(url, user).join();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("activity log page answered " + response.statusCode());
            }
            String next = response.headers().allValues("Link").stream().map(NEXT::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).findFirst().orElse(null);
            if (next == null) {
                break;
            }
            before += api.read(response.body()).size();
            url = next;
        }
        return before == 0 ? null : new Deep(url.replace("limit=" + walk, "limit=" + PAGE), before);
    }

    private Latencies timed(String url, double rate, int requests, AtomicLong failed, Set<String> failures) {
        for (int i = 0; i < 5; i++) {
            api.status(url, user).join(); // warm-up, untimed: JIT, connections, buffer cache
        }
        Latencies latencies = new Latencies();
        List<CompletableFuture<?>> all = Collections.synchronizedList(new ArrayList<>());
        OpenLoop.run(rate, Duration.ofMillis(Math.round(requests * 1000 / rate)), due -> all.add(
                api.status(url, user).whenComplete((status, failure) -> {
                    if (failure == null && status == 200) {
                        latencies.recordSince(due);
                    } else {
                        failed.incrementAndGet();
                        failures.add(failure != null ? String.valueOf(failure) : "activity log answered " + status);
                    }
                })), () -> false);
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            // counted above
        }
        return latencies;
    }

    /** Rows of the whole table, every partner (audit-service's own login, read-only); -1 if it cannot be read. */
    private static long tableRows() {
        try (Connection c = DriverManager.getConnection(CommitCeiling.SERVER + "csp_audit", "audit_service", "audit_service");
             Statement sql = c.createStatement(); ResultSet r = sql.executeQuery("select count(*) from activity")) {
            r.next();
            return r.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }
}
