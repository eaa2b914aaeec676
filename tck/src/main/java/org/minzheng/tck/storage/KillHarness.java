package org.minzheng.tck.storage;

import static org.minzheng.tck.storage.StorageFixtures.DANTU;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.minzheng.core.money.Money;
import org.minzheng.spi.storage.Storage;
import org.minzheng.tck.storage.KillWorkload.Level;
import org.minzheng.tck.storage.KillWorkload.Observed;

/**
 * The kill test (强杀测试): a child JVM writes to a store and acknowledges every write that
 * returned; it is killed ({@code kill -9}) at a random moment; the store is reopened and checked;
 * and again, on the same store, as many times as planned.
 *
 * <p>After every kill the store must hold every acknowledged step of the workload (nothing
 * lost), each step entirely or not at all (nothing half-written), the steps as a prefix in the
 * order they were written (at most the one step in flight beyond what was acknowledged), and
 * no payment key twice. At the end every unit is checked again, with the region's household
 * count and ledger total, so that a later kill cannot have damaged what an earlier one left.
 * Most kills fall at a uniformly random moment within {@link Plan#window()} after the child's
 * first acknowledgement; one in five (from the second on) falls earlier, between the child's
 * start and its first acknowledgement (starting the JVM, opening or replaying the store, the
 * first write).
 *
 * <p>{@link KillContract} runs it as a JUnit test; a vendor can also call {@link #run} directly.
 * The number of kills can be raised from the command line with the system property
 * {@value #KILLS_PROPERTY} (e.g. {@code -Dminzheng.kill.seeds=50}) and the random seed fixed with
 * {@value #SEED_PROPERTY}.
 */
public final class KillHarness {

    /** System property: the number of kills (each with its own random kill moment). */
    public static final String KILLS_PROPERTY = "minzheng.kill.seeds";
    /** System property: the seed of the random kill moments. */
    public static final String SEED_PROPERTY = "minzheng.kill.seed";

    private KillHarness() {
    }

    /**
     * How a kill test runs.
     *
     * @param kills how many times the child is killed (at least 1)
     * @param seed the seed of the random kill moments
     * @param window kills during writing fall uniformly within this long after the first acknowledgement
     * @param childTimeout how long a child may take to open the store
     */
    public record Plan(int kills, long seed, Duration window, Duration childTimeout) {

        /**
         * Checks the plan.
         *
         * @throws IllegalArgumentException if kills is below 1 or a duration is not positive
         */
        public Plan {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(childTimeout, "childTimeout");
            if (kills < 1 || window.isNegative() || window.isZero() || childTimeout.isNegative() || childTimeout.isZero()) {
                throw new IllegalArgumentException("a kill plan needs at least one kill and positive durations");
            }
        }

        /**
         * A plan with the given number of kills, unless the system property
         * {@value #KILLS_PROPERTY} asks for another number; the seed from
         * {@value #SEED_PROPERTY}, or a fresh one (printed in the report); kills within 1 s of
         * the first acknowledgement; 60 s for a child to open the store.
         *
         * @param defaultKills the number of kills when the property is not set
         * @return the plan
         */
        public static Plan fromSystemProperties(int defaultKills) {
            int kills = Integer.getInteger(KILLS_PROPERTY, defaultKills);
            long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
            return new Plan(kills, seed, Duration.ofSeconds(1), Duration.ofSeconds(60));
        }
    }

    /**
     * What a kill test found.
     *
     * @param kills children killed
     * @param killedWhileOpening of those, killed before the store had opened (within the early kills)
     * @param acknowledged steps the children acknowledged
     * @param kept steps the store held after the kills (acknowledged, plus any in flight that made it)
     * @param lost acknowledged steps missing after a kill (must be 0)
     * @param problems every violation found (lost steps, half-written steps, duplicates, failures of
     *     the child), empty if the store held
     * @param seed the seed of the kill moments
     * @param elapsed the wall time of the test
     */
    public record Report(int kills, int killedWhileOpening, long acknowledged, long kept, long lost, List<String> problems,
                         long seed, Duration elapsed) {

        /** Copies the list. */
        public Report {
            problems = List.copyOf(problems);
        }

        /**
         * Whether nothing was wrong.
         *
         * @return true if the store held
         */
        public boolean held() {
            return problems.isEmpty();
        }

        @Override
        public String toString() {
            return String.format("kill test: %d kills (%d while opening), %d acknowledged steps, %d kept, %d lost, "
                            + "%d problems, seed %d, %.1f s%s", kills, killedWhileOpening, acknowledged, kept, lost,
                    problems.size(), seed, elapsed.toMillis() / 1000.0,
                    problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
        }
    }

    /**
     * Runs a kill test on a store that is empty of the workload's records.
     *
     * @param target the target, a public class with a public no-argument constructor
     * @param location where the store is (passed to {@link KillTarget#open})
     * @param plan how many kills and when
     * @return what was found; the caller asserts {@link Report#held()}
     * @throws Exception if the store cannot be opened in this JVM or a child cannot be started
     */
    public static Report run(Class<? extends KillTarget> target, String location, Plan plan) throws Exception {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(plan, "plan");
        KillTarget here = target.getDeclaredConstructor().newInstance();
        long t0 = System.nanoTime();
        Random random = new Random(plan.seed());
        List<String> problems = new ArrayList<>();
        TreeMap<Integer, Level> levels = new TreeMap<>();
        int start = 0;
        long acknowledged = 0;
        long lost = 0;
        int whileOpening = 0;
        long firstAckMillis = 0;
        // Created here first: the test is about commits; a store killed while it creates itself
        // is the subject of the store's own tests.
        here.open(location).close();
        for (int kill = 0; kill < plan.kills(); kill++) {
            boolean duringOpen = kill > 0 && random.nextInt(5) == 0;
            long delay = duringOpen ? (long) (random.nextDouble() * Math.max(1, firstAckMillis))
                    : (long) (random.nextDouble() * plan.window().toMillis());
            Child child = Child.start(target, location, start);
            try {
                if (duringOpen) {
                    Thread.sleep(delay);
                } else {
                    if (!child.ready.await(plan.childTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                        problems.add("kill " + kill + ": the child did not open the store within " + plan.childTimeout()
                                + child.tail());
                    }
                    child.awaitFirstAck(plan.childTimeout());
                    firstAckMillis = child.firstAckMillis();
                    Thread.sleep(delay);
                }
            } finally {
                child.kill();
            }
            if (child.ready.getCount() > 0) {
                whileOpening++;
            }
            problems.addAll(child.failures("kill " + kill));
            here.afterKill(location);
            long acked = child.acked.get();
            long firstStep = 3L * start;
            long ackedSteps = acked < firstStep ? 0 : acked - firstStep + 1;
            acknowledged += ackedSteps;
            Storage reopened;
            try {
                reopened = here.open(location);
            } catch (Exception e) {
                problems.add("kill " + kill + ": the store cannot be opened any more: " + e);
                lost = acknowledged; // nothing can be read any more
                return new Report(kill + 1, whileOpening, acknowledged, 0, lost, problems, plan.seed(),
                        Duration.ofNanos(System.nanoTime() - t0));
            }
            try (Storage storage = reopened) {
                // Read the units written in this round, and two beyond the last acknowledged.
                long lastUnit = Math.max(start, (acked < 0 ? start : acked / 3) + 2);
                long kept = 0;
                boolean gap = false;
                for (int u = start; u <= lastUnit; u++) {
                    Observed o = KillWorkload.observe(storage, u);
                    Optional<Level> level = o.level();
                    if (level.isEmpty()) {
                        problems.add("kill " + kill + ": half-written — " + o.describe());
                        gap = true;
                        continue;
                    }
                    for (var key : o.duplicated()) {
                        problems.add("kill " + kill + ": payment " + key.month() + "/" + key.component().code()
                                + " of unit " + u + " is in the ledger more than once");
                    }
                    int steps = level.get().steps();
                    if (steps > 0 && gap) {
                        problems.add("kill " + kill + ": unit " + u + " is stored although an earlier step is missing — "
                                + o.describe());
                    }
                    if (!gap) {
                        kept += steps;
                    }
                    if (steps < 3) {
                        gap = true;
                    }
                    if (steps > 0) {
                        levels.put(u, level.get());
                    }
                }
                if (kept < ackedSteps) {
                    lost += ackedSteps - kept;
                    problems.add("kill " + kill + ": " + (ackedSteps - kept) + " of " + ackedSteps
                            + " acknowledged steps are missing");
                } else if (kept > ackedSteps + 1) {
                    problems.add("kill " + kill + ": " + kept + " steps stored but only " + ackedSteps
                            + " acknowledged: more than the one in flight");
                }
                // The next child continues after the last unit of which anything is stored.
                start = levels.isEmpty() ? 0 : levels.lastKey() + 1;
            }
        }
        long kept = finalCheck(here, location, levels, problems);
        return new Report(plan.kills(), whileOpening, acknowledged, kept, lost, problems, plan.seed(),
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Reads every unit again; checks the region's household count and ledger totals. */
    private static long finalCheck(KillTarget here, String location, Map<Integer, Level> levels, List<String> problems)
            throws Exception {
        long kept = 0;
        try (Storage storage = here.open(location)) {
            Money october = Money.ZERO;
            Money november = Money.ZERO;
            Money december = Money.ZERO;
            for (Map.Entry<Integer, Level> e : levels.entrySet()) {
                int u = e.getKey();
                Observed o = KillWorkload.observe(storage, u);
                if (!o.level().equals(Optional.of(e.getValue()))) {
                    problems.add("at the end: unit " + u + " was " + e.getValue() + " after its kill, now "
                            + o.describe());
                }
                kept += e.getValue().steps();
                for (var p : KillWorkload.payments(u, e.getValue()).entrySet()) {
                    if (p.getKey().month().equals(KillWorkload.OCTOBER)) {
                        october = october.plus(p.getValue());
                    } else if (p.getKey().month().equals(KillWorkload.NOVEMBER)) {
                        november = november.plus(p.getValue());
                    } else {
                        december = december.plus(p.getValue());
                    }
                }
            }
            long households = storage.households().countByRegion(DANTU);
            if (households != levels.size()) {
                problems.add("at the end: " + households + " households stored, " + levels.size() + " expected");
            }
            checkTotal(storage, KillWorkload.OCTOBER, october, problems);
            checkTotal(storage, KillWorkload.NOVEMBER, november, problems);
            checkTotal(storage, KillWorkload.DECEMBER, december, problems);
        }
        return kept;
    }

    private static void checkTotal(Storage storage, java.time.YearMonth month, Money expected, List<String> problems) {
        Money total = storage.payments().total(month, DANTU);
        if (!total.equals(expected)) {
            problems.add("at the end: the ledger of " + month + " totals " + total + ", expected " + expected);
        }
    }

    /** A running child and what it printed. */
    private static final class Child {
        final Process process;
        final Path log;
        final CountDownLatch ready = new CountDownLatch(1);
        final AtomicLong acked = new AtomicLong(-1);
        final List<String> failures = new ArrayList<>();
        final Thread reader;
        final long started = System.nanoTime();
        volatile long firstAckAt;

        private Child(Process process, Path log) {
            this.process = process;
            this.log = log;
            this.reader = new Thread(this::read, "kill-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Class<? extends KillTarget> target, String location, int first) throws IOException {
            Path log = Files.createTempFile("minzheng-kill-child", ".log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                    "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), KillChild.class.getName(),
                    target.getName(), location, Integer.toString(first));
            Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
            return new Child(p, log);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("ack ")) {
                        if (firstAckAt == 0) {
                            firstAckAt = System.nanoTime();
                        }
                        acked.set(Long.parseLong(line.substring(4)));
                    } else if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("fail")) {
                        synchronized (failures) {
                            failures.add(line);
                        }
                    }
                }
            } catch (IOException e) {
                synchronized (failures) {
                    failures.add("fail reading the child's output: " + e);
                }
            }
        }

        /** Waits until the child has acknowledged a step (or died). */
        void awaitFirstAck(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (acked.get() < 0 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }

        long firstAckMillis() {
            return firstAckAt == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(firstAckAt - started);
        }

        /** Kills the child (SIGKILL) and reads what it printed before it died. */
        void kill() throws InterruptedException {
            boolean alive = process.isAlive();
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the
            // pipe, losing acknowledgements the child printed just before it died.
            process.toHandle().destroyForcibly();
            process.waitFor();
            reader.join(TimeUnit.SECONDS.toMillis(30));
            if (!alive) {
                synchronized (failures) {
                    failures.add("fail the child ended by itself before it was killed (exit " + process.exitValue() + ")");
                }
            }
        }

        List<String> failures(String prefix) {
            synchronized (failures) {
                List<String> out = new ArrayList<>();
                for (String f : failures) {
                    out.add(prefix + ": child: " + f + tail());
                }
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary file
                }
                return out;
            }
        }

        String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return lines.isEmpty() ? "" : "; its error output ends: "
                        + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
            } catch (IOException e) {
                return "";
            }
        }
    }
}
