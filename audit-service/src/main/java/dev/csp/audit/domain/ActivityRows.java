package dev.csp.audit.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads entries straight from JDBC with a forward-only cursor and a fetch size, inside a read-only transaction:
 * memory stays flat whether a read touches a hundred rows or ten million (export, verification).
 */
@ApplicationScoped
class ActivityRows {

    static final String COLUMNS = "id, chain_seq, event_id, activity_type, occurred_at, recorded_at, partner_tenant_id, "
            + "customer_id, customer_tenant_id, subject_id, order_id, product_name, user_name, user_tenant_id, user_role, "
            + "detail, prev_hash, hash";
    private static final int FETCH_SIZE = 1000;

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @Inject
    DataSource dataSource;

    void stream(String sql, List<Object> parameters, EntrySink sink) {
        query(sql, parameters, rows -> {
            while (rows.next()) {
                try {
                    if (!sink.accept(entry(rows))) {
                        return null;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        });
    }

    <T> List<T> list(String sql, List<Object> parameters, RowMapper<T> mapper) {
        return query(sql, parameters, rows -> {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(mapper.map(rows));
            }
            return found;
        });
    }

    private <T> T query(String sql, List<Object> parameters, RowMapper<T> reader) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL honours the fetch size only inside a transaction
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, jdbc(parameters.get(i)));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.map(rows);
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the activity log", e);
        }
    }

    static Activity entry(ResultSet row) throws SQLException {
        Activity a = new Activity();
        a.id = row.getLong("id");
        a.chainSeq = row.getLong("chain_seq");
        a.eventId = row.getObject("event_id", UUID.class);
        a.type = type(row.getString("activity_type"));
        a.occurredAt = instant(row, "occurred_at");
        a.recordedAt = instant(row, "recorded_at");
        a.partnerTenantId = row.getObject("partner_tenant_id", UUID.class);
        a.customerId = row.getObject("customer_id", UUID.class);
        a.customerTenantId = row.getObject("customer_tenant_id", UUID.class);
        a.subjectId = row.getObject("subject_id", UUID.class);
        a.orderId = row.getObject("order_id", UUID.class);
        a.productName = row.getString("product_name");
        a.userName = row.getString("user_name");
        a.userTenantId = row.getObject("user_tenant_id", UUID.class);
        a.userRole = row.getString("user_role");
        a.detail = row.getString("detail");
        a.prevHash = row.getString("prev_hash");
        a.hash = row.getString("hash");
        return a;
    }

    /** A type nobody wrote (a row changed by hand) reads as none, which then fails the entry's hash. */
    private static ActivityType type(String name) {
        try {
            return ActivityType.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Object jdbc(Object parameter) {
        return parameter instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : parameter;
    }
}
