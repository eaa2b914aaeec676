package org.minzheng.jdbc;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.KillContract;
import org.minzheng.tck.storage.KillTarget;

/** The embedded H2 file database keeps every acknowledged commit when its JVM is killed. */
class H2FileKillTest extends KillContract {

    @TempDir
    Path dir;

    /** Opens {@link JdbcStorage#h2(Path)} in a directory. */
    public static final class Target implements KillTarget {
        @Override
        public Storage open(String location) {
            return JdbcStorage.h2(Path.of(location));
        }
    }

    @Override
    protected Class<? extends KillTarget> target() {
        return Target.class;
    }

    @Override
    protected String location() {
        return dir.resolve("db").toString();
    }
}
