package dev.csp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cancels fresh purchases at a fixed rate and times, from the cancel response: the first 410 on a key read (polled
 * every 10 ms, so up to 10 ms late) and the credit (credit-issued, written with the credit). At the end the unbilled
 * line items must list every credit.
 */
final class Cancellations {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private static final long POLL_MILLIS = 10;

    /**
     * One repetition; {@code unbilledMillis} is how long the unbilled line items took to read ({@code lines} long).
     * {@code cpu}: what the stack used from the first cancel until every 410 and credit was seen (and
     * {@link StackCpu#TRAIL}), per cancellation that got both; preparing the purchases and the read are outside it.
     */
    record Run(int repetition, int cancelled, long failed, Latencies.Summary keyGone, Latencies.Summary credited,
               int creditsListed, long unbilledLines, double unbilledMillis, List<String> failures, StackCpu.Cost cpu) {
    }

    private final Api api;
    private final EventWatch events;
    private final Purchases purchases;
    private final Partner partner;
    private final Duration timeout;
    private final StackCpu cpu;

    Cancellations(Api api, EventWatch events, Purchases purchases, Partner partner, Duration timeout, StackCpu cpu) {
        this.api = api;
        this.events = events;
        this.purchases = purchases;
        this.partner = partner;
        this.timeout = timeout;
        this.cpu = cpu;
    }

    Run run(int repetition, int count, double rate) throws Exception {
        List<Purchases.Purchase> fresh = prepare(count);
        Latencies keyGone = new Latencies();
        Latencies credited = new Latencies();
        AtomicLong failed = new AtomicLong();
        Set<String> failures = Collections.synchronizedSet(new LinkedHashSet<>());
        List<CompletableFuture<Void>> all = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Purchases.Purchase> queue = new ConcurrentLinkedQueue<>(fresh);
        StackCpu.Snapshot windowStart = cpu.snapshot();
        OpenLoop.run(rate, Duration.ofMillis(Math.round(fresh.size() * 1000 / rate)), due -> {
            Purchases.Purchase p = queue.poll();
            CompletableFuture<EventWatch.Seen> credit = events.next(EventWatch.CREDIT_ISSUED, p.orderId(), timeout);
            all.add(api.post(Api.ORDERS + "/v1/customers/" + partner.customerId() + "/orders/" + p.orderId() + "/cancellations",
                    partner.buyer(), Map.of("acknowledged", true)).thenCompose(response -> {
                        long cancelled = System.nanoTime();
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("cancel answered " + response.statusCode() + " " + Text.clip(response.body()));
                        }
                        CompletableFuture<Void> gone = firstGone(p.entitlementId(), cancelled + timeout.toNanos())
                                .thenAccept(at -> keyGone.recordNanos(at - cancelled));
                        CompletableFuture<Void> creditSeen = credit.thenAccept(seen -> credited.recordNanos(Math.max(0, seen.nanos() - cancelled)));
                        return CompletableFuture.allOf(gone, creditSeen);
                    }).exceptionally(failure -> {
                        failed.incrementAndGet();
                        failures.add(String.valueOf(failure.getCause() == null ? failure : failure.getCause()));
                        return null;
                    }));
        }, () -> queue.isEmpty());
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        OrderPipeline.sleep(StackCpu.TRAIL.toMillis());
        StackCpu.Cost used = cpu.cost("cancellation", windowStart, cpu.snapshot(), fresh.size() - failed.get());

        long started = System.nanoTime();
        Set<String> creditedLines = new HashSet<>();
        long lines = 0;
        // every page (docs/ARCHITECTURE.md, "Paging"): the Link header's rel="next" until the last page
        for (String url = Api.BILLING + "/v1/billing/unbilled/line-items?limit=1000"; url != null; ) {
            var response = api.get(url, partner.accountant()).join();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("unbilled line items answered " + response.statusCode());
            }
            JsonNode page = api.read(response.body());
            lines = page.path("totalLineItems").asLong();
            page.path("lineItems").forEach(item -> {
                if ("CREDIT".equals(item.path("type").asText())) {
                    creditedLines.add(item.path("lineId").asText());
                }
            });
            url = response.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).orElse(null);
        }
        double unbilledMillis = (System.nanoTime() - started) / 1e6;
        int listed = (int) fresh.stream().filter(p -> creditedLines.contains(p.lineId())).count();
        return new Run(repetition, fresh.size(), failed.get(), keyGone.summary(), credited.summary(), listed, lines,
                Math.round(unbilledMillis * 10) / 10.0, new ArrayList<>(failures), used);
    }

    /** Purchases made for this, their keys read once: cancelling is then the only thing going on. */
    private List<Purchases.Purchase> prepare(int count) {
        List<CompletableFuture<Purchases.Trace>> placing = new ArrayList<>();
        OpenLoop.run(10, Duration.ofMillis(count * 100L), due -> placing.add(purchases.place(due, false)), () -> false);
        List<Purchases.Purchase> ready = new ArrayList<>();
        for (CompletableFuture<Purchases.Trace> trace : placing) {
            Purchases.Trace t = trace.join();
            if (t.failure != null) {
                throw new IllegalStateException("could not prepare a purchase to cancel: " + t.failure);
            }
            ready.add(t.purchase);
        }
        OrderPipeline.sleep(500); // let the last purchases' audit entries and order effects land
        return ready;
    }

    /** Reads the key until it answers 410; the time of that answer. */
    private CompletableFuture<Long> firstGone(String entitlementId, long deadline) {
        return api.status(purchases.keyUrl(entitlementId), partner.buyer()).thenCompose(status -> {
            long now = System.nanoTime();
            if (status == 410) {
                return CompletableFuture.completedFuture(now);
            }
            if (status != 200 || now > deadline) {
                throw new IllegalStateException("key read after cancelling answered " + status
                        + (now > deadline ? " until the timeout" : ""));
            }
            return CompletableFuture.runAsync(() -> { }, api.after(POLL_MILLIS))
                    .thenCompose(x -> firstGone(entitlementId, deadline));
        });
    }
}
