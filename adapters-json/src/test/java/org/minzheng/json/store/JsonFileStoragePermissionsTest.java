package org.minzheng.json.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.spi.storage.WriteContext;

/** The JSON store's directory and files are readable by their owner only (POSIX file systems). */
class JsonFileStoragePermissionsTest {

    private static final WriteContext CTX = WriteContext.of("tester", "测试");

    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions: on other file systems the store's files inherit the directory's ACL");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void newStore_createsItsDirectoriesAndFilesOwnerOnly() throws IOException {
        Path dir = tmp.resolve("a/b/store");
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            store.households().save(CrashWriter.household(1, 0), CTX);
            store.households().save(CrashWriter.household(2, 0), CTX);
        }
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("journal"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("store.lock"))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir.resolve("journal"))) {
            assertThat(files.toList()).hasSize(2).allSatisfy(f -> assertThat(mode(f)).isEqualTo("rw-------"));
        }
    }

    @Test
    void storeWrittenWorldReadable_isTightenedOnOpen() throws IOException {
        Path dir = tmp.resolve("old");
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            store.households().save(CrashWriter.household(1, 0), CTX);
        }
        Path journal = dir.resolve("journal");
        Path commit = journal.resolve("0000000000000001.json");
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(commit, PosixFilePermissions.fromString("rw-r--r--"));

        JsonFileStorage.open(dir).close();

        assertThat(mode(journal)).isEqualTo("rwx------");
        assertThat(mode(commit)).isEqualTo("rw-------");
    }

    @Test
    void existingDirectoryOfTheCaller_isLeftAsItIs_butTheJournalIsOwnerOnly() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        JsonFileStorage.open(dir).close();
        assertThat(mode(dir)).isEqualTo("rwxr-x---");
        assertThat(mode(dir.resolve("journal"))).isEqualTo("rwx------");
    }

    @Test
    void repair_movesDroppedFilesIntoAnOwnerOnlyDirectory() throws IOException {
        Path dir = tmp.resolve("damaged");
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            store.households().save(CrashWriter.household(1, 0), CTX);
        }
        Files.writeString(dir.resolve("journal").resolve("0000000000000001.json"), "{");
        RepairReport report = JsonFileStorage.repair(dir);
        assertThat(report.movedTo()).hasValueSatisfying(p -> {
            try {
                assertThat(mode(p)).isEqualTo("rwx------");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
