package dev.csp.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The machine's own limit: how many durable commits per second the stack's PostgreSQL makes, in a JDBC loop of a
 * single-row INSERT and COMMIT (synchronous_commit on) on a few connections at once, as the services' own
 * transactions commit. Runs in a scratch database of its own (as csp_admin, who may create databases, like the
 * tests do), dropped afterwards.
 */
final class CommitCeiling {

    static final String SERVER = System.getProperty("csp.postgres", "jdbc:postgresql://localhost:5432/");
    private static final String SCRATCH = "csp_bench_scratch";
    private static final String USER = "csp_admin";

    /** One timed loop: commits per second over all connections, and each commit's latency. */
    record Run(int connections, double commitsPerSecond, Latencies.Summary commit) {
    }

    /** The server's settings the figure depends on. */
    record Settings(String synchronousCommit, String fsync, String walSyncMethod, String serverVersion) {
    }

    Settings prepare() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + SCRATCH + " with (force)");
            sql.execute("create database " + SCRATCH);
        }
        try (Connection scratch = connect(SCRATCH); Statement sql = scratch.createStatement()) {
            sql.execute("create table commit_probe (id bigserial primary key, payload text not null, "
                    + "written_at timestamptz not null default now())");
            return new Settings(show(sql, "synchronous_commit"), show(sql, "fsync"), show(sql, "wal_sync_method"),
                    show(sql, "server_version"));
        }
    }

    Run measure(int connections, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections, Api.daemon("commit-probe"));
        Latencies latencies = new Latencies();
        try {
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            long deadline = start + length.toNanos();
            for (int i = 0; i < connections; i++) {
                counts.add(pool.submit(() -> commitUntil(deadline, latencies)));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(connections, total / seconds, latencies.summary());
        } finally {
            pool.shutdownNow();
        }
    }

    void cleanUp() throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + SCRATCH + " with (force)");
        }
    }

    private static long commitUntil(long deadline, Latencies latencies) throws SQLException {
        try (Connection c = connect(SCRATCH)) {
            try (Statement sql = c.createStatement()) {
                sql.execute("set synchronous_commit = on");
            }
            c.setAutoCommit(false);
            long commits = 0;
            try (PreparedStatement insert = c.prepareStatement("insert into commit_probe (payload) values (?)")) {
                while (System.nanoTime() < deadline) {
                    long started = System.nanoTime();
                    insert.setString(1, "order-sized row " + commits);
                    insert.executeUpdate();
                    c.commit();
                    latencies.recordSince(started);
                    commits++;
                }
            }
            return commits;
        }
    }

    private static String show(Statement sql, String setting) throws SQLException {
        try (ResultSet r = sql.executeQuery("show " + setting)) {
            r.next();
            return r.getString(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(SERVER + database, USER, System.getProperty("csp.postgres.password", USER));
    }
}
