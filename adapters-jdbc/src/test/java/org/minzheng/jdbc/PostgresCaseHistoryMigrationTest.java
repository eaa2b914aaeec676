package org.minzheng.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.TestDatabase;

class PostgresCaseHistoryMigrationTest extends CaseHistoryMigrationContract {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    @Override
    DataSource dataSource() {
        return DB.dataSource();
    }
}
