package dev.csp.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Writes a benchmark tenant's activity log straight into audit-service's database: {@code size} entries spread over
 * the last 29 days (so the default 30-day period holds them all), 200 customers, 500 users, the three key and
 * download types. Each entry is a genuine link of the tenant's hash chain, hashed as audit-service's
 * {@code ActivityHash} does, so the service checkpoints and verifies it like any other (a wrong hash here shows as a
 * chain that never gets its checkpoint). Ids come from the table's own sequence; event ids and times ascend, so the
 * indexes grow at their ends and COPY runs at disk speed.
 */
final class SyntheticActivity {

    private static final String COLUMNS = "id, chain_seq, event_id, activity_type, occurred_at, recorded_at, partner_tenant_id,"
            + " customer_id, customer_tenant_id, subject_id, order_id, product_name, user_name, user_tenant_id, user_role,"
            + " detail, prev_hash, hash";
    private static final String[] TYPES = {"KEY_ACCESSED", "DOWNLOAD_LINK_CREATED", "SOFTWARE_DOWNLOADED"};
    private static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 100_000;

    private SyntheticActivity() {
    }

    /** How many entries the tenant's chain has (0 if none). */
    static long chainLength(Connection audit, UUID tenant) throws SQLException {
        try (PreparedStatement q = audit.prepareStatement("select last_seq from activity_chain where partner_tenant_id = ?")) {
            q.setObject(1, tenant);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** When the tenant's first entry occurred (the epoch if it has none): a log loaded weeks ago has left the period. */
    static Instant oldest(Connection audit, UUID tenant) throws SQLException {
        try (PreparedStatement q = audit.prepareStatement("select occurred_at from activity where partner_tenant_id = ? and chain_seq = 1")) {
            q.setObject(1, tenant);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getObject(1, java.time.OffsetDateTime.class).toInstant() : Instant.EPOCH;
            }
        }
    }

    /** Whether the tenant's chain head has a signed checkpoint. */
    static boolean checkpointed(Connection audit, UUID tenant, long seq) throws SQLException {
        try (PreparedStatement q = audit.prepareStatement(
                "select 1 from activity_checkpoint where partner_tenant_id = ? and chain_seq = ?")) {
            q.setObject(1, tenant);
            q.setLong(2, seq);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Deletes what an earlier load left for a tenant that is being given up (see BenchTenants.renew). */
    static void delete(Connection audit, UUID tenant) throws SQLException {
        try (Statement sql = audit.createStatement()) {
            for (String table : new String[] {"activity_checkpoint", "activity_chain", "activity"}) {
                sql.execute("delete from " + table + " where partner_tenant_id = '" + tenant + "'");
            }
        }
    }

    /**
     * Loads {@code size} fresh entries as the log of a tenant that has none yet, all in one transaction; {@code ids} is
     * a second connection, for the sequence while the first is busy with the COPY.
     */
    static void load(Connection audit, Connection ids, UUID tenant, long size) throws SQLException, IOException {
        audit.setAutoCommit(false);
        try (Statement sql = audit.createStatement()) {
            CopyFeed feed = new CopyFeed(ids, tenant, size);
            ((PGConnection) audit).getCopyAPI().copyIn("copy activity (" + COLUMNS + ") from stdin", feed);
            try (PreparedStatement head = audit.prepareStatement("insert into activity_chain values (?, ?, ?)")) {
                head.setObject(1, tenant);
                head.setLong(2, size);
                head.setString(3, feed.lastHash);
                head.executeUpdate();
            }
            audit.commit();
            audit.setAutoCommit(true);
            sql.execute("analyze activity");
        } catch (SQLException | IOException | RuntimeException e) {
            audit.rollback();
            throw e;
        } finally {
            audit.setAutoCommit(true);
        }
    }

    /** The COPY text, made as PostgreSQL reads it: no more than one batch in memory. */
    private static final class CopyFeed extends Reader {

        private final Connection sequence;
        private final UUID tenant;
        private final long size;
        private final Instant start = Instant.now().minus(Duration.ofDays(29)).truncatedTo(ChronoUnit.MICROS);
        private final long stepMicros;
        private final SplittableRandom random = new SplittableRandom(42);
        private final MessageDigest sha256;
        private final StringBuilder hashed = new StringBuilder(512);
        private long seq;
        private String lastHash = GENESIS;
        private final StringBuilder buffer = new StringBuilder();
        private int position;

        CopyFeed(Connection sequence, UUID tenant, long size) {
            this.sequence = sequence;
            this.tenant = tenant;
            this.size = size;
            this.stepMicros = Math.max(1, Duration.ofDays(29).minusMinutes(1).toNanos() / 1000 / size);
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read(char[] into, int offset, int length) throws IOException {
            if (position == buffer.length()) {
                buffer.setLength(0);
                position = 0;
                if (seq == size) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, buffer.length() - position);
            buffer.getChars(position, position + n, into, offset);
            position += n;
            return n;
        }

        private void fill() throws IOException {
            long[] ids = ids((int) Math.min(BATCH, size - seq));
            for (long id : ids) {
                seq++;
                UUID customer = new UUID(tenant.getMostSignificantBits(), 1_000_000L + seq % 200);
                Instant occurred = start.plus(seq * stepMicros, ChronoUnit.MICROS);
                String micros = Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurred));
                String[] fields = {Long.toString(id), Long.toString(seq), new UUID(tenant.getMostSignificantBits() ^ 1, seq).toString(),
                        TYPES[(int) (seq % 3)], micros, micros, tenant.toString(), customer.toString(), customer.toString(),
                        new UUID(random.nextLong(), random.nextLong()).toString(),
                        new UUID(random.nextLong(), random.nextLong()).toString(), "Windows Server 2025 Standard",
                        "bench-user-" + seq % 500, customer.toString(), "customer-global-admin", "2025 en-US x64"};
                String hash = hash(fields);
                buffer.append(fields[0]).append('\t').append(fields[1]).append('\t').append(fields[2]).append('\t')
                        .append(fields[3]).append('\t').append(occurred).append('\t').append(occurred);
                for (int i = 6; i < fields.length; i++) {
                    buffer.append('\t').append(fields[i]);
                }
                buffer.append('\t').append(lastHash).append('\t').append(hash).append('\n');
                lastHash = hash;
            }
        }

        /** audit-service's ActivityHash: the previous hash, then every field length-prefixed, times in microseconds. */
        private String hash(String[] fields) {
            hashed.setLength(0);
            hashed.append("csp-activity/v1\n").append(lastHash).append('\n');
            for (String field : fields) {
                hashed.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('\n');
            }
            return HexFormat.of().formatHex(sha256.digest(hashed.toString().getBytes(StandardCharsets.UTF_8)));
        }

        /** Ids from the table's sequence, so rows the service appends meanwhile never collide with these. */
        private long[] ids(int count) throws IOException {
            try (PreparedStatement q = sequence.prepareStatement("select nextval('activity_id_seq') from generate_series(1, ?)")) {
                q.setInt(1, count);
                long[] ids = new long[count];
                try (ResultSet r = q.executeQuery()) {
                    for (int i = 0; r.next(); i++) {
                        ids[i] = r.getLong(1);
                    }
                }
                return ids;
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() {
        }
    }
}
