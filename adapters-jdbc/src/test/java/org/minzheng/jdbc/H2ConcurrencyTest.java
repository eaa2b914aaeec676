package org.minzheng.jdbc;

import javax.sql.DataSource;
import org.minzheng.jdbc.testing.FreshStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.ConcurrencyContract;

/** The storage contract suite (ConcurrencyContract) on H2 in memory. */
class H2ConcurrencyTest extends ConcurrencyContract {

    private static final DataSource DB = FreshStorage.h2();

    @Override
    protected Storage newStorage() throws Exception {
        return FreshStorage.on(DB);
    }
}
