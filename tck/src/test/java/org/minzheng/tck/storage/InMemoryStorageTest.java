package org.minzheng.tck.storage;

import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;

/** The reference store passes its own contract suite (StorageContract). */
class InMemoryStorageTest extends StorageContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
