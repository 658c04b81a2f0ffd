package dev.csp.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh PostgreSQL database for one test run, on the server that {@code ./stack} starts. It is created by the
 * {@code csp_admin} role (CREATEDB), dropped first if an earlier run left it behind.
 */
final class TestDatabase {

    static final String SERVER = env("CSP_TEST_PG", "localhost:5432");
    private static final String ADMIN = env("CSP_TEST_PG_ADMIN", "csp_admin");
    private static final String ADMIN_PASSWORD = env("CSP_TEST_PG_ADMIN_PASSWORD", "csp_admin");

    private TestDatabase() {
    }

    /** Creates the database and answers the Quarkus datasource settings that point at it. */
    static Map<String, String> recreate(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", ADMIN, ADMIN_PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + SERVER
                    + " as " + ADMIN + ". Is PostgreSQL up? Run ./stack up --infra (or ./stack test).", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + SERVER + "/" + name,
                "quarkus.datasource.username", ADMIN,
                "quarkus.datasource.password", ADMIN_PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
