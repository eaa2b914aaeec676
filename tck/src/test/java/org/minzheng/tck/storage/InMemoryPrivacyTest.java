package org.minzheng.tck.storage;

import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;

/** The reference store passes the personal-data contract (PrivacyContract). */
class InMemoryPrivacyTest extends PrivacyContract {

    @Override
    protected Storage newStorage() {
        return InMemoryStorage.create();
    }
}
