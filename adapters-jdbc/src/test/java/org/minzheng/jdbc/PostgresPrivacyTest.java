package org.minzheng.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.FreshStorage;
import org.minzheng.jdbc.testing.TestDatabase;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.PrivacyContract;

/** The personal-data contract suite (PrivacyContract) on PostgreSQL, in a schema of its own. */
class PostgresPrivacyTest extends PrivacyContract {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    @Override
    protected Storage newStorage() throws Exception {
        return FreshStorage.on(DB.dataSource());
    }
}
