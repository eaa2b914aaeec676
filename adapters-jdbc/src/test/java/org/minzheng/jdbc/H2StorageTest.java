package org.minzheng.jdbc;

import javax.sql.DataSource;
import org.minzheng.jdbc.testing.FreshStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.StorageContract;

/** The storage contract suite (StorageContract) on H2 in memory. */
class H2StorageTest extends StorageContract {

    private static final DataSource DB = FreshStorage.h2();

    @Override
    protected Storage newStorage() throws Exception {
        return FreshStorage.on(DB);
    }
}
