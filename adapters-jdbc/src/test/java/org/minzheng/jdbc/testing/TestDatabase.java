package org.minzheng.jdbc.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database servers the tests use, with connection settings from environment variables.
 *
 * <p>Defaults match the machine's servers: PostgreSQL at 127.0.0.1:5432, user {@code postgres}
 * (trust), database {@code test}; MariaDB at 127.0.0.1:3306, user {@code root}, empty password,
 * database {@code test}. Override with {@code MINZHENG_PG_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _DATABASE} (and the same with {@code MINZHENG_MARIADB_}).
 */
public enum TestDatabase {
    POSTGRESQL("PostgreSQL", "MINZHENG_PG_", "127.0.0.1", 5432, "postgres", "test"),
    MARIADB("MariaDB", "MINZHENG_MARIADB_", "127.0.0.1", 3306, "root", "test");

    private final String displayName;
    private final String envPrefix;
    private final String defaultHost;
    private final int defaultPort;
    private final String defaultUser;
    private final String defaultDatabase;

    TestDatabase(String displayName, String envPrefix, String host, int port, String user, String database) {
        this.displayName = displayName;
        this.envPrefix = envPrefix;
        this.defaultHost = host;
        this.defaultPort = port;
        this.defaultUser = user;
        this.defaultDatabase = database;
    }

    /** Connection settings, read from an environment. */
    public record Settings(String host, int port, String user, String password, String database) {
        @Override
        public String toString() {
            return user + "@" + host + ":" + port + "/" + database;
        }
    }

    public String displayName() {
        return displayName;
    }

    public String envPrefix() {
        return envPrefix;
    }

    /** Settings from the process environment. */
    public Settings settings() {
        return settings(System.getenv());
    }

    /** Settings from a given environment (for tests of this harness). */
    public Settings settings(Map<String, String> env) {
        Function<String, String> get = name -> {
            String v = env.get(envPrefix + name);
            return v == null || v.isBlank() ? null : v.trim();
        };
        String host = Objects.requireNonNullElse(get.apply("HOST"), defaultHost);
        String portText = get.apply("PORT");
        int port;
        try {
            port = portText == null ? defaultPort : Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(envPrefix + "PORT is not a port number: " + portText, e);
        }
        String user = Objects.requireNonNullElse(get.apply("USER"), defaultUser);
        String password = Objects.requireNonNullElse(env.get(envPrefix + "PASSWORD"), "");
        String database = Objects.requireNonNullElse(get.apply("DATABASE"), defaultDatabase);
        return new Settings(host, port, user, password, database);
    }

    /** A data source on the configured database (the server's default schema). */
    public DataSource dataSource() {
        return dataSource(settings(), null);
    }

    /**
     * A pooled data source whose connections use a schema (PostgreSQL) or database (MariaDB).
     * Opening a PostgreSQL connection costs tens of milliseconds on a busy machine, so the
     * contract suites run on a pool, as a production application would. Close it when done.
     *
     * @param s the connection settings
     * @param schema the schema
     * @return the pool
     */
    @SuppressWarnings("deprecation") // PGPoolingDataSource: deprecated for production use, fine for tests
    public DataSource pooledDataSource(Settings s, String schema) {
        switch (this) {
            case POSTGRESQL: {
                org.postgresql.ds.PGPoolingDataSource ds = new org.postgresql.ds.PGPoolingDataSource();
                ds.setDataSourceName("minzheng-" + schema);
                ds.setServerNames(new String[] {s.host()});
                ds.setPortNumbers(new int[] {s.port()});
                ds.setDatabaseName(s.database());
                ds.setUser(s.user());
                ds.setPassword(s.password());
                ds.setSslMode("disable");
                ds.setCurrentSchema(schema);
                ds.setMaxConnections(12);
                return ds;
            }
            case MARIADB: {
                try {
                    org.mariadb.jdbc.MariaDbPoolDataSource ds = new org.mariadb.jdbc.MariaDbPoolDataSource(
                            "jdbc:mariadb://" + s.host() + ":" + s.port() + "/" + schema
                                    + "?connectTimeout=3000&maxPoolSize=12&user="
                                    + java.net.URLEncoder.encode(s.user(), java.nio.charset.StandardCharsets.UTF_8)
                                    + "&password="
                                    + java.net.URLEncoder.encode(s.password(), java.nio.charset.StandardCharsets.UTF_8));
                    return ds;
                } catch (SQLException e) {
                    throw new IllegalStateException("bad MariaDB settings " + s, e);
                }
            }
            default:
                throw new AssertionError(this);
        }
    }

    /** Closes a data source made by {@link #pooledDataSource}. */
    @SuppressWarnings("deprecation")
    static void closePool(DataSource ds) {
        if (ds instanceof org.postgresql.ds.PGPoolingDataSource pg) {
            pg.close();
        } else if (ds instanceof org.mariadb.jdbc.MariaDbPoolDataSource maria) {
            maria.close();
        }
    }

    /**
     * A data source whose connections use the given schema (PostgreSQL) or database (MariaDB).
     *
     * @param s the connection settings
     * @param schema the schema, or null for the configured default
     */
    public DataSource dataSource(Settings s, String schema) {
        switch (this) {
            case POSTGRESQL: {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setServerNames(new String[] {s.host()});
                ds.setPortNumbers(new int[] {s.port()});
                ds.setDatabaseName(s.database());
                ds.setUser(s.user());
                ds.setPassword(s.password());
                ds.setConnectTimeout(3);
                ds.setApplicationName("minzheng-tests");
                ds.setSslMode("disable");
                if (schema != null) {
                    ds.setCurrentSchema(schema);
                }
                return ds;
            }
            case MARIADB: {
                String db = schema == null ? s.database() : schema;
                try {
                    MariaDbDataSource ds = new MariaDbDataSource("jdbc:mariadb://" + s.host() + ":" + s.port() + "/" + db
                            + "?connectTimeout=3000&useServerPrepStmts=false&rewriteBatchedStatements=true");
                    ds.setUser(s.user());
                    ds.setPassword(s.password());
                    return ds;
                } catch (SQLException e) {
                    throw new IllegalStateException("bad MariaDB settings " + s, e);
                }
            }
            default:
                throw new AssertionError(this);
        }
    }

    /** Creates a schema (PostgreSQL) or database (MariaDB) of that name. */
    void createSchema(Settings s, String name) throws SQLException {
        execute(s, this == POSTGRESQL ? "CREATE SCHEMA " + name
                : "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }

    /** Drops a schema (PostgreSQL) or database (MariaDB) and everything in it. */
    void dropSchema(Settings s, String name) throws SQLException {
        execute(s, this == POSTGRESQL ? "DROP SCHEMA IF EXISTS " + name + " CASCADE" : "DROP DATABASE IF EXISTS " + name);
    }

    private void execute(Settings s, String sql) throws SQLException {
        try (Connection c = dataSource(s, null).getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
