package org.minzheng.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.minzheng.jdbc.internal.SqlErrors;
import org.minzheng.spi.storage.StorageException;

/**
 * Storage on a relational database through JDBC (关系数据库存储).
 */
public final class JdbcStorage {

    /** The Flyway schema-history table minzheng uses, apart from the host application's own. */
    public static final String HISTORY_TABLE = "minzheng_schema_history";

    private JdbcStorage() {
    }

    /**
     * Creates or upgrades minzheng's tables in the data source's current schema, with Flyway.
     *
     * <p>For applications that do not run Flyway themselves. An application that does adds
     * {@link Dialect#migrationLocation()} to its own configuration instead. Migrations are
     * recorded in the table {@value #HISTORY_TABLE}, so they do not mix with the host's own.
     *
     * @param dataSource the database
     * @return the number of migrations applied (0 when the schema was current)
     * @throws StorageException if the database is unsupported or a migration fails
     */
    public static int migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect = dialectOf(dataSource);
        try {
            MigrateResult result = Flyway.configure(JdbcStorage.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .table(HISTORY_TABLE)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StorageException("migrating the minzheng schema failed on " + dialect
                    + " (数据库结构迁移失败): " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Detects the dialect of a data source, opening and closing one connection.
     *
     * @param dataSource the database
     * @return its dialect
     * @throws StorageException if the database cannot be reached or is unsupported
     */
    public static Dialect dialectOf(DataSource dataSource) {
        try (Connection c = Objects.requireNonNull(dataSource, "dataSource").getConnection()) {
            return Dialect.detect(c);
        } catch (SQLException e) {
            throw SqlErrors.translate("detect the database dialect", null, e);
        }
    }
}
