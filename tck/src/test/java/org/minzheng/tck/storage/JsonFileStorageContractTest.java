package org.minzheng.tck.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.json.store.JsonFileStorage;
import org.minzheng.spi.storage.Storage;

/**
 * The JSON-file store (adapters-json) passes the storage contract suites. It lives here rather
 * than in adapters-json because this module already depends on adapters-json (a test dependency
 * the other way would be a cycle). Every store is reopened from disk once before the test, so the
 * suites also run against replayed state.
 */
class JsonFileStorageContractTest {

    @TempDir
    Path tmp;

    private Storage open() throws Exception {
        Path dir = Files.createTempDirectory(tmp, "store");
        JsonFileStorage.open(dir).close();
        return JsonFileStorage.open(dir);
    }

    @Nested
    class Contract extends StorageContract {
        @Override
        protected Storage newStorage() throws Exception {
            return open();
        }
    }

    @Nested
    class CaseAndLedger extends CaseAndLedgerContract {
        @Override
        protected Storage newStorage() throws Exception {
            return open();
        }
    }

    @Nested
    class Privacy extends PrivacyContract {
        @Override
        protected Storage newStorage() throws Exception {
            return open();
        }
    }

    @Nested
    class Concurrency extends ConcurrencyContract {
        @Override
        protected Storage newStorage() throws Exception {
            return open();
        }
    }
}
