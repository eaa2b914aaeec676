package org.minzheng.jdbc;

import javax.sql.DataSource;
import org.minzheng.jdbc.testing.FreshStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.PrivacyContract;

/** The personal-data contract suite (PrivacyContract) on H2 in memory. */
class H2PrivacyTest extends PrivacyContract {

    private static final DataSource DB = FreshStorage.h2();

    @Override
    protected Storage newStorage() throws Exception {
        return FreshStorage.on(DB);
    }
}
