package org.minzheng.tck.storage;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.minzheng.json.store.JsonFileStorage;
import org.minzheng.spi.storage.Storage;

/** The JSON-file store keeps every acknowledged commit when its writer is killed. */
class JsonFileStorageKillTest extends KillContract {

    @TempDir
    Path dir;

    /** Opens the JSON store in a directory. */
    public static final class Target implements KillTarget {
        @Override
        public Storage open(String location) {
            return JsonFileStorage.open(Path.of(location));
        }
    }

    @Override
    protected Class<? extends KillTarget> target() {
        return Target.class;
    }

    @Override
    protected String location() {
        return dir.resolve("store").toString();
    }
}
