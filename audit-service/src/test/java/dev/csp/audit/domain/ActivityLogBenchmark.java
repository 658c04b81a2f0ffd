package dev.csp.audit.domain;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Not a test: loads N synthetic entries (COPY, with real chain hashes) into a throw-away database and measures the
 * service's own read paths on it: p50/p99 of the first page and of a page deep in a 30-day range, verification and
 * export rates, and the append rate of the locked chain path. Run:
 * {@code mvn -o -pl audit-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.csp.audit.domain.ActivityLogBenchmark -Dexec.args=1000000}, or with java and the test classpath.
 */
public final class ActivityLogBenchmark {

    private static final String SERVER = "jdbc:postgresql://localhost:5432/";
    private static final String DATABASE = "csp_audit_bench";
    private static final UUID PARTNER = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final int OTHER_PARTNERS = 50;
    private static final ActivityChain CHAIN = chain();

    private static ActivityChain chain() {
        ActivityChain chain = new ActivityChain();
        chain.clock = java.time.Clock.systemUTC();
        return chain;
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "csp_admin", "csp_admin");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        Flyway.configure().dataSource(SERVER + DATABASE, "csp_admin", "csp_admin")
                .locations("classpath:db/migration", "classpath:db/kit").load().migrate();
        try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "csp_admin", "csp_admin")) {
            long started = System.nanoTime();
            load(connection, rows);
            System.out.printf("loaded %,d entries (%,d of one partner) in %.1f s, analyzed%n", rows, rows * 9L / 10,
                    (System.nanoTime() - started) / 1e9);
            measureReads(connection);
        }
        measureAppends(8, 1);
        measureAppends(8, 8);
    }

    private static void load(Connection connection, int rows) throws Exception {
        Random random = new Random(42);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long yearMicros = Duration.ofDays(365).toNanos() / 1000;
        Map<UUID, Activity> heads = new HashMap<>();
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < OTHER_PARTNERS; i++) {
            others.add(UUID.randomUUID());
        }
        StringBuilder batch = new StringBuilder();
        for (int id = 1; id <= rows; id++) {
            UUID partner = id % 10 == 0 ? others.get(random.nextInt(OTHER_PARTNERS)) : PARTNER;
            Activity a = new Activity();
            Activity previous = heads.get(partner);
            a.id = (long) id;
            a.chainSeq = previous == null ? 1 : previous.chainSeq + 1;
            a.prevHash = previous == null ? ActivityHash.GENESIS : previous.hash;
            a.eventId = UUID.randomUUID();
            a.type = ActivityType.values()[random.nextInt(3)];
            // a year of activity in the order it arrived, a few deliveries up to an hour late
            long arrived = (long) ((double) yearMicros * (rows - id) / rows);
            a.occurredAt = now.minus(arrived + random.nextLong(3_600_000_000L), ChronoUnit.MICROS);
            a.recordedAt = now.minus(arrived, ChronoUnit.MICROS);
            a.partnerTenantId = partner;
            a.customerId = UUID.randomUUID();
            a.customerTenantId = UUID.randomUUID();
            a.subjectId = UUID.randomUUID();
            a.orderId = UUID.randomUUID();
            a.productName = "Windows Server 2025 Standard";
            a.userName = "user-" + random.nextInt(500);
            a.userTenantId = a.customerTenantId;
            a.userRole = "customer-global-admin";
            a.detail = "2025 en-US x64";
            a.hash = ActivityHash.of(a);
            heads.put(partner, a);
            batch.append(copyLine(a));
            if (id % 50_000 == 0 || id == rows) {
                ((PGConnection) connection).getCopyAPI().copyIn("copy activity (" + ActivityRows.COLUMNS + ") from stdin",
                        new StringReader(batch.toString()));
                batch.setLength(0);
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (Activity head : heads.values()) {
                sql.execute("insert into activity_chain values ('" + head.partnerTenantId + "', " + head.chainSeq + ", '" + head.hash + "')");
            }
            sql.execute("select setval('activity_id_seq', " + rows + ")");
            sql.execute("vacuum analyze activity");
        }
    }

    private static String copyLine(Activity a) {
        return String.join("\t", String.valueOf(a.id), String.valueOf(a.chainSeq), a.eventId.toString(), a.type.name(),
                a.occurredAt.toString(), a.recordedAt.toString(), a.partnerTenantId.toString(), a.customerId.toString(),
                a.customerTenantId.toString(), a.subjectId.toString(), a.orderId.toString(), a.productName, a.userName,
                a.userTenantId.toString(), a.userRole, a.detail, a.prevHash, a.hash) + "\n";
    }

    private static void measureReads(Connection connection) throws Exception {
        ActivityRows rows = new ActivityRows();
        rows.dataSource = unclosable(connection);
        ActivitySearch search = new ActivitySearch();
        search.rows = rows;
        Instant now = Instant.now();
        ActivityQuery month = new ActivityQuery(PARTNER, now.minus(Duration.ofDays(30)), now, null, null, null);
        ActivityQuery byUser = new ActivityQuery(PARTNER, now.minus(Duration.ofDays(30)), now, null, null, "user-7");
        long inMonth = count(connection, month);
        ActivityPage.Position deep = positionAt(connection, month, inMonth * 9 / 10);
        ActivityPage.Position snapshot = new ActivityPage.Position(now, Long.MAX_VALUE, Long.MAX_VALUE);
        System.out.printf("30-day range of the big partner: %,d entries; deep page starts after entry %,d%n", inMonth, inMonth * 9 / 10);
        time("first page (100)", () -> search.page(month, null, 100));
        time("deep page (100)", () -> search.page(month, new ActivityPage.Position(deep.occurredAt(), deep.id(), snapshot.snapshotSeq()), 100));
        time("first page (500)", () -> search.page(month, null, 500));
        time("first page, user filter", () -> search.page(byUser, null, 100));
        time("users of the month", () -> search.users(month));
        long started = System.nanoTime();
        long[] exported = {0};
        dev.csp.kit.csv.CsvSheet sink = dev.csp.audit.api.CsvLineAccess.sheet(new PrintWriter(Writer.nullWriter()));
        search.each(month, entry -> {
            dev.csp.audit.api.CsvLineAccess.row(sink, entry);
            exported[0]++;
            return true;
        });
        System.out.printf("export of the month: %,d rows in %.1f s%n", exported[0], (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        ChainVerifier verifier = new ChainVerifier();
        verifier.rows = rows;
        verifier.signer = new CheckpointSigner("A".repeat(43) + "=");
        verifier.anchors = Anchors.NONE;
        Verification verification = verifier.verify(month);
        System.out.printf("verify the month: %s, %,d entries in %.1f s%n", verification.intact() ? "intact" : "BROKEN",
                verification.entriesChecked(), (System.nanoTime() - started) / 1e9);
    }

    private static void measureAppends(int threads, int partners) throws Exception {
        int perThread = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<UUID> tenants = new ArrayList<>();
        for (int i = 0; i < partners; i++) {
            tenants.add(UUID.randomUUID());
        }
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            UUID partner = tenants.get(t % partners);
            done.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "csp_admin", "csp_admin")) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < perThread; i++) {
                        append(c, partner);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("appends, %d threads on %d partner chain(s): %,.0f entries/s%n", threads, partners, threads * perThread / seconds);
    }

    /** What the Inbox and ActivityChain run for one event, in one transaction (ActivityChain's own statements). */
    private static void append(Connection c, UUID partner) throws Exception {
        try (PreparedStatement inbox = c.prepareStatement("insert into processed_event (event_id, topic) values (?, 'bench') on conflict do nothing")) {
            inbox.setObject(1, UUID.randomUUID());
            inbox.executeUpdate();
        }
        Activity a = new Activity();
        a.eventId = UUID.randomUUID();
        a.type = ActivityType.KEY_ACCESSED;
        a.occurredAt = Instant.now();
        a.partnerTenantId = partner;
        a.subjectId = UUID.randomUUID();
        a.userName = "bench";
        CHAIN.append(c, List.of(a));
        c.commit();
    }

    private static long count(Connection connection, ActivityQuery query) throws Exception {
        try (PreparedStatement s = connection.prepareStatement("select count(*) from activity where " + query.condition())) {
            bind(s, query.parameters());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static ActivityPage.Position positionAt(Connection connection, ActivityQuery query, long offset) throws Exception {
        try (PreparedStatement s = connection.prepareStatement("select occurred_at, id from activity where " + query.condition()
                + " order by occurred_at desc, id desc offset " + offset + " limit 1")) {
            bind(s, query.parameters());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new ActivityPage.Position(ActivityRows.instant(r, "occurred_at"), r.getLong("id"), Long.MAX_VALUE);
            }
        }
    }

    private static void bind(PreparedStatement s, List<Object> parameters) throws Exception {
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            s.setObject(i + 1, p instanceof Instant t ? java.time.OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC) : p);
        }
    }

    private static void time(String what, Runnable query) {
        for (int i = 0; i < 20; i++) {
            query.run(); // warm up the JIT and the buffer cache
        }
        long[] micros = new long[300];
        for (int i = 0; i < micros.length; i++) {
            long started = System.nanoTime();
            query.run();
            micros[i] = (System.nanoTime() - started) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("%-26s p50 %6.2f ms   p99 %6.2f ms%n", what, micros[micros.length / 2] / 1000.0,
                micros[micros.length * 99 / 100] / 1000.0);
    }

    /** One connection, reused: ActivityRows closes what it gets, which here only hands it back. */
    private static javax.sql.DataSource unclosable(Connection connection) {
        Connection shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> method.getName().equals("close") ? null : method.invoke(connection, arguments));
        PGSimpleDataSource base = new PGSimpleDataSource();
        return (javax.sql.DataSource) Proxy.newProxyInstance(javax.sql.DataSource.class.getClassLoader(), new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, arguments) -> method.getName().equals("getConnection") ? shared : method.invoke(base, arguments));
    }
}
