package dev.csp.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh PostgreSQL database for one test run, on the server that {@code ./stack} starts, created by the
 * {@code csp_admin} role (CREATEDB). Its name carries a random suffix, so test runs of the same module (two
 * checkouts, two engineers) never share or drop each other's database; it is dropped when the run ends.
 */
final class TestDatabase {

    static final String SERVER = env("CSP_TEST_PG", "localhost:5432");
    private static final String ADMIN = env("CSP_TEST_PG_ADMIN", "csp_admin");
    private static final String ADMIN_PASSWORD = env("CSP_TEST_PG_ADMIN_PASSWORD", "csp_admin");

    private TestDatabase() {
    }

    /** Creates a database named {@code prefix_xxxxxx} and answers the Quarkus datasource settings for it. */
    static Map<String, String> create(String prefix) {
        if (!prefix.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + prefix);
        }
        String name = prefix + "_" + Long.toString(System.nanoTime() & 0xFFFFFFL, 36);
        execute("create database " + name);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + SERVER + "/" + name,
                "quarkus.datasource.username", ADMIN,
                "quarkus.datasource.password", ADMIN_PASSWORD);
    }

    /**
     * A login role of the server (password = name), made unless it exists, as the datasource settings of a service
     * that runs as it.
     */
    static Map<String, String> role(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a plain role name: " + name);
        }
        execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + name + "') then create role " + name
                + " login password '" + name + "'; end if; end $$");
        return Map.of("quarkus.datasource.username", name, "quarkus.datasource.password", name);
    }

    static void drop(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String statement) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", ADMIN, ADMIN_PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + statement + "' on " + SERVER + " as " + ADMIN
                    + ". Is PostgreSQL up? Run ./stack up --infra (or ./stack test).", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
