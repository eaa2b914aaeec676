package org.minzheng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import javax.sql.DataSource;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import org.minzheng.core.cases.Case;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.registry.Household;
import org.minzheng.core.standards.Reform;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.jiangsu.JiangsuStandardsProvider;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.ReformCosting;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * A province on one machine (一省一机, issue 15): {@code counties} counties of Zhenjiang-style code {@code 3211NN}
 * ({@code NN} = 10, 11, …), each of {@code perCounty} synthetic 低保 households in two townships — the households and
 * active cases of {@link MonthlyRunHarness} (one to three members, heads born 1940–1979, so that the month's 尊老金
 * screening opens cases for the over-80s) — generated county by county and loaded through the public storage API
 * ({@code Storage.inTransaction}, {@code saveAll}, 1,000 households a transaction), statistics refreshed
 * ({@code ANALYZE} on PostgreSQL), then the month run county by county with {@link CivilAffairs#runMonth}, first
 * and repeated; with {@code cost}, then a reform costing of the next month per county (低保 standards 10 % higher,
 * {@link CivilAffairs#costReform}, one thread per county, nothing written). Counties are shared among
 * {@code threads} workers, each loading, running and costing whole counties.
 *
 * <p>For each phase it prints the wall time, the CPU time of the threads that did the work (summed), the peak
 * heap, the peak resident memory of the process ({@code VmHWM}) and, on PostgreSQL, the rows of each table and the
 * schema's size on disk; with {@code jfr} it records the run in a flight recording and prints
 * where the time went: execution samples by component (minzheng, its JDBC adapter, the driver, the JDK), the time
 * threads waited on socket reads (the database's answers) and garbage-collection pauses.
 *
 * <p>Usage (the full province, 9.9 M households, 19.8 M persons and 9.9 M cases; 36 min and 55.5 GB on disk on
 * the 2-core machine of the README; about 0.8 GB of live heap per county in flight, so {@code -Xmx3g} for two
 * workers):
 * {@code MINZHENG_PG_DATABASE=… java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.minzheng.benchmarks.ProvinceHarness 30 330000 postgresql 2 jfr}; arguments: counties (default 3), households per
 * county (default 330000), store {@code postgresql|h2|memory} (default postgresql), threads (default 1), then
 * {@code jfr} to profile and {@code cost} to cost a reform, in any order. PostgreSQL is reached as
 * {@link StorageBenchmark} reaches it, in a schema of its own dropped at the end; H2 in a temporary directory.
 */
public final class ProvinceHarness {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final YearMonth MONTH = YearMonth.of(2022, 3);
    private static final WriteContext LOADER = WriteContext.of("benchmark", "synthetic province");
    private static final int BATCH = 1_000;

    private ProvinceHarness() {
    }

    private static final String USAGE = "usage: ProvinceHarness [counties 1–90 [households per county [postgresql|h2|memory "
            + "[threads [jfr] [cost]]]]] (defaults 3 330000 postgresql 1)";

    /** The command line, checked before anything is created. */
    private record Options(int counties, int perCounty, String store, int threads, boolean jfr, boolean cost) {

        static Options parse(String[] args) {
            int counties = args.length > 0 ? number(args[0]) : 3;
            int perCounty = args.length > 1 ? number(args[1]) : 330_000;
            String store = args.length > 2 ? args[2] : "postgresql";
            int threads = args.length > 3 ? number(args[3]) : 1;
            List<String> flags = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
            for (String flag : flags) {
                if (!flag.equals("jfr") && !flag.equals("cost")) {
                    throw new IllegalArgumentException("the flags after the threads are jfr and cost, not " + flag);
                }
            }
            if (counties < 1 || counties > 90 || perCounty < 1 || threads < 1) {
                throw new IllegalArgumentException("counties 1–90, households per county and threads at least 1");
            }
            if (!List.of("postgresql", "h2", "memory").contains(store)) {
                throw new IllegalArgumentException("the store is postgresql, h2 or memory, not " + store);
            }
            return new Options(counties, perCounty, store, threads, flags.contains("jfr"), flags.contains("cost"));
        }

        private static int number(String arg) {
            try {
                return Integer.parseInt(arg);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number: " + arg);
            }
        }
    }

    /**
     * Runs the harness.
     *
     * @param args counties, households per county, store, threads, {@code jfr}
     * @throws Exception if the store cannot be set up or a phase fails
     */
    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            // a person at the command line gets the reason and the usage, not a stack trace; nothing was done yet
            System.err.println("ProvinceHarness: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        int counties = o.counties();
        int perCounty = o.perCounty();
        String store = o.store();
        int threads = o.threads();
        boolean jfr = o.jfr();
        boolean cost = o.cost();
        System.out.printf(Locale.ROOT, "province: %d counties × %,d households = %,d, store %s, %d thread(s), "
                + "%d processors, max heap %,d MB%n", counties, perCounty, (long) counties * perCounty, store, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Clock clock = Clock.system(CST);
        String schema = null;
        Path dir = null;
        DataSource pg = null;
        Storage storage;
        if (store.equals("postgresql")) {
            schema = "mz_prov_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            StorageBenchmark.execute(StorageBenchmark.postgres(null), "CREATE SCHEMA " + schema);
            pg = StorageBenchmark.postgres(schema);
            JdbcStorage.migrate(pg);
            storage = JdbcStorage.of(pg, clock);
        } else if (store.equals("h2")) {
            dir = Files.createTempDirectory("minzheng-province");
            storage = JdbcStorage.h2(dir);
        } else if (store.equals("memory")) {
            storage = InMemoryStorage.create(clock);
        } else {
            throw new IllegalArgumentException("store must be postgresql, h2 or memory: " + store);
        }
        Recording recording = null;
        if (jfr) {
            recording = new Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.enable("jdk.SocketRead").withThreshold(Duration.ofMillis(1));
            recording.start();
        }
        long total0 = System.nanoTime();
        try {
            CivilAffairs ca = CivilAffairs.builder().standards(new JiangsuStandardsProvider(),
                    countyStandards(counties)).storage(storage).clock(clock).build();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                Phase load = phase("load (generate + saveAll)", pool, counties, k -> load(storage, k, perCounty));
                load.print((long) counties * perCounty, "households");
                if (pg != null) {
                    long t = System.nanoTime();
                    StorageBenchmark.execute(pg, "ANALYZE");
                    System.out.printf(Locale.ROOT, "%-34s %8.1f s%n", "ANALYZE", (System.nanoTime() - t) / 1e9);
                    rows(pg);
                }
                Phase first = phase("monthly run, first", pool, counties, k -> run(ca, k));
                first.print((long) counties * perCounty, "households");
                if (pg != null) {
                    rows(pg);
                }
                Phase again = phase("monthly run, repeated", pool, counties, k -> run(ca, k));
                again.print((long) counties * perCounty, "households");
                if (cost) {
                    Phase costing = phase("reform costing, " + COSTED, pool, counties, k -> cost(ca, k));
                    costing.print((long) counties * perCounty, "households");
                    System.out.printf(Locale.ROOT, "costing %s: today %,d fen, reform %,d fen, %,d households read%n",
                            COSTED, TODAY.get(), REFORMED.get(), READ.get());
                }
                System.out.printf(Locale.ROOT, "total %,.1f s; peak resident %,d MB%n",
                        (System.nanoTime() - total0) / 1e9, peakRssKb() >> 10);
                double perHousehold = (load.wall + first.wall) / 1e9 / ((double) counties * perCounty);
                System.out.printf(Locale.ROOT, "extrapolated linearly to 30 × 330,000 = 9,900,000 households: load + "
                        + "first run %,.0f min (at this run's rate per household)%n", perHousehold * 9_900_000 / 60);
            } finally {
                pool.shutdown();
            }
        } finally {
            storage.close();
            if (recording != null) {
                Path file = Files.createTempFile("province", ".jfr");
                recording.stop();
                recording.dump(file);
                recording.close();
                summarise(file);
                Files.deleteIfExists(file);
            }
            if (schema != null) {
                StorageBenchmark.execute(StorageBenchmark.postgres(null), "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /**
     * The Jiangsu plugin's illustrative values for 丹徒区 (321112) — home care, the 尊老金 tiers and the rest that
     * only Dantu sets — copied to each synthetic county, so that every county runs the same programs as Dantu.
     */
    private static StandardsProvider countyStandards(int counties) {
        List<StandardValue<?>> copies = new ArrayList<>();
        RegionCode dantu = RegionCode.parse("321112");
        for (StandardValue<?> v : new JiangsuStandardsProvider().values(StandardsQuery.all())) {
            if (v.region().equals(Optional.of(dantu))) {
                for (int k = 0; k < counties; k++) {
                    if (!county(k).equals("321112")) {
                        copies.add(copy(v, RegionCode.parse(county(k))));
                    }
                }
            }
        }
        return new StandardsProvider() {
            @Override
            public String id() {
                return "province-harness";
            }

            @Override
            public String spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public Collection<StandardValue<?>> values(StandardsQuery query) {
                return copies.stream().filter(query::matches).toList();
            }
        };
    }

    private static <T> StandardValue<T> copy(StandardValue<T> v, RegionCode region) {
        return StandardValue.of(v.standard(), Optional.of(region), v.from(), v.until(), v.value(), v.source());
    }

    /** A county's code: {@code 3211NN}, {@code NN} from 10. */
    private static String county(int k) {
        return String.format(Locale.ROOT, "3211%02d", 10 + k);
    }

    /** Generates and saves one county, 1,000 households and their cases per transaction; returns rows written. */
    private static long load(Storage storage, int k, int perCounty) {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(42 + k);
        String county = county(k);
        String prefix = county + "-";
        for (int i = 0; i < perCounty; i += BATCH) {
            int end = Math.min(perCounty, i + BATCH);
            List<Household> hb = new ArrayList<>(end - i);
            List<Case> cb = new ArrayList<>(end - i);
            for (int j = i; j < end; j++) {
                Household h = MonthlyRunHarness.household(county, prefix, j, rnd);
                hb.add(h);
                cb.add(MonthlyRunHarness.dibaoCase("C" + prefix + j, h));
            }
            storage.inTransaction(tx -> {
                tx.households().saveAll(hb, LOADER);
                return tx.cases().saveAll(cb, LOADER);
            });
        }
        return perCounty;
    }

    /** Runs the month for one county; returns the entries posted. */
    private static long run(CivilAffairs ca, int k) {
        MonthlyRun r = ca.runMonth(MONTH, RegionCode.parse(county(k)));
        if (!r.failures().isEmpty()) {
            throw new IllegalStateException(county(k) + ": " + r.failures().size() + " failures, e.g. " + r.failures().get(0));
        }
        POSTED.addAndGet(r.posted());
        AMOUNT.accumulateAndGet(r.amount().toFen(), Long::sum);
        return r.posted();
    }

    /** The month costed: the month after the run, not yet run, as a bureau costs next month's reform. */
    private static final YearMonth COSTED = MONTH.plusMonths(1);

    /**
     * Costs, for the month after the run, a reform that raises the county's urban and rural 低保 standards by 10 %
     * from that month on, on one thread (the workers share the counties); adds the totals.
     */
    private static long cost(CivilAffairs ca, int k) {
        RegionCode region = RegionCode.parse(county(k));
        Reform reform = CostingBenchmark.dibaoTenPercentHigher(ca.standards(region, COSTED), COSTED.atDay(1));
        ReformCosting c = ca.costReform(reform, region, COSTED, COSTED, 10, 1);
        if (c.failures() > 0) {
            throw new IllegalStateException(county(k) + ": " + c.failures() + " subject-months failed in the costing");
        }
        TODAY.addAndGet(c.total().today().toFen());
        REFORMED.addAndGet(c.total().reform().toFen());
        READ.addAndGet(c.households());
        return c.households();
    }

    private static final AtomicLong TODAY = new AtomicLong();
    private static final AtomicLong REFORMED = new AtomicLong();
    private static final AtomicLong READ = new AtomicLong();

    private static final AtomicLong POSTED = new AtomicLong();
    private static final AtomicLong AMOUNT = new AtomicLong();

    /** A phase's measures. */
    private record Phase(String name, long wall, long cpu, long gc, long peakHeap, long rss, long posted,
                         long amountFen) {
        void print(long n, String unit) {
            System.out.printf(Locale.ROOT, "%-34s %,11d %s in %8.1f s = %,8.0f/s wall; threads' CPU %8.1f s "
                    + "(%,.0f/s); gc %,.1f s; peak heap %,d MB; peak resident %,d MB; posted %,d entries, %,d fen%n",
                    name, n, unit, wall / 1e9, n / (wall / 1e9), cpu / 1e9, n / (cpu / 1e9), gc / 1e3,
                    peakHeap >> 20, rss >> 10, posted, amountFen);
        }
    }

    /** Work on one county, returning a count. */
    private interface CountyWork {
        long apply(int county) throws Exception;
    }

    private static Phase phase(String name, ExecutorService pool, int counties, CountyWork work) throws Exception {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        POSTED.set(0);
        AMOUNT.set(0);
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Future<Long>> parts = new ArrayList<>();
        for (int k = 0; k < counties; k++) {
            int county = k;
            parts.add(pool.submit(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                work.apply(county);
                return mx.getCurrentThreadCpuTime() - c0;
            }));
        }
        long cpu = 0;
        for (Future<Long> f : parts) {
            try {
                cpu += f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
        }
        long wall = System.nanoTime() - t0;
        long heap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heap += p.getPeakUsage().getUsed();
            }
        }
        return new Phase(name, wall, cpu, gcMillis() - gc0, heap, peakRssKb(), POSTED.get(), AMOUNT.get());
    }

    /** Rows in the main tables (PostgreSQL). */
    private static void rows(DataSource ds) throws Exception {
        StringBuilder out = new StringBuilder("rows:");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT relname, n_live_tup FROM pg_stat_user_tables "
                     + "WHERE schemaname = current_schema() AND n_live_tup > 0 ORDER BY n_live_tup DESC")) {
            while (rs.next()) {
                out.append(String.format(Locale.ROOT, " %s %,d;", rs.getString(1), rs.getLong(2)));
            }
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                     + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                     + "AND c.relkind = 'r'")) {
            rs.next();
            out.append(String.format(Locale.ROOT, " on disk (tables with indexes) %,d MB", rs.getLong(1) >> 20));
        }
        System.out.println(out);
    }

    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** The process's peak resident set in KB ({@code VmHWM} of {@code /proc/self/status}), 0 where unknown. */
    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /**
     * Where the time went: execution samples by the component of the first frame that is not the JDK's (with the
     * top method of each component), socket-read waits over 1 ms, and GC pauses.
     */
    private static void summarise(Path file) throws java.io.IOException {
        Map<String, Integer> byComponent = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        int samples = 0;
        long socketNanos = 0;
        long socketReads = 0;
        long gcNanos = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                RecordedStackTrace st = e.getStackTrace();
                if (st == null || st.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                String owner = "JDK (no caller outside it)";
                String method = "";
                for (RecordedFrame f : st.getFrames()) {
                    String cls = f.getMethod().getType().getName();
                    if (!(cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")
                            || cls.startsWith("com.sun."))) {
                        owner = component(cls);
                        method = cls.substring(cls.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
                        break;
                    }
                }
                byComponent.merge(owner, 1, Integer::sum);
                byMethod.merge(method, 1, Integer::sum);
            } else if (type.equals("jdk.SocketRead")) {
                socketNanos += e.getDuration().toNanos();
                socketReads++;
            } else if (type.equals("jdk.GarbageCollection")) {
                gcNanos += e.getDuration().toNanos();
            }
        }
        System.out.printf(Locale.ROOT, "JFR: %,d execution samples (every 10–20 ms of a thread on the CPU); socket "
                + "reads over 1 ms: %,d taking %,.1f s; GC pauses %,.1f s%n", samples, socketReads, socketNanos / 1e9,
                gcNanos / 1e9);
        int all = Math.max(1, samples);
        byComponent.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / all,
                        e.getKey()));
        System.out.println("  top methods (first frame outside the JDK):");
        byMethod.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / all,
                        e.getKey()));
    }

    /** Components by class-name prefix, the most specific first (the first match names the sample). */
    private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
            Map.entry("org.postgresql", "PostgreSQL driver"),
            Map.entry("org.h2", "H2 engine"),
            Map.entry("org.minzheng.jdbc", "minzheng JDBC adapter"),
            Map.entry("org.minzheng.benchmarks", "harness (generating households)"),
            Map.entry("org.minzheng.spi.storage", "minzheng storage (in memory)"),
            Map.entry("org.minzheng.runtime", "minzheng runtime (monthly run)"),
            Map.entry("org.minzheng", "minzheng core, rules, plugin"));

    private static String component(String cls) {
        for (Map.Entry<String, String> c : COMPONENTS) {
            if (cls.startsWith(c.getKey())) {
                return c.getValue();
            }
        }
        return cls.contains(".") ? cls.substring(0, cls.indexOf('.', cls.indexOf('.') + 1) + 1) + "…" : cls;
    }
}
