package org.minzheng.json.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.WriteContext;

/**
 * A damaged journal refuses to open and names the way forward; {@link JsonFileStorage#check} reports
 * the damage without changing anything; {@link JsonFileStorage#repair} keeps every complete commit
 * before it, moves the rest aside and reports what it dropped without any personal data.
 */
class JsonFileStorageRepairTest {

    private static final WriteContext CTX = WriteContext.of("tester", "测试");

    @TempDir
    Path tmp;

    /** A store of three commits; the third, the one truncated, is a small update. */
    private Path pristine;
    private Household afterTwo;
    private long auditAfterTwo;

    @BeforeEach
    void writeJournal() {
        pristine = tmp.resolve("pristine");
        try (JsonFileStorage store = JsonFileStorage.open(pristine)) {
            afterTwo = store.households().save(CrashWriter.household(1, 0), CTX);
            store.households().save(CrashWriter.household(2, 0), CTX);
            auditAfterTwo = store.audit().count();
            store.households().save(afterTwo.toBuilder().address("新址").build(), CTX);
        }
    }

    private Path copy(String name) throws IOException {
        Path target = tmp.resolve(name);
        Files.createDirectories(target.resolve("journal"));
        try (Stream<Path> files = Files.list(pristine.resolve("journal"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve("journal").resolve(f.getFileName()));
            }
        }
        return target;
    }

    private static Path commitFile(Path store, int n) {
        return store.resolve("journal").resolve(String.format("%016d.json", n));
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    @Test
    void lastCommitTruncatedAtEveryByte_refusesToOpen_andRepairKeepsTheCompleteCommits() throws IOException {
        byte[] last = Files.readAllBytes(commitFile(pristine, 3));
        assertThat(last.length).as("a small last commit").isBetween(100, 4000);
        Path store = copy("store");
        for (int c = 0; c < last.length; c++) {
            int cut = c;
            Files.write(commitFile(store, 3), java.util.Arrays.copyOf(last, cut));
            String at = "cut at byte " + cut + " of " + last.length;

            assertThatThrownBy(() -> JsonFileStorage.open(store)).as(at).isInstanceOf(StorageException.class)
                    .hasMessageContaining("JsonFileStorage.repair").hasMessageContaining("keeps the 2 complete commits");

            // check reports at every byte; repair (moves, forces the directories) at every 16th and the last 8.
            boolean repair = cut % 16 == 0 || cut >= last.length - 8;
            RepairReport report = repair ? JsonFileStorage.repair(store) : JsonFileStorage.check(store);
            assertThat(report.repaired()).isEqualTo(repair);
            assertThat(report.kept()).as(at).isEqualTo(2);
            assertThat(report.dropped()).as(at).singleElement().satisfies(d -> {
                assertThat(d.commit()).isEqualTo(3);
                assertThat(d.bytes()).isEqualTo(cut);
                assertThat(d.problem()).isEqualTo(RepairReport.Problem.TRUNCATED);
                assertThat(d.byteOffset()).isPresent();
                assertThat(d.byteOffset().getAsLong()).isBetween(0L, (long) cut);
            });
            assertThat(report.toString()).as(at).doesNotContain("户主", "某村", "新址").contains("TRUNCATED");
            if (!repair) {
                assertThat(report.movedTo()).isEmpty();
                assertThat(commitFile(store, 3)).as("check changes nothing").hasSize(cut);
                continue;
            }
            Path aside = report.movedTo().orElseThrow();
            assertThat(aside.resolve("0000000000000003.json")).hasSize(cut);
            assertThat(commitFile(store, 3)).doesNotExist();

            try (JsonFileStorage reopened = JsonFileStorage.open(store)) {
                assertThat(reopened.commits()).isEqualTo(2);
                assertThat(reopened.households().find(HouseholdId.of("h-1"))).contains(afterTwo);
                assertThat(reopened.households().find(HouseholdId.of("h-2"))).isPresent();
                assertThat(reopened.audit().count()).isEqualTo(auditAfterTwo);
            }
            deleteRecursively(aside);
        }
    }

    @Test
    void repairedStore_takesWritesAgain_andTheNextCommitGetsTheFreedNumber() throws IOException {
        Path store = copy("store");
        truncate(commitFile(store, 3), 40);
        JsonFileStorage.repair(store);
        try (JsonFileStorage reopened = JsonFileStorage.open(store)) {
            reopened.households().save(afterTwo.toBuilder().address("另一址").build(), CTX);
            assertThat(reopened.commits()).isEqualTo(3);
        }
        try (JsonFileStorage reopened = JsonFileStorage.open(store)) {
            assertThat(reopened.households().get(HouseholdId.of("h-1")).address()).isEqualTo("另一址");
        }
    }

    @Test
    void check_reportsWithoutChangingAnything_andOpenNeverRepairs() throws IOException {
        Path store = copy("store");
        truncate(commitFile(store, 3), 57);
        Files.writeString(store.resolve("journal").resolve("0000000000000004.json.tmp"), "{\"format\"");
        List<String> before = listing(store);

        RepairReport report = JsonFileStorage.check(store);
        assertThat(report.repaired()).isFalse();
        assertThat(report.kept()).isEqualTo(2);
        assertThat(report.dropped()).extracting(RepairReport.Dropped::commit).containsExactly(3L);
        assertThat(report.movedTo()).isEmpty();
        assertThat(report.temporaryFiles()).isEqualTo(1);
        assertThat(listing(store)).isEqualTo(before);

        assertThatThrownBy(() -> JsonFileStorage.open(store)).isInstanceOf(StorageException.class);
        assertThat(Files.size(commitFile(store, 3))).as("open leaves the damaged file as it is").isEqualTo(57);
    }

    @Test
    void damagedMiddleCommit_dropsItAndEveryLaterOne() throws IOException {
        Path store = copy("store");
        Files.writeString(commitFile(store, 2), "{\"format\":\"minzheng-json-store/1\",\"commit\":2,\"at\":\"x\",\"ops\":[]}");
        RepairReport report = JsonFileStorage.repair(store);
        assertThat(report.kept()).isEqualTo(1);
        assertThat(report.dropped()).extracting(RepairReport.Dropped::problem)
                .containsExactly(RepairReport.Problem.NOT_A_COMMIT, RepairReport.Problem.AFTER_DROPPED);
        try (JsonFileStorage reopened = JsonFileStorage.open(store)) {
            assertThat(reopened.commits()).isEqualTo(1);
            assertThat(reopened.households().find(HouseholdId.of("h-2"))).isEmpty();
        }
    }

    @Test
    void gapInTheJournal_dropsTheFilesAfterIt() throws IOException {
        Path store = copy("store");
        Files.delete(commitFile(store, 2));
        assertThatThrownBy(() -> JsonFileStorage.open(store)).isInstanceOf(StorageException.class)
                .hasMessageContaining("missing").hasMessageContaining("repair");
        RepairReport report = JsonFileStorage.repair(store);
        assertThat(report.kept()).isEqualTo(1);
        assertThat(report.dropped()).extracting(RepairReport.Dropped::problem)
                .containsExactly(RepairReport.Problem.AFTER_GAP);
        JsonFileStorage.open(store).close();
    }

    @Test
    void soundStore_repairDropsNothing() throws IOException {
        Path store = copy("store");
        RepairReport report = JsonFileStorage.repair(store);
        assertThat(report.sound()).isTrue();
        assertThat(report.kept()).isEqualTo(3);
        assertThat(report.movedTo()).isEmpty();
    }

    @Test
    void repairOfAStoreInUse_isRefused() {
        try (JsonFileStorage open = JsonFileStorage.open(pristine)) {
            assertThatThrownBy(() -> JsonFileStorage.repair(pristine)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("in use");
            assertThat(open.commits()).isEqualTo(3);
        }
        assertThatThrownBy(() -> JsonFileStorage.check(tmp.resolve("nothing-here")))
                .isInstanceOf(StorageException.class).hasMessageContaining("No JSON store");
    }

    private static List<String> listing(Path store) throws IOException {
        try (Stream<Path> s = Files.walk(store)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("store.lock"))
                    .map(p -> store.relativize(p) + ":" + size(p)).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
