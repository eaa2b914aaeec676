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
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.examples.demo.DantuDistrict;
import org.minzheng.examples.demo.DantuGenerator;
import org.minzheng.examples.demo.Population;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.ReformCosting;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;
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
 * {@code scale}; scale 1 = the published district: about 15,000 households and 31,000 cases) stored in an
 * {@link InMemoryStorage} with the Jiangsu reference plugin: raise both 低保 standards by 10 % from July 2022 and
 * cost the whole of 2022 ({@link #year}) or one month ({@link #month}). Each operation reads the registry, runs the
 * months today and under the reform and builds the result with the 20 largest changes. The goal: the demo
 * district in at most 2 s.
 *
 * <p>Run: {@code java -XX:ActiveProcessorCount=1 -jar benchmarks/target/benchmarks.jar CostingBenchmark}
 * (add {@code -p scale=0.1} for a tenth).
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

    private CivilAffairs ca;
    private Reform reform;

    /** Generates and stores the district and makes the reform. */
    @Setup(Level.Trial)
    public void setUp() {
        Storage storage = InMemoryStorage.create();
        ca = CivilAffairs.builder().standards(StandardsProviders.discover()).storage(storage)
                .clock(Clock.system(CST)).build();
        ResolvedStandards s = ca.standards(DantuDistrict.REGION, JAN);
        Money urban = s.get(Dibao.STANDARD_URBAN);
        Money rural = s.get(Dibao.STANDARD_RURAL);
        Population p = DantuGenerator.generate(2022, scale, new DantuGenerator.Calibration(urban, rural,
                s.find(Dibao.GRACE_MONTHS).orElse(0), s.find(Dibao.ASSET_VEHICLES).orElse(0)), 1);
        WriteContext loader = WriteContext.of("benchmark", "synthetic Dantu district");
        storage.households().saveAll(p.households(), loader);
        storage.cases().saveAll(p.cases(), loader);
        for (ServiceRecord r : p.serviceRecords()) {
            storage.serviceRecords().save(r, loader);
        }
        reform = Reform.builder("低保标准提高10%").from(LocalDate.of(2022, 7, 1))
                .set(Dibao.STANDARD_URBAN, tenPercentMore(urban)).set(Dibao.STANDARD_RURAL, tenPercentMore(rural))
                .build();
        ReformCosting c = ca.costReform(reform, DantuDistrict.REGION, JAN, DEC, 20);
        System.out.printf(Locale.ROOT, "%n%,d households, %,d persons, %,d cases; 2022 today %s, reform %s, change %s%n",
                p.households().size(), p.persons(), p.cases().size(), c.total().today(), c.total().reform(), c.change());
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
        return ca.costReform(reform, DantuDistrict.REGION, JAN, DEC, 20);
    }

    /**
     * Costs July 2022, the reform's first month.
     *
     * @return the costing
     */
    @Benchmark
    public ReformCosting month() {
        return ca.costReform(reform, DantuDistrict.REGION, JUL, JUL, 20);
    }
}
