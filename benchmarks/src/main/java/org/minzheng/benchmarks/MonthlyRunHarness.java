package org.minzheng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import javax.sql.DataSource;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.jiangsu.JiangsuStandardsProvider;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * A measured harness for the monthly run (月度运行基准): N synthetic 低保 households (1–3 members,
 * incomes below the Dantu standard, one active case each) in a storage, then
 * <ol>
 *   <li>the calculator alone over all households ({@code CivilAffairs.assessAll}),</li>
 *   <li>the first run of a month (every household re-assessed, one ledger entry each),</li>
 *   <li>the same month again (idempotent: nothing posted).</li>
 * </ol>
 * Prints households per second and the peak heap of each phase. Usage:
 * {@code java -XX:ActiveProcessorCount=1 -cp benchmarks/target/benchmarks.jar
 * org.minzheng.benchmarks.MonthlyRunHarness [households] [memory|h2|postgresql] [repetitions] [threads]}. PostgreSQL is reached as
 * {@link StorageBenchmark} reaches it ({@code MINZHENG_PG_DATABASE} etc.), in a schema of its own dropped at the end.
 */
public final class MonthlyRunHarness {

    private static final RegionCode DANTU = RegionCode.parse("321112");
    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.of(2022, 3);
    private static final WriteContext LOADER = WriteContext.of("benchmark", "synthetic households");

    private MonthlyRunHarness() {
    }

    /**
     * Runs the harness.
     *
     * @param args households (default 100000), store: memory, h2 or postgresql (default memory), repetitions
     *     (default 1; each loads a new store), threads of the monthly run (default 1; give the JVM as many
     *     processors, e.g. {@code -XX:ActiveProcessorCount=2}, and read the wall time: the thread CPU printed is
     *     the main thread's only)
     * @throws Exception if the H2 directory cannot be made
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String store = args.length > 1 ? args[1] : "memory";
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int r = 1; r <= reps; r++) {
            System.out.printf(Locale.ROOT, "repetition %d of %d%n", r, reps);
            runOnce(n, store);
        }
        if (reps > 1) {
            RATES.forEach((phase, rates) -> {
                List<Double> sorted = rates.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "%-36s wall/s min %,10.0f median %,10.0f | thread CPU/s min %,10.0f "
                        + "median %,10.0f%n", phase, sorted.get(0), sorted.get(sorted.size() / 2),
                        CPU_RATES.get(phase).stream().sorted().toList().get(0),
                        CPU_RATES.get(phase).stream().sorted().toList().get(sorted.size() / 2));
                List<Double> server = SERVER_RATES.getOrDefault(phase, List.of()).stream().sorted().toList();
                if (!server.isEmpty()) {
                    System.out.printf(Locale.ROOT, "%-36s server CPU/s min %,10.0f median %,10.0f%n", "", server.get(0),
                            server.get(server.size() / 2));
                }
            });
        }
    }

    private static final java.util.Map<String, List<Double>> RATES = new java.util.LinkedHashMap<>();
    private static final java.util.Map<String, List<Double>> CPU_RATES = new java.util.LinkedHashMap<>();
    private static final java.util.Map<String, List<Double>> SERVER_RATES = new java.util.LinkedHashMap<>();
    /** Counts round trips (PostgreSQL only) when run with {@code -Dminzheng.count=true}. */
    private static final StatementCounter COUNTER = Boolean.getBoolean("minzheng.count") ? new StatementCounter() : null;
    /** The PostgreSQL backends' CPU time (when the server runs on this machine). */
    private static final ServerCpu SERVER_CPU = new ServerCpu();
    private static long cpuAtStart;
    private static long serverAtStart;
    /** Threads of the monthly run (the fourth argument). */
    private static int threads = 1;
    private static long gcAtStart;

    private static void runOnce(int n, String store) throws Exception {
        Clock clock = Clock.system(CST);
        Path dir = null;
        String schema = null;
        Storage storage;
        if (store.equals("h2")) {
            dir = Files.createTempDirectory("minzheng-bench");
            storage = JdbcStorage.h2(dir);
        } else if (store.equals("postgresql")) {
            // a schema of its own in MINZHENG_PG_DATABASE (StorageBenchmark.postgres), dropped at the end
            schema = "mz_run_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            StorageBenchmark.execute(StorageBenchmark.postgres(null), "CREATE SCHEMA " + schema);
            DataSource ds = SERVER_CPU.wrap(StorageBenchmark.postgres(schema));
            if (COUNTER != null) {
                ds = COUNTER.wrap(ds);
            }
            JdbcStorage.migrate(ds);
            storage = JdbcStorage.of(ds, clock);
        } else {
            storage = InMemoryStorage.create(clock);
        }
        // -Dminzheng.rememberRuns=true: the repeated run reuses what the first computed (decision 0400; off by default)
        CivilAffairs.Builder builder = CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(storage)
                .clock(clock).rememberRuns(Boolean.getBoolean("minzheng.rememberRuns"));
        // -Dminzheng.monthlyRunBatch=N: cases per transaction of the monthly run (decision 0422; the default if unset)
        Integer batch = Integer.getInteger("minzheng.monthlyRunBatch");
        CivilAffairs ca = (batch == null ? builder : builder.monthlyRunBatch(batch)).build();
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        List<Household> households = new ArrayList<>(n);
        List<Case> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Household h = household(i, rnd);
            households.add(h);
            cases.add(dibaoCase("C" + i, h));
        }
        if (COUNTER != null) {
            COUNTER.reset();
        }
        long t = start();
        for (int i = 0; i < n; i += 1_000) {
            List<Household> hb = households.subList(i, Math.min(n, i + 1_000));
            List<Case> cb = cases.subList(i, Math.min(n, i + 1_000));
            storage.inTransaction(tx -> {
                tx.households().saveAll(hb, LOADER);
                return tx.cases().saveAll(cb, LOADER);
            });
        }
        report("load (" + store + ")", n, System.nanoTime() - t, "households");
        counted("load", n);

        List<SubjectFacts> requests = households.stream()
                .map(h -> SubjectFacts.forHousehold(h, MONTH)
                        .enrolments(Enrolments.builder().household(h.id(), NationalPrograms.DIBAO).build()).build())
                .toList();
        ca.assessAll(NationalPrograms.DIBAO, requests.subList(0, Math.min(n, 5_000))); // warm-up
        resetPeaks();
        t = start();
        ca.assessAll(NationalPrograms.DIBAO, requests);
        report("calculator only", n, System.nanoTime() - t, "households");
        if (COUNTER != null) {
            COUNTER.reset();
        }

        resetPeaks();
        t = start();
        MonthlyRun first = ca.runMonth(MONTH, DANTU, org.minzheng.runtime.MonthlyRunListener.NONE, threads);
        report("monthly run, first (" + store + ")", n, System.nanoTime() - t, "households");
        System.out.printf(Locale.ROOT, "    posted %,d entries, %s yuan, %d failures%n", first.posted(), first.amount(), first.failures().size());
        counted("first run", n);

        resetPeaks();
        t = start();
        MonthlyRun again = ca.runMonth(MONTH, DANTU, org.minzheng.runtime.MonthlyRunListener.NONE, threads);
        report("monthly run, repeated (" + store + ")", n, System.nanoTime() - t, "households");
        System.out.printf(Locale.ROOT, "    posted %,d entries (already posted %,d)%n", again.posted(), again.alreadyPosted());
        counted("repeated run", n);
        storage.close();
        if (schema != null) {
            StorageBenchmark.execute(StorageBenchmark.postgres(null), "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static Household household(int i, RandomGenerator rnd) {
        return household("321112", "", i, rnd);
    }

    /**
     * The harness's synthetic 低保 household (shared with {@link ProvinceHarness}): 1–3 members, the head born
     * 1940–1979 (some old enough for 尊老金 screening), children born 2006–2007, a pension of 0–499 yuan per member, in
     * one of 20 villages of two townships ({@code 001}, {@code 101}) of a county.
     *
     * @param county the county's six-digit code
     * @param prefix what the household and person ids start with after {@code H} and {@code P} (unique per county)
     * @param i the household's number
     * @param rnd the generator
     * @return the household
     */
    static Household household(String county, String prefix, int i, RandomGenerator rnd) {
        int size = 1 + rnd.nextInt(3);
        RegionCode village = RegionCode.parse(county + (rnd.nextBoolean() ? "001" : "101") + String.format(Locale.ROOT, "%03d", 1 + rnd.nextInt(20)));
        Household.Builder b = Household.builder().id("H" + prefix + i).region(village).address("丹徒区某村").hukou(HukouType.RURAL)
                .assets(Assets.NONE);
        Person head = Person.builder().id("P" + prefix + i + "-0").name("某某").birthDate(LocalDate.of(1940 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1))
                .gender(rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE).hukou(HukouType.RURAL).build();
        b.member(head, Relation.HEAD);
        for (int k = 1; k < size; k++) {
            b.member(Person.builder().id("P" + prefix + i + "-" + k).name("某某").birthDate(LocalDate.of(2005 + k, 3, 1))
                    .gender(Gender.FEMALE).hukou(HukouType.RURAL).build(), Relation.CHILD);
        }
        int income = rnd.nextInt(500) * size;
        if (income > 0) {
            b.income(Income.of(IncomeKind.PENSION, Money.of(BigDecimal.valueOf(income).setScale(2)), PersonId.of("P" + prefix + i + "-0")));
        }
        return b.build();
    }

    /**
     * The household's active 低保 case (applied, reviewed, approved and activated in 2021).
     *
     * @param id the case id
     * @param h the household
     * @return the case
     */
    static Case dibaoCase(String id, Household h) {
        Instant activated = LocalDate.of(2021, 6, 1).atStartOfDay(CST).toInstant();
        return Case.open(CaseId.of(id), NationalPrograms.DIBAO, SubjectRef.household(h.id()), h.region(), h.head().id(),
                        Transition.application("clerk", activated.minusSeconds(30 * 86_400L), "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", activated.minusSeconds(25 * 86_400L), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", activated.minusSeconds(20 * 86_400L), "approved")
                .activate(ApprovalLevel.COUNTY, "county", activated, "start");
    }

    private static void counted(String phase, int n) {
        if (COUNTER != null) {
            COUNTER.print(phase, n);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long start() {
        cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        serverAtStart = SERVER_CPU.nanos();
        gcAtStart = gcMillis();
        return System.nanoTime();
    }

    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static void report(String phase, int n, long nanos, String unit) {
        double seconds = nanos / 1e9;
        // the main thread's own CPU time (the run is single-threaded unless partitioned): less affected by other
        // processes on a shared machine than the wall time
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        long gc = gcMillis() - gcAtStart;
        long serverEnd = SERVER_CPU.nanos();
        double server = serverAtStart < 0 || serverEnd < 0 || !phase.contains("(postgresql)") ? Double.NaN : (serverEnd - serverAtStart) / 1e9;
        System.out.printf(Locale.ROOT, "%-36s %,9d %s in %7.2f s = %,10.0f %s/s (thread CPU %6.2f s = %,10.0f/s, "
                + "gc %,d ms), peak heap %,6d MB%s%n", phase, n, unit, seconds, n / seconds, unit, cpu, n / cpu, gc,
                peakHeap() >> 20, Double.isNaN(server) ? "" : String.format(Locale.ROOT,
                        "; server CPU %6.2f s = %,10.0f/s, client+server %,10.0f/s", server, n / server, n / (cpu + server)));
        if (!Double.isNaN(server)) {
            SERVER_RATES.computeIfAbsent(phase.replaceAll(" \\(.*\\)", ""), k -> new ArrayList<>()).add(n / server);
        }
        String key = phase.replaceAll(" \\(.*\\)", "");
        RATES.computeIfAbsent(key, k -> new ArrayList<>()).add(n / seconds);
        CPU_RATES.computeIfAbsent(key, k -> new ArrayList<>()).add(n / cpu);
    }
}
