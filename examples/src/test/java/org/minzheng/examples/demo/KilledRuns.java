package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.minzheng.tck.storage.KillHarness;

/**
 * Kills demo JVMs at random moments and resumes them: the shared part of {@link KilledRunTest}
 * (embedded H2) and {@link KilledRunPostgresTest}.
 *
 * <p>An attempt starts the demo in a child JVM and kills it ({@code kill -9}) at a moment drawn
 * uniformly from the time an uninterrupted child spends in the months and the report (three kills
 * in four) or after it opened the database (loading included); in half of the attempts the
 * {@code --resume} that follows is killed too; then {@code --resume} runs to the end in this JVM. The database must then hold exactly
 * what an uninterrupted run stores: every ledger entry, case transition and household version,
 * none missing and none twice.
 */
final class KilledRuns {

    /** A short run with more than one batch of cases per month. */
    static final List<String> ARGS = List.of("run", "--scale", "0.02", "--seed", "5", "--to", "2022-03");

    /**
     * What an uninterrupted run stored, and when its child printed what it was doing.
     *
     * @param state the stored state
     * @param databaseMillis from the start to the database line
     * @param monthsMillis from the start to the first month
     * @param totalMillis from the start to the end
     */
    record Reference(List<String> state, long databaseMillis, long monthsMillis, long totalMillis) {
    }

    private static Reference reference;

    private KilledRuns() {
    }

    /** Kills in a normal build, unless {@value KillHarness#KILLS_PROPERTY} says otherwise. */
    static int kills(int defaultKills) {
        return Integer.getInteger(KillHarness.KILLS_PROPERTY, defaultKills);
    }

    /**
     * The uninterrupted run, once per JVM: a child on an embedded H2 database in {@code dir}.
     *
     * @param dir a directory for it
     * @return the reference
     */
    static synchronized Reference reference(Path dir) throws Exception {
        if (reference == null) {
            Path out = dir.resolve("reference");
            Child child = Child.start(args(List.of("-o", out.toString())));
            int code = child.process.waitFor();
            child.reader.join();
            assertThat(code).as("the uninterrupted child run").isZero();
            assertThat(child.databaseAt).as("the child printed the database line").isPositive();
            List<String> state = state(h2(out));
            assertThat(state.stream().filter(s -> s.startsWith("payment ")).count()).isGreaterThan(500);
            reference = new Reference(state, TimeUnit.NANOSECONDS.toMillis(child.databaseAt - child.started),
                    TimeUnit.NANOSECONDS.toMillis(child.monthsAt - child.started),
                    TimeUnit.NANOSECONDS.toMillis(child.endedAt - child.started));
        }
        return reference;
    }

    /**
     * Kills a demo child once (or twice, the second time while it resumes), then resumes to the end
     * in this JVM.
     *
     * @param random the kill moments
     * @param ref the reference (for its timing)
     * @param dbArgs the database and output options
     * @return what happened, for the assertion message
     */
    static String killAndResume(Random random, Reference ref, List<String> dbArgs) throws Exception {
        StringBuilder story = new StringBuilder();
        int rounds = random.nextBoolean() ? 2 : 1;
        for (int i = 0; i < rounds; i++) {
            List<String> args = new ArrayList<>(dbArgs);
            if (i > 0) {
                args.add("--resume");
            }
            Child child = Child.start(args(args));
            // Three kills in four fall in the months and the report, where a month can be half
            // written; the others anywhere after the database is opened.
            boolean inMonths = random.nextInt(4) > 0;
            long from = inMonths ? ref.monthsMillis() : ref.databaseMillis();
            long delay = (long) (random.nextDouble() * Math.max(1, ref.totalMillis() - from));
            boolean killed = child.killAfter(inMonths, delay);
            story.append(i == 0 ? "run" : ", resume").append(killed ? " killed " + delay + " ms after "
                    + (inMonths ? "the months began" : "opening the database") + ", during " + child.phase
                    : " finished before its kill at " + delay + " ms");
        }
        List<String> resume = new ArrayList<>(ARGS);
        resume.addAll(dbArgs);
        resume.add("--resume");
        DemoCommandTest.run(resume.toArray(String[]::new));
        return story.append(", resumed to the end").toString();
    }

    private static List<String> args(List<String> extra) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Duser.timezone=UTC",
                "-cp", System.getProperty("java.class.path"), DemoCommand.class.getName()));
        command.addAll(ARGS);
        command.addAll(extra);
        return command;
    }

    /** What {@link #compare} says when the stored state is the reference's. */
    static final String SAME = "the database holds what an uninterrupted run stores";

    /**
     * Compares a stored state with the reference's.
     *
     * @param actual what the database holds
     * @param expected what an uninterrupted run stores
     * @return {@link #SAME}, or how many rows are missing and extra, with the first few
     */
    static String compare(List<String> actual, List<String> expected) {
        if (actual.equals(expected)) {
            return SAME;
        }
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        return missing.size() + " rows missing (e.g. " + missing.subList(0, Math.min(3, missing.size())) + "), "
                + extra.size() + " rows extra or different (e.g. " + extra.subList(0, Math.min(3, extra.size())) + ")";
    }

    /** The embedded database of a demo output directory. */
    static DataSource h2(Path out) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + out.resolve("db").resolve("minzheng").toAbsolutePath());
        return ds;
    }

    /**
     * What the run stored, in a comparable form: every ledger entry (case, month, component,
     * sequence, amount, status), every case's history (its transitions: states, effective time,
     * reason) and every household's version (a registry change applied twice or lost shows there).
     */
    static List<String> state(DataSource ds) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT case_id, pay_month, component, seq_no, amount, status FROM mz_payment "
                    + "ORDER BY case_id, pay_month, component, seq_no")) {
                while (rs.next()) {
                    rows.add("payment " + rs.getString(1) + " " + rs.getObject(2, java.time.LocalDate.class) + " "
                            + rs.getString(3) + " " + rs.getInt(4) + " " + rs.getBigDecimal(5).setScale(2).toPlainString()
                            + " " + rs.getString(6));
                }
            }
            // a case's history is the text of its row since V9 (decision record 0420): the text is compared whole
            try (ResultSet rs = s.executeQuery("SELECT id, history FROM mz_case ORDER BY id")) {
                while (rs.next()) {
                    rows.add("history " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, version FROM mz_household ORDER BY id")) {
                while (rs.next()) {
                    rows.add("household " + rs.getString(1) + " " + rs.getLong(2));
                }
            }
        }
        return rows;
    }

    /** A demo child and the moments it printed what it was doing. */
    private static final class Child {
        final Process process;
        final Thread reader;
        final long started = System.nanoTime();
        volatile long databaseAt;
        volatile long monthsAt;
        volatile long endedAt;
        /** What the child was doing when it printed last: the phase a kill interrupted. */
        volatile String phase = "starting";

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "demo-child-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(List<String> command) throws IOException {
            return new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("数据库：") && databaseAt == 0) {
                        databaseAt = System.nanoTime();
                        phase = "opening the database and reading the standards";
                    }
                    String trimmed = line.strip();
                    if (trimmed.startsWith("2022-")) {
                        phase = "the run of " + trimmed.substring(0, 7);
                    } else if (trimmed.startsWith("生成丹徒区")) {
                        phase = "generating and loading";
                    } else if (trimmed.startsWith("月度运行")) {
                        phase = "the first month";
                        if (monthsAt == 0) {
                            monthsAt = System.nanoTime();
                        }
                    } else if (trimmed.startsWith("丹徒区")) {
                        phase = "the report";
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
            endedAt = System.nanoTime();
        }

        /**
         * Kills the child a delay after it printed its database line, or its first month.
         *
         * @return false if it ended first
         */
        boolean killAfter(boolean months, long delayMillis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while ((months ? monthsAt : databaseAt) == 0 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            boolean ended = process.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            process.toHandle().destroyForcibly();
            process.waitFor();
            reader.join(TimeUnit.SECONDS.toMillis(30));
            return !ended;
        }
    }
}
