package dev.csp.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The five service databases of the running stack, read directly over JDBC as their owners (local/postgres/init.sql:
 * each service logs in as a role of its own, password = role name). Only ever read.
 */
enum Databases {
    CATALOG("csp_catalog", "catalog_service"),
    ORDER("csp_order", "order_service"),
    ENTITLEMENT("csp_entitlement", "entitlement_service"),
    AUDIT("csp_audit", "audit_service"),
    BILLING("csp_billing", "billing_service");

    private static final String HOST = System.getProperty("csp.postgres.url", "jdbc:postgresql://localhost:5432/");

    final String database;
    private final String role;

    Databases(String database, String role) {
        this.database = database;
        this.role = role;
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(HOST + database, role, role);
        connection.setReadOnly(true);
        return connection;
    }

    /** The tables the service owns (flyway's history included: a request must not change that either). */
    List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** A column that can hold text, as PostgreSQL names its type. */
    record Column(Databases db, String table, String name, String type) {

        boolean binary() {
            return "bytea".equals(type);
        }

        @Override
        public String toString() {
            return db.database + "." + table + "." + name;
        }
    }

    /** Every column of every table whose values are text, JSON or bytes. */
    List<Column> textColumns(Connection connection) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select c.table_name, c.column_name, c.udt_name"
                + " from information_schema.columns c join information_schema.tables t"
                + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                + " where c.table_schema = 'public' and t.table_type = 'BASE TABLE'"
                + " and c.udt_name in ('text', 'varchar', 'bpchar', 'json', 'jsonb', 'bytea', 'xml')"
                + " order by 1, 2");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(new Column(this, rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return columns;
    }

    /**
     * Rows per table of every database, as {@code database.table}. {@code idempotency_key} is counted from
     * {@code since} on: each service deletes day-old keys by itself every hour (service-kit), so its total may drop at
     * any time, while a key a bad request left behind would be new.
     */
    static Map<String, Long> rowCounts(Instant since) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (Databases db : values()) {
            try (Connection connection = db.connect()) {
                for (String table : db.tables(connection)) {
                    String sql = "idempotency_key".equals(table)
                            ? "select count(*) from idempotency_key where created_at >= ?"
                            : "select count(*) from \"" + table + "\"";
                    try (PreparedStatement count = connection.prepareStatement(sql)) {
                        if (sql.contains("?")) {
                            count.setTimestamp(1, Timestamp.from(since));
                        }
                        try (ResultSet result = count.executeQuery()) {
                            result.next();
                            counts.put(db.database + "." + table, result.getLong(1));
                        }
                    }
                }
            }
        }
        return counts;
    }
}
