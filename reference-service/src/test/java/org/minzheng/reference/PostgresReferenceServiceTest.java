package org.minzheng.reference;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/**
 * The same HTTP tests on PostgreSQL, in a schema of their own that is dropped afterwards. Settings come from the
 * {@code MINZHENG_PG_*} variables as in the JDBC adapter's tests. Without a server the class is skipped with a message
 * naming the settings tried; with {@code CI=true} it fails instead (CI never passes by skipping).
 */
class PostgresReferenceServiceTest extends ReferenceServiceContract {

    private static final String HOST = env("MINZHENG_PG_HOST", "127.0.0.1");
    private static final String PORT = env("MINZHENG_PG_PORT", "5432");
    private static final String USER = env("MINZHENG_PG_USER", "postgres");
    private static final String PASSWORD = env("MINZHENG_PG_PASSWORD", "");
    private static final String DATABASE = env("MINZHENG_PG_DATABASE", "test");
    private static final String URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE;

    private final String schema = "mz_reference_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    Map<String, Object> databaseProperties() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getSQLState() + " "
                    + e.getMessage() + "); the reference service's PostgreSQL tests are skipped. Start the server or set "
                    + "MINZHENG_PG_HOST/PORT/USER/PASSWORD/DATABASE. With CI=true they fail instead of skipping.";
            if ("true".equalsIgnoreCase(System.getenv().getOrDefault("CI", "").trim())) {
                throw new IllegalStateException("CI=true: " + message, e);
            }
            Assumptions.abort(message);
        }
        return Map.of("spring.datasource.url", URL + "?currentSchema=" + schema, "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD);
    }

    @AfterAll
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
