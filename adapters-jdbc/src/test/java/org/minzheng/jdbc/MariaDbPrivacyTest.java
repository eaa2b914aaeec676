package org.minzheng.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.FreshStorage;
import org.minzheng.jdbc.testing.TestDatabase;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.PrivacyContract;

/** The personal-data contract suite (PrivacyContract) on MariaDB, in a schema of its own. */
class MariaDbPrivacyTest extends PrivacyContract {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.MARIADB);

    @Override
    protected Storage newStorage() throws Exception {
        return FreshStorage.on(DB.dataSource());
    }
}
