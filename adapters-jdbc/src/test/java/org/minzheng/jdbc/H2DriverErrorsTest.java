package org.minzheng.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Database errors carry no personal data on H2 (in memory, with a lock timeout long enough for the races). */
class H2DriverErrorsTest extends DriverErrorsContract {

    private static final DataSource DB = h2();

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
        return ds;
    }

    @Override
    protected DataSource dataSource() {
        return DB;
    }

    @Override
    protected boolean someoneWaits(Connection c) throws SQLException {
        // H2 shows no blocker for a row lock: a statement of another session running for half a
        // second in this tiny database is waiting
        return positive(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID() "
                + "AND EXECUTING_STATEMENT IS NOT NULL "
                + "AND EXECUTING_STATEMENT_START < DATEADD(MILLISECOND, -500, CURRENT_TIMESTAMP)");
    }
}
