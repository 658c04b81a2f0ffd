package dev.csp.resilience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Read-only looks into the services' own databases, as each service's owner role (the local stack's passwords). */
final class Databases {

    static final List<String> ALL = List.of("catalog", "order", "entitlement", "audit", "billing");

    private Databases() {
    }

    /** The single number {@code sql} selects in service {@code service}'s database. */
    static long number(String service, String sql, Object... parameters) {
        List<Long> numbers = select(service, sql, parameters, rs -> rs.getLong(1));
        return numbers.isEmpty() ? 0 : numbers.get(0);
    }

    static List<UUID> ids(String service, String sql, Object... parameters) {
        return select(service, sql, parameters, rs -> rs.getObject(1, UUID.class));
    }

    /** True when PostgreSQL answers on the local port. */
    static boolean reachable() {
        try (Connection ignored = connect("order")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    static <T> List<T> select(String service, String sql, Object[] parameters, Row<T> row) {
        try (Connection connection = connect(service); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("csp_" + service + ": " + sql, e);
        }
    }

    private static Connection connect(String service) throws SQLException {
        String role = service + "_service";
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/csp_" + service + "?connectTimeout=3", role, role);
    }
}
