package org.minzheng.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.MinzhengModule;
import org.minzheng.json.ReadLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing 10,000 households (ops/s = whole batches per second) with
 * {@code MinzhengModule} (strict mapper, identifiers parsed and checked, builders' invariants,
 * money exact) beside plain Jackson on {@link PlainHousehold} records of the same JSON shape
 * (strings for codes, identifiers and amounts; no checks). Issue 6 asks for at least 70 % of
 * plain Jackson's throughput. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar HouseholdJson}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HouseholdJsonBenchmark {

    /** Households per batch. */
    public static final int HOUSEHOLDS = 10_000;

    private JsonMapper minzheng;
    private JsonMapper plain;
    private JavaType householdList;
    private JavaType plainList;
    private List<Household> households;
    private List<PlainHousehold> plainHouseholds;
    private byte[] json;
    private byte[] plainJson;

    /** Generates the households and their JSON. */
    @Setup
    public void setUp() {
        minzheng = MinzhengJson.jsonBuilder(MinzhengModule.create(),
                ReadLimits.DEFAULT.withMaxDocumentLength(512L << 20)).build();
        plain = JsonMapper.builder()
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        householdList = minzheng.getTypeFactory().constructCollectionType(List.class, Household.class);
        plainList = plain.getTypeFactory().constructCollectionType(List.class, PlainHousehold.class);
        households = households(HOUSEHOLDS, 20_261_129L);
        json = minzheng.writeValueAsBytes(households);
        plainHouseholds = plain.readValue(json, plainList);
        plainJson = plain.writeValueAsBytes(plainHouseholds);
        if (!plain.readTree(plainJson).equals(minzheng.readTree(json))) {
            throw new IllegalStateException("plain records do not write the same documents");
        }
    }

    /** @return the 10,000 households written by MinzhengModule */
    @Benchmark
    public byte[] writeMinzheng() {
        return minzheng.writeValueAsBytes(households);
    }

    /** @return the 10,000 plain records written by plain Jackson */
    @Benchmark
    public byte[] writePlain() {
        return plain.writeValueAsBytes(plainHouseholds);
    }

    /** @return the 10,000 households read by MinzhengModule */
    @Benchmark
    public List<Household> readMinzheng() {
        return minzheng.readValue(json, householdList);
    }

    /** @return the 10,000 plain records read by plain Jackson */
    @Benchmark
    public List<PlainHousehold> readPlain() {
        return plain.readValue(plainJson, plainList);
    }

    static List<Household> households(int n, long seed) {
        Random r = new Random(seed);
        RegionCode region = RegionCode.parse("321112100");
        List<Household> result = new ArrayList<>(n);
        for (int h = 0; h < n; h++) {
            String id = "h-" + h;
            Household.Builder b = Household.builder().id(id).region(region).address("高桥镇某村" + h + "号")
                    .hukou(HukouType.RURAL).assets(Assets.NONE.withDeposits(Money.ofFen(r.nextInt(5_000_000))));
            int members = 1 + r.nextInt(4);
            for (int m = 0; m < members; m++) {
                LocalDate birth = LocalDate.of(m == 0 ? 1950 + r.nextInt(30) : 1985 + r.nextInt(30),
                        1 + r.nextInt(12), 1 + r.nextInt(28));
                IdNumber idNumber = idNumber(birth, r.nextInt(1000));
                Person.Builder p = Person.builder().id(id + "-" + m).name("成员" + m).idNumber(idNumber)
                        .hukou(HukouType.RURAL).labourCapacity(LabourCapacity.values()[r.nextInt(3)]);
                if (r.nextInt(5) == 0) {
                    p.disability(Disability.of(DisabilityCertificateNumber.parse(idNumber.value()
                            + (1 + r.nextInt(7)) + (1 + r.nextInt(4)))));
                }
                if (r.nextInt(4) == 0) {
                    p.status(StatusKind.WORKING_AWAY, LocalDate.of(2021, 3, 1));
                }
                b.member(p.build(), m == 0 ? Relation.HEAD : m == 1 ? Relation.SPOUSE : Relation.CHILD);
                if (r.nextBoolean()) {
                    b.income(Income.of(IncomeKind.WAGE, Money.ofFen(r.nextInt(800_000)), PersonId.of(id + "-" + m)));
                }
            }
            result.add(b.build());
        }
        return result;
    }

    private static IdNumber idNumber(LocalDate birth, int sequence) {
        String body = String.format("321112%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return IdNumber.parse(IdNumber.complete(body));
    }
}
