package org.minzheng.jdbc.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.KillTarget;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Kill targets on the test servers: {@link JdbcStorage} on a plain (unpooled) data source for a
 * schema, with the connection settings of {@link TestDatabase} read from the environment the
 * child inherits. The schema must be migrated before the test starts.
 */
public abstract class ServerKillTarget implements KillTarget {

    private final TestDatabase database;

    ServerKillTarget(TestDatabase database) {
        this.database = database;
    }

    /** On PostgreSQL. */
    public static final class Postgres extends ServerKillTarget {
        /** Creates the target. */
        public Postgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    /** On MariaDB. */
    public static final class MariaDb extends ServerKillTarget {
        /** Creates the target. */
        public MariaDb() {
            super(TestDatabase.MARIADB);
        }
    }

    static String applicationName(String schema) {
        return "kill-" + schema;
    }

    DataSource dataSource(String schema) {
        DataSource ds = database.dataSource(database.settings(), schema);
        if (ds instanceof PGSimpleDataSource pg) {
            pg.setApplicationName(applicationName(schema));
        }
        return ds;
    }

    @Override
    public Storage open(String schema) {
        return JdbcStorage.of(dataSource(schema));
    }

    /**
     * Waits until no statement of the killed child runs on the server any more: one that had sent
     * its COMMIT may still be committing when the child's process is gone. Idle sessions of the
     * dead child cannot commit; the server rolls them back when it notices the closed socket.
     */
    @Override
    public void afterKill(String schema) throws Exception {
        String sql = database == TestDatabase.POSTGRESQL
                ? "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND state = 'active'"
                : "SELECT count(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID() "
                        + "AND COMMAND NOT IN ('Sleep', 'Daemon')";
        String key = database == TestDatabase.POSTGRESQL ? applicationName(schema) : schema;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = database.dataSource(database.settings(), null).getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new SQLException("the killed child's statements still run after 30 s");
                }
                Thread.sleep(10);
            }
        }
    }
}
