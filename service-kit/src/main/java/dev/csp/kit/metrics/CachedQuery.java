package dev.csp.kit.metrics;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * A gauge's query of one row of two columns (a number and a timestamp), run at most every few seconds however often
 * Prometheus scrapes: the gauges read the last answer. A failed query keeps the last answer (the database's own
 * health is the readiness check's business).
 */
public final class CachedQuery {

    private static final Logger LOG = Logger.getLogger(CachedQuery.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final AgroalDataSource dataSource;
    private final String sql;
    private final Clock clock;
    private Instant askedAt = Instant.MIN;
    private long count;
    private Instant oldest;

    public CachedQuery(AgroalDataSource dataSource, String sql, Clock clock) {
        this.dataSource = dataSource;
        this.sql = sql;
        this.clock = clock;
    }

    /** The first column of the last answer. */
    public synchronized double count() {
        refresh();
        return count;
    }

    /** Seconds since the second column's timestamp, 0 when it is null (nothing waiting). */
    public synchronized double ageSeconds() {
        refresh();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private void refresh() {
        Instant now = clock.instant();
        if (Duration.between(askedAt, now).compareTo(FRESH_FOR) < 0) {
            return;
        }
        askedAt = now;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            count = row.getLong(1);
            Timestamp timestamp = row.getTimestamp(2);
            oldest = timestamp == null ? null : timestamp.toInstant();
        } catch (SQLException e) {
            LOG.debugf("Metrics query failed, keeping the last answer: %s", e.getMessage());
        }
    }
}
