package org.minzheng.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.ServerKillTarget;
import org.minzheng.jdbc.testing.TestDatabase;
import org.minzheng.tck.storage.KillContract;
import org.minzheng.tck.storage.KillTarget;

/**
 * A JVM writing through {@link JdbcStorage} to PostgreSQL is killed at random moments:
 * every commit that returned is in the database, no transaction half-written, no payment twice.
 */
class PostgresKillTest extends KillContract {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    @Override
    protected Class<? extends KillTarget> target() {
        return ServerKillTarget.Postgres.class;
    }

    @Override
    protected String location() {
        JdbcStorage.migrate(DB.dataSource());
        return DB.schema();
    }
}
