package org.minzheng.jdbc.internal;

import java.util.Optional;
import javax.sql.DataSource;
import org.minzheng.jdbc.Dialect;
import org.minzheng.spi.storage.StorageException;

/**
 * The database-specific artifacts minzheng-jdbc declares optional (可选依赖): the embedder adds
 * those of the database it uses (README, "Storage on a database: add your driver"). Touching H2
 * only here, in a nested class loaded on first use, keeps {@code JdbcStorage} loadable without it.
 */
public final class OptionalDependencies {

    private static final String H2_ARTIFACT = "com.h2database:h2";

    private OptionalDependencies() {
    }

    /**
     * An H2 data source for a URL.
     *
     * @param url the H2 URL
     * @return the data source
     * @throws StorageException naming the artifact to add if H2 is not on the class or module path
     */
    public static DataSource h2(String url) {
        if (!present("org.h2.jdbcx.JdbcDataSource")) {
            throw new StorageException("JdbcStorage.h2 needs the H2 database, an optional dependency of minzheng-jdbc: "
                    + "add " + H2_ARTIFACT + " to the application (on the module path also --add-modules com.h2database)"
                    + " (缺少嵌入式数据库 H2，请添加依赖 " + H2_ARTIFACT + ")");
        }
        return H2.dataSource(url);
    }

    /**
     * The Flyway plugin a dialect needs, if it is missing: Flyway supports H2 itself, PostgreSQL
     * and MariaDB/MySQL only through a plugin.
     *
     * @param dialect the dialect
     * @return the Maven coordinates of the missing plugin, or empty if none is missing
     */
    public static Optional<String> missingFlywayPlugin(Dialect dialect) {
        switch (dialect) {
            case POSTGRESQL:
                return present("org.flywaydb.database.postgresql.PostgreSQLDatabaseType") ? Optional.empty()
                        : Optional.of("org.flywaydb:flyway-database-postgresql");
            case MYSQL:
                return present("org.flywaydb.database.mysql.MySQLDatabaseType") ? Optional.empty()
                        : Optional.of("org.flywaydb:flyway-mysql");
            default:
                return Optional.empty();
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, OptionalDependencies.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when H2 is present. */
    private static final class H2 {
        static DataSource dataSource(String url) {
            org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
            ds.setURL(url);
            return ds;
        }
    }
}
