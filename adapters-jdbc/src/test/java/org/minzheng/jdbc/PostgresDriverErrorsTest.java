package org.minzheng.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.TestDatabase;

/** Database errors carry no personal data on PostgreSQL. */
class PostgresDriverErrorsTest extends DriverErrorsContract {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    @Override
    protected DataSource dataSource() {
        return DB.dataSource();
    }

    @Override
    protected boolean someoneWaits(Connection c) throws SQLException {
        return positive(c, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'");
    }
}
