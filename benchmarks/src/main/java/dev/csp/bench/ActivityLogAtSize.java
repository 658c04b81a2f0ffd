package dev.csp.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The activity log at a given size (10,000 and 10,000,000 entries by default): a benchmark tenant whose log holds
 * exactly that many entries in the default period, written by {@link SyntheticActivity} and then read through
 * audit-service like any partner's: first page, a page nine tenths deep, the CSV export. A log of the right size left
 * by an earlier run is reused (loading ten million entries takes minutes).
 */
final class ActivityLogAtSize {

    /** One size: how it was made, how long audit-service took to checkpoint it, and the read runs. */
    record Size(long entries, String globalAdmin, boolean reused, double loadSeconds, String chainCheck, double chainCheckSeconds,
                List<ActivityLogReads.Run> runs) {
    }

    /** Up to this size the chain is checked through the verify endpoint; above it, by waiting for the checkpoint. */
    private static final long VERIFY_UP_TO = 100_000;

    private final Api api;
    private final BenchTenants tenants;

    ActivityLogAtSize(Api api, BenchTenants tenants) {
        this.api = api;
        this.tenants = tenants;
    }

    Size measure(long entries, int repetitions, int requests, Duration exportAtMost, Duration checkpointWait) throws Exception {
        BenchTenants.Tenant tenant = tenants.ensure("log-" + entries);
        api.signIn(tenant.globalAdmin());
        try (Connection audit = connect(); Connection ids = connect()) {
            boolean reused = SyntheticActivity.chainLength(audit, tenant.id()) == entries && count(audit, tenant.id()) == entries
                    && SyntheticActivity.oldest(audit, tenant.id()).isAfter(Instant.now().minus(Duration.ofDays(30)).plus(Duration.ofHours(2)));
            double loadSeconds = 0;
            if (!reused) {
                System.out.printf("   loading %,d entries for %s ...%n", entries, tenant.globalAdmin());
                long started = System.nanoTime();
                SyntheticActivity.delete(audit, tenant.id());
                tenant = tenants.renew(tenant); // a new chain, under a new tenant id (BenchTenants.renew)
                api.signInAgain(tenant.globalAdmin());
                SyntheticActivity.load(audit, ids, tenant.id(), entries);
                loadSeconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("   loaded in %.1f s (COPY, one transaction, analyzed)%n", loadSeconds);
            }
            long checking = System.nanoTime();
            String chainCheck = entries <= VERIFY_UP_TO ? verify(tenant) : awaitCheckpoint(audit, tenant, entries, checkpointWait);
            double chainCheckSeconds = (System.nanoTime() - checking) / 1e9;
            System.out.printf("   chain: %s (%.1f s)%n", chainCheck, chainCheckSeconds);
            ActivityLogReads.Deep deep = deepPage(audit, tenant.id(), entries);
            ActivityLogReads reads = new ActivityLogReads(api, tenant.globalAdmin());
            List<ActivityLogReads.Run> runs = new ArrayList<>();
            for (int r = 1; r <= repetitions; r++) {
                ActivityLogReads.Run run = reads.run(r, 20, requests, entries, exportAtMost, rows -> deep);
                runs.add(run);
                System.out.printf("   %,d entries (%,d in the table): first page %s; deep page (after %,d) %s; export %s rows/s%n",
                        entries, run.tableRows(), run.firstPage().brief(), run.deepPageAfter(), run.deepPage().brief(),
                        Text.num(run.exportRowsPerSecond()));
            }
            return new Size(entries, tenant.globalAdmin(), reused, Math.round(loadSeconds * 10) / 10.0, chainCheck,
                    Math.round(chainCheckSeconds * 10) / 10.0, runs);
        }
    }

    /** audit-service's verify endpoint over the period: every entry's hash recomputed and its links followed. */
    private String verify(BenchTenants.Tenant tenant) {
        var response = api.get(ActivityLogReads.LOG + "/verify", tenant.globalAdmin()).join();
        var body = response.statusCode() == 200 ? api.read(response.body()) : null;
        if (body == null || !body.path("intact").asBoolean()) {
            throw new IllegalStateException("the synthetic log of " + tenant.globalAdmin() + " does not verify: "
                    + response.statusCode() + " " + Text.clip(response.body()));
        }
        return "verified through the API (" + body.path("entriesChecked").asLong() + " entries)";
    }

    /** The checkpointer walks every new link before it signs the head: a signed head means the whole chain held. */
    private static String awaitCheckpoint(Connection audit, BenchTenants.Tenant tenant, long entries, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!SyntheticActivity.checkpointed(audit, tenant.id(), entries)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("audit-service signed no checkpoint of the " + String.format("%,d", entries)
                        + "-entry log within " + Text.seconds(wait) + " (still walking it, or a hash is wrong: see its log)");
            }
            Thread.sleep(2_000);
        }
        return "checkpoint signed by audit-service";
    }

    /**
     * The page after nine tenths of the entries, as following the next links would reach it; at this size that is
     * tens of thousands of pages, so the cursor is made from the entry before it (audit-service's Cursor format).
     */
    private static ActivityLogReads.Deep deepPage(Connection audit, UUID tenant, long entries) throws SQLException {
        long after = entries * 9 / 10;
        try (PreparedStatement q = audit.prepareStatement("select occurred_at, id from activity where partner_tenant_id = ?"
                + " order by occurred_at desc, id desc offset ? limit 1")) {
            q.setObject(1, tenant);
            q.setLong(2, after - 1);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Instant at = r.getObject(1, OffsetDateTime.class).toInstant();
                String cursor = "a1:" + ChronoUnit.MICROS.between(Instant.EPOCH, at) + ":" + r.getLong(2) + ":"
                        + SyntheticActivity.chainLength(audit, tenant);
                return new ActivityLogReads.Deep(ActivityLogReads.LOG + "?limit=100&cursor="
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8)), after);
            }
        }
    }

    private static long count(Connection audit, UUID tenant) throws SQLException {
        try (PreparedStatement q = audit.prepareStatement("select count(*) from activity where partner_tenant_id = ?")) {
            q.setObject(1, tenant);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** audit-service's own login (the local stack's default password = role name). */
    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(CommitCeiling.SERVER + "csp_audit", "audit_service",
                System.getProperty("csp.audit.password", "audit_service"));
    }
}
