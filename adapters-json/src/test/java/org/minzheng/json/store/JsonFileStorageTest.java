package org.minzheng.json.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.json.TestData;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.WriteContext;

class JsonFileStorageTest {

    private static final WriteContext CTX = WriteContext.of("tester", "测试");

    @TempDir
    Path dir;

    private static Household fresh(String id) {
        return TestData.household(id).toBuilder().version(0).build();
    }

    @Test
    void reopen_afterWrites_hasTheSameStateVersionsAndAudit() {
        Household saved;
        long audit;
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            saved = store.households().save(fresh("h-1"), CTX);
            saved = store.households().save(saved.toBuilder().address("新地址").build(), CTX);
            audit = store.audit().count();
            assertThat(store.commits()).isEqualTo(2);
        }
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            assertThat(store.households().get(HouseholdId.of("h-1"))).isEqualTo(saved);
            assertThat(store.audit().count()).isEqualTo(audit);
            assertThat(store.commits()).isEqualTo(2);
        }
    }

    @Test
    void failedWrite_leavesNoCommitFile() throws IOException {
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            store.households().save(fresh("h-1"), CTX);
            assertThatThrownBy(() -> store.households().save(fresh("h-1"), CTX))
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> store.inTransaction(tx -> {
                tx.households().save(CrashWriter.household(2, 0).toBuilder().build(), CTX);
                throw new IllegalStateException("abort");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(store.commits()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.list(dir.resolve("journal"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void secondOpenInTheSameJvm_isRefused() {
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            assertThatThrownBy(() -> JsonFileStorage.open(dir))
                    .isInstanceOf(StorageException.class).hasMessageContaining("in use");
            assertThat(store.commits()).isZero();
        }
        JsonFileStorage.open(dir).close();
    }

    @Test
    void leftoverTemporaryFile_isRemovedOnOpen() throws IOException {
        JsonFileStorage.open(dir).close();
        Path temp = dir.resolve("journal").resolve("0000000000000001.json.tmp");
        Files.writeString(temp, "{\"format\":\"minzheng-json-st");
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            assertThat(store.commits()).isZero();
        }
        assertThat(temp).doesNotExist();
    }

    @Test
    void corruptOrMissingCommitFile_failsTheOpen() throws IOException {
        try (JsonFileStorage store = JsonFileStorage.open(dir)) {
            store.households().save(fresh("h-1"), CTX);
            store.households().save(CrashWriter.household(2, 0), CTX);
        }
        Path first = dir.resolve("journal").resolve("0000000000000001.json");
        Files.delete(first);
        assertThatThrownBy(() -> JsonFileStorage.open(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void crash_atRandomPointsWhileWriting_leavesTheLastCommittedStateReadable() throws Exception {
        Random random = new Random(20261129);
        int start = 0;
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), dir.toString(),
                    Integer.toString(start))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int acknowledged = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String first = out.readLine();
                assertThat(first).as("child output").startsWith("ok ");
                acknowledged = Integer.parseInt(first.substring(3));
                // While the child holds the directory, this process is refused.
                assertThatThrownBy(() -> JsonFileStorage.open(dir)).isInstanceOf(StorageException.class)
                        .hasMessageContaining("in use");
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50 + random.nextInt(400));
                while (System.nanoTime() < deadline) {
                    if (out.ready()) {
                        String line = out.readLine();
                        if (line != null && line.startsWith("ok ")) {
                            acknowledged = Integer.parseInt(line.substring(3));
                        }
                    } else {
                        Thread.onSpinWait();
                    }
                }
                child.toHandle().destroyForcibly(); // SIGKILL, leaving our end of the pipe open
                child.waitFor(10, TimeUnit.SECONDS);
                // Lines still in the pipe were printed after their commit: they count as acknowledged.
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ok ")) {
                        acknowledged = Integer.parseInt(line.substring(3));
                    }
                }
            }
            try (JsonFileStorage store = JsonFileStorage.open(dir)) {
                for (int n = start; n <= acknowledged; n++) {
                    assertThat(store.households().find(HouseholdId.of("h-" + n))).as("h-" + n).isPresent();
                }
                // At most the pair in flight when the child was killed is there beyond what it acknowledged.
                assertThat(store.households().find(HouseholdId.of("h-" + (acknowledged + 3)))).isEmpty();
                // The store takes writes again after the crash.
                store.households().save(CrashWriter.household(100_000 + round, 0), CTX);
            }
            try (JsonFileStorage store = JsonFileStorage.open(dir)) {
                assertThat(store.households().find(HouseholdId.of("h-" + (100_000 + round)))).isPresent();
            }
            start = acknowledged + 11;
        }
    }

}
