package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.registry.Household;
import org.minzheng.tck.storage.StorageFixtures;

class H2FileStorageTest {

    @TempDir
    Path dir;

    @Test
    void h2_keepsDataAcrossCloseAndReopen() {
        Path data = dir.resolve("nested/data");
        Household saved;
        try (JdbcStorage storage = JdbcStorage.h2(data)) {
            assertThat(storage.dialect()).isEqualTo(Dialect.H2);
            saved = storage.households().save(StorageFixtures.household("H-1", StorageFixtures.GAOZI, 1),
                    StorageFixtures.BY_TESTER);
        }
        assertThat(Files.exists(data.resolve("minzheng.mv.db"))).isTrue();
        try (JdbcStorage reopened = JdbcStorage.h2(data)) {
            assertThat(reopened.households().find(saved.id())).contains(saved);
        }
    }

    @Test
    void h2InMemory_isPrivateAndGoneAfterClose() {
        try (JdbcStorage a = JdbcStorage.h2InMemory(); JdbcStorage b = JdbcStorage.h2InMemory()) {
            a.households().save(StorageFixtures.household("H-1", StorageFixtures.GAOZI, 1), StorageFixtures.BY_TESTER);
            assertThat(b.households().countByRegion(StorageFixtures.DANTU)).isZero();
            assertThat(a.households().countByRegion(StorageFixtures.DANTU)).isEqualTo(1);
        }
    }
}
