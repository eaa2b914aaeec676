package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.tck.storage.KillHarness;

/**
 * Kills a demo JVM at random moments (opening the database, loading, any month's run, the
 * report) on the embedded H2 database, resumes it, and compares what the database holds with an
 * uninterrupted run: same ledger entries, case transitions and household versions, none missing,
 * none twice. More kills with {@code -Dminzheng.kill.seeds=20}.
 */
class KilledRunTest {

    @TempDir
    Path dir;

    @Test
    void run_killedAtRandomMomentsAndResumed_endsWithWhatAnUninterruptedRunStores() throws Exception {
        KilledRuns.Reference ref = KilledRuns.reference(dir);
        long seed = Long.getLong(KillHarness.SEED_PROPERTY, System.nanoTime());
        Random random = new Random(seed);
        int kills = KilledRuns.kills(2);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            Path out = dir.resolve("killed-" + i);
            String story = KilledRuns.killAndResume(random, ref, List.of("-o", out.toString()));
            String verdict = KilledRuns.compare(KilledRuns.state(KilledRuns.h2(out)), ref.state());
            System.out.printf("KilledRunTest (H2) attempt %d: %s; %s%n", i, story, verdict);
            if (!verdict.equals(KilledRuns.SAME)) {
                differing.add("attempt " + i + ": " + story + ": " + verdict);
            }
        }
        assertThat(differing).as("seed %d", seed).isEmpty();
    }
}
