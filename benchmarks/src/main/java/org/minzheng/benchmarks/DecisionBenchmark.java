package org.minzheng.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.StandardSet;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.core.standards.StandardsResolver;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of dibao assessment (ops/s = decisions per second on one thread) for a 3-person rural
 * household with standards already resolved; the explanation is built as structured steps but not
 * rendered. 64 households with different incomes are cycled. Goal: ≥ 1,000,000 per second.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar DecisionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DecisionBenchmark {

    private static final int SIZE = 64;
    private static final RegionCode DANTU = RegionCode.parse("321112");
    private static final RegionCode GAOQIAO = RegionCode.parse("321112100");
    private static final YearMonth MONTH = YearMonth.of(2022, 10);

    private SubjectFacts[] requests;
    private SubjectFacts[] withAddOns;
    private ResolvedStandards standards;
    private ResolvedStandards addOnStandards;
    private CivilAffairs runtime;
    
    private int next;

    /** Builds the households and resolves the standards once. */
    @Setup
    public void setUp() {
        List<StandardValue<?>> values = List.of(
                StandardValue.of(Dibao.STANDARD_RURAL, DANTU, LocalDate.of(2022, 1, 1), Money.of("803"),
                        StandardValue.ILLUSTRATIVE),
                StandardValue.of(Dibao.STANDARD_URBAN, DANTU, LocalDate.of(2022, 1, 1), Money.of("803"),
                        StandardValue.ILLUSTRATIVE));
        standards = StandardsResolver.of(List.of(StandardSet.of("bench", 100, values))).resolve(GAOQIAO,
                MONTH.atDay(1));
        addOnStandards = ResolvedStandards.builder(GAOQIAO, MONTH.atDay(1)).setAll(values)
                .set(Dibao.ADDON_SHARE_ELDERLY, new BigDecimal("0.1"))
                .set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.15")).build();
        requests = new SubjectFacts[SIZE];
        withAddOns = new SubjectFacts[SIZE];
        for (int i = 0; i < SIZE; i++) {
            requests[i] = SubjectFacts.forHousehold(household(i, LocalDate.of(1975, 3, 8), 1000 + 13 * i), MONTH).build();
            withAddOns[i] = SubjectFacts.forHousehold(household(i, LocalDate.of(1940, 3, 8), 1000 + 13 * i), MONTH).build();
        }
        runtime = CivilAffairs.builder().standards(new StandardsProvider() {
            @Override
            public String id() {
                return "bench";
            }

            @Override
            public String spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public java.util.Collection<StandardValue<?>> values(StandardsQuery query) {
                return values;
            }
        }).build();
        Decision check = Dibao.PROGRAM.assess(requests[0], standards);
        if (!check.amount().equals(Money.of("1409.00"))) { // 803 × 3 − 1000
            throw new IllegalStateException("unexpected benchmark decision " + check);
        }
    }

    private static Household household(int i, LocalDate headBirth, int wage) {
        Person head = person("h" + i + "-1", headBirth);
        return Household.builder().id("h" + i).region(GAOQIAO).address("高桥镇").hukou(HukouType.RURAL)
                .member(head, Relation.HEAD).member(person("h" + i + "-2", LocalDate.of(1978, 6, 20)), Relation.SPOUSE)
                .member(person("h" + i + "-3", LocalDate.of(2010, 9, 1)), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of(wage + ".00"), head.id())).assets(Assets.NONE).build();
    }

    private static Person person(String id, LocalDate birth) {
        return Person.builder().id(id).name("某某").birthDate(birth).gender(Gender.FEMALE).hukou(HukouType.RURAL).build();
    }

    private int index() {
        return next++ & (SIZE - 1);
    }

    /**
     * Dibao for a 3-person household, standards resolved, no add-ons.
     *
     * @return the decision
     */
    @Benchmark
    public Decision dibao() {
        return Dibao.PROGRAM.assess(requests[index()], standards);
    }

    /**
     * Dibao with 分类施保 add-ons for an elderly head and a minor.
     *
     * @return the decision
     */
    @Benchmark
    public Decision dibaoWithAddOns() {
        return Dibao.PROGRAM.assess(withAddOns[index()], addOnStandards);
    }

    /**
     * Dibao through {@link CivilAffairs} (cached resolution per region and month).
     *
     * @return the decision
     */
    @Benchmark
    public Decision dibaoThroughRuntime() {
        return runtime.assess(NationalPrograms.DIBAO, requests[index()]);
    }

    /**
     * Dibao and its explanation rendered in Chinese: the cost assessment avoids by not rendering.
     *
     * @return the text
     */
    @Benchmark
    public String dibaoRenderedChinese() {
        return Dibao.PROGRAM.assess(requests[index()], standards).explanation()
                .render(Locale.SIMPLIFIED_CHINESE);
    }
}
