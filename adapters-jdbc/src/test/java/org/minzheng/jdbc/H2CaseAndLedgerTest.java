package org.minzheng.jdbc;

import javax.sql.DataSource;
import org.minzheng.jdbc.testing.FreshStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.CaseAndLedgerContract;

/** The storage contract suite (CaseAndLedgerContract) on H2 in memory. */
class H2CaseAndLedgerTest extends CaseAndLedgerContract {

    private static final DataSource DB = FreshStorage.h2();

    @Override
    protected Storage newStorage() throws Exception {
        return FreshStorage.on(DB);
    }
}
