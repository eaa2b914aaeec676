package org.minzheng.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.spi.storage.StorageException;

/**
 * The SQL dialects {@link JdbcStorage} speaks (数据库方言).
 *
 * <p>The dialect is detected from the JDBC driver's product name. The PostgreSQL dialect also
 * serves the PostgreSQL-compatible databases deployed in Chinese government data centres
 * (openGauss / GaussDB, KingbaseES, Vastbase, HighGo); the MySQL dialect serves MariaDB and MySQL
 * 8. Each dialect has its own Flyway migrations under {@link #migrationLocation()}.
 */
public enum Dialect {
    /** H2 2.x, the embedded default (file or memory). */
    H2("h2"),
    /** PostgreSQL 12+ and the PostgreSQL-compatible family (openGauss, KingbaseES …). */
    POSTGRESQL("postgresql"),
    /** MariaDB 10.6+ and MySQL 8. */
    MYSQL("mysql");

    private static final String MIGRATION_ROOT = "org/minzheng/jdbc/migration/";

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /**
     * The classpath folder of this dialect's Flyway migrations, for example
     * {@code classpath:org/minzheng/jdbc/migration/postgresql}. A host application that runs its
     * own Flyway adds this location (and should use a separate history table, as
     * {@link JdbcStorage#migrate(javax.sql.DataSource)} does with {@value JdbcStorage#HISTORY_TABLE}).
     *
     * @return the Flyway location
     */
    public String migrationLocation() {
        return "classpath:" + MIGRATION_ROOT + folder;
    }

    /**
     * Finds the dialect for a product name as reported by
     * {@link DatabaseMetaData#getDatabaseProductName()}.
     *
     * @param productName the product name
     * @return the dialect, or empty when the product is not supported
     */
    public static Optional<Dialect> forProductName(String productName) {
        String name = Objects.requireNonNull(productName, "productName").toLowerCase(Locale.ROOT);
        if (name.startsWith("h2")) {
            return Optional.of(H2);
        }
        if (name.contains("postgres") || name.contains("gauss") || name.contains("kingbase")
                || name.contains("vastbase") || name.contains("highgo")) {
            return Optional.of(POSTGRESQL);
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return Optional.of(MYSQL);
        }
        return Optional.empty();
    }

    /**
     * Detects the dialect of an open connection.
     *
     * @param connection the connection (not closed by this method)
     * @return the dialect
     * @throws StorageException if the database is not supported or cannot be asked
     */
    public static Dialect detect(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StorageException("cannot read the database product name (SQLState " + e.getSQLState() + ")", e);
        }
        return forProductName(product == null ? "" : product).orElseThrow(() -> new StorageException(
                "unsupported database product '" + product + "': minzheng supports H2, PostgreSQL (and the "
                        + "openGauss / KingbaseES family), MariaDB and MySQL (不支持的数据库产品)"));
    }
}
