package org.minzheng.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.minzheng.core.money.Money;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.examples.demo.DantuDistrict;
import org.minzheng.examples.demo.DistrictDemo;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.ReformCosting;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reform costing (改革方案测算) over the demo's synthetic 丹徒区 (the district demo's generator, seed 2022, at
 * {@code scale}; scale 1 = the whole district of about 117,000 households, with the cases the rules opened in the two months before the year) stored in an
 * {@link InMemoryStorage} with the Jiangsu reference plugin: raise both 低保 standards by 10 % from July 2022 and
 * cost the whole of 2022 ({@link #year}) or one month ({@link #month}). Each operation reads the registry, runs the
 * months today and under the reform and builds the result with the 20 largest changes. The goal: the demo
 * district in at most 2 s.
 *
 * <p>Run: {@code java -XX:ActiveProcessorCount=1 -jar benchmarks/target/benchmarks.jar CostingBenchmark}
 * (add {@code -p scale=0.1} for a tenth, {@code -p threads=2} with {@code -XX:ActiveProcessorCount=2} for two
 * threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CostingBenchmark {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final YearMonth JAN = YearMonth.of(2022, 1);
    private static final YearMonth DEC = YearMonth.of(2022, 12);
    private static final YearMonth JUL = YearMonth.of(2022, 7);

    /** The district's scale (1 = the published population). */
    @Param({"1"})
    public double scale;

    /** The costing's threads (1 = in the calling thread). */
    @Param({"1"})
    public int threads = 1;

    /** The year's costing on one thread, made by {@link #setUp}: what every thread count must return. */
    ReformCosting oneThreadYear;

    private CivilAffairs ca;
    private Reform reform;

    /** Generates and stores the district and makes the reform. */
    @Setup(Level.Trial)
    public void setUp() {
        Storage storage = InMemoryStorage.create();
        ca = CivilAffairs.builder().standards(StandardsProviders.discover()).storage(storage)
                .clock(Clock.system(CST)).build();
        ResolvedStandards s = ca.standards(DantuDistrict.REGION, JAN);
        // The district as the demo builds it: the generated population, its applications decided by the rules and
        // the months before the period run, so the costing sees the caseload a bureau would have (decision 0321).
        DistrictDemo.Caseload load = DistrictDemo.caseload(ca, 2022, scale, JAN, DEC);
        reform = dibaoTenPercentHigher(s, LocalDate.of(2022, 7, 1));
        ReformCosting c = ca.costReform(reform, DantuDistrict.REGION, JAN, DEC, 20);
        oneThreadYear = c;
        System.out.printf(Locale.ROOT, "%n%,d households, %,d persons, %,d cases; 2022 today %s, reform %s, change %s%n",
                load.households(), load.persons(), load.cases(), c.total().today(), c.total().reform(), c.change());
    }

    /**
     * The reform the costing harnesses cost (also {@link ProvinceHarness}): 低保's urban and rural standards 10 %
     * higher than in {@code s}, from a date.
     *
     * @param s the standards in force
     * @param from the reform's first day
     * @return the reform
     */
    static Reform dibaoTenPercentHigher(ResolvedStandards s, LocalDate from) {
        return Reform.builder("低保标准提高10%").from(from)
                .set(Dibao.STANDARD_URBAN, tenPercentMore(s.get(Dibao.STANDARD_URBAN)))
                .set(Dibao.STANDARD_RURAL, tenPercentMore(s.get(Dibao.STANDARD_RURAL))).build();
    }

    private static Money tenPercentMore(Money m) {
        return Money.of(m.amount().multiply(new java.math.BigDecimal("1.1")), java.math.RoundingMode.HALF_UP);
    }

    /**
     * Costs the year 2022.
     *
     * @return the costing
     */
    @Benchmark
    public ReformCosting year() {
        return ca.costReform(reform, DantuDistrict.REGION, JAN, DEC, 20, threads);
    }

    /**
     * Costs July 2022, the reform's first month.
     *
     * @return the costing
     */
    @Benchmark
    public ReformCosting month() {
        return ca.costReform(reform, DantuDistrict.REGION, JUL, JUL, 20, threads);
    }
}
