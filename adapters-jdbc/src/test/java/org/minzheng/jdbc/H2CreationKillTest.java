package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.tck.storage.KillChild;
import org.minzheng.tck.storage.KillHarness;

/**
 * A JVM killed while {@link JdbcStorage#h2(Path)} creates and migrates a new database leaves a
 * directory that the next open completes: never a half-made schema that no migration can finish
 * (H2 commits every DDL statement on its own).
 */
class H2CreationKillTest {

    @TempDir
    Path dir;

    @Test
    void killedWhileCreatingTheDatabase_nextOpenCompletesIt() throws Exception {
        int kills = Integer.getInteger(KillHarness.KILLS_PROPERTY, 4);
        long seed = Long.getLong(KillHarness.SEED_PROPERTY, System.nanoTime());
        Random random = new Random(seed);
        // How long creating the database takes in a child: the kills fall inside that window.
        long window = creationMillis(dir.resolve("timing"));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            Path db = dir.resolve("db-" + i);
            Process child = start(db);
            long delay = (long) (random.nextDouble() * window);
            try (BufferedReader out = child.inputReader()) {
                assertThat(out.readLine()).isEqualTo("opening");
                Thread.sleep(delay);
                child.toHandle().destroyForcibly();
                child.waitFor();
            }
            // Opens (creating or migrating what the child left) and reads.
            try (JdbcStorage storage = JdbcStorage.h2(db)) {
                assertThat(storage.households().find(HouseholdId.of("none"))).isEmpty();
            } catch (StorageException e) {
                failures.add("kill " + i + ", " + delay + " ms into the creation: " + e.getMessage());
                continue;
            }
            try (var files = Files.list(db)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("no temporary database left").noneMatch(n -> n.startsWith("minzheng-creating"));
            }
        }
        System.out.printf("H2CreationKillTest: %d kills within the %d ms a child takes to create the database, "
                + "%d could not be opened again, seed %d%n", kills, window, failures.size(), seed);
        assertThat(failures).as("seed %d", seed).isEmpty();
    }

    private static long creationMillis(Path db) throws Exception {
        Process child = start(db);
        try (BufferedReader out = child.inputReader()) {
            assertThat(out.readLine()).isEqualTo("opening");
            long t0 = System.nanoTime();
            assertThat(out.readLine()).as("the child creates a new database").isEqualTo("ready");
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        } finally {
            child.toHandle().destroyForcibly();
            child.waitFor();
        }
    }

    private static Process start(Path db) throws Exception {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                KillChild.class.getName(), H2FileKillTest.Target.class.getName(), db.toString(), "0"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
