package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.FaultProxy;
import org.minzheng.jdbc.testing.TestDatabase;
import org.minzheng.tck.storage.KillHarness;

/**
 * The demo's load and monthly runs ({@code CivilAffairs.runMonth}) on PostgreSQL through a proxy
 * that cuts connections at random bytes: a run fails or stops at an incomplete month, saying so;
 * {@code --resume} (still with faults, then without) completes it; the database then holds exactly
 * what an uninterrupted run stores — every payment once, none twice, no registry change lost or
 * applied twice.
 */
class DemoConnectionFaultTest {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    @TempDir
    Path dir;

    @Test
    void runsThroughConnectionsCutAtRandom_resumeCompletesExactlyWhatIsMissing() throws Exception {
        KilledRuns.Reference ref = KilledRuns.reference(dir);
        long seed = Long.getLong(KillHarness.SEED_PROPERTY, System.nanoTime());
        TestDatabase.Settings s = TestDatabase.POSTGRESQL.settings();
        try (FaultProxy proxy = FaultProxy.start(s.host(), s.port())) {
            // A run opens a few dozen connections: about one in six is cut somewhere in its first 200 kB.
            proxy.dropRandomly(new Random(seed), 0.15, 200_000);
            List<String> args = new ArrayList<>(KilledRuns.ARGS);
            args.addAll(List.of("--db", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + s.database()
                    + "?currentSchema=" + DB.schema() + "&sslmode=disable&socketTimeout=30", "--db-user", s.user(),
                    "-o", dir.resolve("out").toString()));
            if (!s.password().isEmpty()) {
                args.addAll(List.of("--db-password", s.password()));
            }
            List<Integer> codes = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                List<String> a = new ArrayList<>(args);
                if (round > 0) {
                    a.add("--resume");
                }
                codes.add(execute(a));
            }
            int cuts = proxy.drops();
            int connections = proxy.connections();
            proxy.clearFaults();
            args.add("--resume");
            int last = execute(args);
            assertThat(last).as("the last resume, without faults").isZero();
            assertThat(KilledRuns.state(DB.dataSource())).as("seed %d, exit codes %s", seed, codes)
                    .containsExactlyElementsOf(ref.state());
            System.out.printf("DemoConnectionFaultTest: %d runs with faults (exit codes %s), %d connections, %d cut, "
                    + "then one resume without faults; the database holds what an uninterrupted run stores (seed %d)%n",
                    codes.size(), codes, connections, cuts, seed);
        }
    }

    private static int execute(List<String> args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = System.err;
        try (PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            System.setErr(quiet); // picocli prints the stack trace of a failed run there
            return DemoCommand.execute(new PrintStream(bytes, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        } finally {
            System.setErr(err);
        }
    }
}
