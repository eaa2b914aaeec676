package org.minzheng.jdbc;

import javax.sql.DataSource;
import org.minzheng.jdbc.testing.FreshStorage;

class H2CaseHistoryMigrationTest extends CaseHistoryMigrationContract {

    private final DataSource dataSource = FreshStorage.h2();

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
