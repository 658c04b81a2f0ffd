package dev.csp.kit.sql;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC statements on the current transaction's own connection (Agroal hands Hibernate and these statements the
 * same connection, enlisted in the JTA transaction), for the hot paths that open no Hibernate session: the outbox,
 * the inbox, order placement, grants, the activity chain. Every method joins the caller's transaction (but
 * {@link #alone}, which runs outside any) and turns an {@link SQLException} into an {@link IllegalStateException} that says what failed and keeps the SQLException as its
 * cause: {@code TransientFaults} reads the cause's SQL state to tell a passing fault from a poison record.
 */
@ApplicationScoped
public class Statements {

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Bind {
        void to(PreparedStatement statement) throws SQLException;
    }

    /** Binds one item of a batch. */
    @FunctionalInterface
    public interface BindEach<T> {
        void to(PreparedStatement statement, T item) throws SQLException;
    }

    /** Reads the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Several statements on the one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    /** {@code what} completes "Cannot …" in the failure's message, e.g. "read customer 42". */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T with(String what, Work<T> work) {
        return onConnection(what, work);
    }

    /**
     * Work outside any transaction: each statement commits by itself (Agroal's connections are in autocommit mode when
     * no JTA transaction is running). For a read of one row, or a write that stands alone, where a transaction would
     * only add its begin, its commit round trip and Narayana's bookkeeping. Refused inside a transaction, where the
     * work would silently leave it.
     */
    @Transactional(Transactional.TxType.NEVER)
    public <T> T alone(String what, Work<T> work) {
        return onConnection(what, work);
    }

    private <T> T onConnection(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** The first row the query answers, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> one(String what, String sql, Bind bind, Row<T> row) {
        return with(what, connection -> one(connection, sql, bind, row));
    }

    /** Every row the query answers, in its order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> List<T> all(String what, String sql, Bind bind, Row<T> row) {
        return with(what, connection -> all(connection, sql, bind, row));
    }

    /** How many rows the statement changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int update(String what, String sql, Bind bind) {
        return with(what, connection -> update(connection, sql, bind));
    }

    /** One statement for every item, sent as one batch; nothing is sent for none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void batch(String what, String sql, Collection<? extends T> items, BindEach<T> bind) {
        if (items.isEmpty()) {
            return;
        }
        with(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T item : items) {
                    bind.to(statement, item);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    /** The same, inside {@link #with}. */
    public static <T> Optional<T> one(Connection connection, String sql, Bind bind, Row<T> row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind.to(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(row.read(rows)) : Optional.empty();
            }
        }
    }

    /** The same, inside {@link #with}. */
    public static <T> List<T> all(Connection connection, String sql, Bind bind, Row<T> row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind.to(statement);
            List<T> all = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    all.add(row.read(rows));
                }
            }
            return all;
        }
    }

    /** The same, inside {@link #with}. */
    public static int update(Connection connection, String sql, Bind bind) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind.to(statement);
            return statement.executeUpdate();
        }
    }

    /** A PostgreSQL array parameter ({@code = any(?)}, {@code unnest(?)}) of the given element type. */
    public static Array array(PreparedStatement statement, String type, Collection<?> values) throws SQLException {
        return statement.getConnection().createArrayOf(type, values.toArray());
    }
}
