package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a demo JVM at a random moment (generation, loading or any month's run) on a file-backed H2
 * database, resumes it, and compares the ledger with an uninterrupted run: same entries, none
 * missing, none twice.
 */
class KilledRunTest {

    private static final String[] ARGS = {"run", "--scale", "0.005", "--seed", "5", "--to", "2022-04"};

    @Test
    void run_killedAtARandomMomentAndResumed_endsWithTheLedgerOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
        long seed = System.nanoTime();
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        Path killed = dir.resolve("killed");
        Path reference = dir.resolve("reference");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DemoCommand.class.getName()));
        command.addAll(List.of(ARGS));
        command.addAll(List.of("-o", killed.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        long delay = 1_500 + random.nextLong(9_000);
        boolean finishedBeforeKill = child.waitFor(delay, TimeUnit.MILLISECONDS);
        if (!finishedBeforeKill) {
            child.destroyForcibly().waitFor();
        }

        DemoCommandTest.run(concat(ARGS, "--resume", "-o", killed.toString()));
        DemoCommandTest.run(concat(ARGS, "-o", reference.toString()));

        List<String> expected = ledger(reference);
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(ledger(killed)).as("kill after %d ms (seed %d, finished first: %s)", delay, seed, finishedBeforeKill)
                .containsExactlyElementsOf(expected);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every ledger entry: case, month, component, sequence, amount, status. */
    private static List<String> ledger(Path out) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + out.resolve("db").resolve("minzheng").toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT case_id, pay_month, component, seq_no, amount, status FROM mz_payment "
                     + "ORDER BY case_id, pay_month, component, seq_no")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4) + " "
                        + rs.getBigDecimal(5) + " " + rs.getString(6));
            }
        }
        return rows;
    }
}
