package org.minzheng.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.TestDatabase;

class MariaDbCaseHistoryMigrationTest extends CaseHistoryMigrationContract {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.MARIADB);

    @Override
    DataSource dataSource() {
        return DB.dataSource();
    }
}
