package org.minzheng.tck.storage;

import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;

/** The reference store passes its own contract suite (CaseAndLedgerContract). */
class InMemoryCaseAndLedgerTest extends CaseAndLedgerContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
