package org.minzheng.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.programs.NationalPrograms.DIBAO;
import static org.minzheng.core.programs.NationalPrograms.DIBAO_EDGE;
import static org.minzheng.core.programs.NationalPrograms.SENIOR_ALLOWANCE;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.Reform;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spark.internal.PartitionRunner;

/**
 * Issue 17's proof: over a synthetic registry of 200,000 households in six counties with different standards, in
 * local[2], every Spark decision equals the in-process {@link CivilAffairs} decision, the costing equals the
 * in-process costing to the fen, screening finds exactly the eligible subjects without a case, and every broken row
 * comes back as a rejection with the path at fault.
 */
class SameResultsAsInProcessTest {

    static final long HOUSEHOLDS = 200_000;
    static final YearMonth MONTH = YearMonth.of(2022, 10);
    static final ProgramCode[] PROGRAMS = {DIBAO, DIBAO_EDGE, SENIOR_ALLOWANCE};

    static SparkSession spark;
    static CivilAffairs ca;
    static SyntheticRegistry registry;
    static Dataset<Row> rows;
    static MinzhengSpark ms;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.spark();
        ca = SparkTestSession.countySystem();
        registry = new SyntheticRegistry(20221015L, HOUSEHOLDS);
        SyntheticRegistry reg = registry;
        // 12 slices of the index range: two per county, as a registry laid out by county
        rows = spark.range(0, HOUSEHOLDS, 1, 12).mapPartitions((MapPartitionsFunction<Long, Row>) ids -> {
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return ids.hasNext();
                }

                @Override
                public Row next() {
                    return reg.row(ids.next());
                }
            };
        }, Encoders.row(HouseholdRows.SCHEMA)).cache();
        ms = MinzhengSpark.on(spark, ca, ColumnMapping.identity());
    }

    @AfterAll
    static void stop() {
        ms.close();
        rows.unpersist();
    }

    @Test
    void theCountiesReallyHaveDifferentStandards() {
        Set<Money> urban = new HashSet<>();
        for (String county : SyntheticRegistry.COUNTIES) {
            urban.add(ca.standards(RegionCode.parse(county), MONTH).find(Dibao.STANDARD_URBAN).orElseThrow());
        }
        assertThat(urban).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void everyDecisionEqualsTheInProcessDecision() {
        Map<String, DecisionRow> expected = new HashMap<>();
        Set<String> failures = new HashSet<>();
        for (long i = 0; i < HOUSEHOLDS; i++) {
            if (SyntheticRegistry.broken(i)) {
                continue;
            }
            Household h = registry.household(i);
            for (ProgramCode p : PROGRAMS) {
                if (ca.programs().forRegion(p, h.region()).subjectKind() == SubjectKind.HOUSEHOLD) {
                    expect(expected, failures, p, h, null);
                } else {
                    for (Member m : h.members()) {
                        if (SubjectFacts.presentIn(m.person(), MONTH)) {
                            expect(expected, failures, p, h, m);
                        }
                    }
                }
            }
        }
        Assessment a = ms.assess(rows, MONTH, PROGRAMS);
        long compared = 0;
        List<String> differences = new java.util.ArrayList<>();
        Iterator<DecisionRow> it = a.decisions().toLocalIterator();
        while (it.hasNext()) {
            DecisionRow d = it.next();
            DecisionRow want = expected.remove(d.getProgram() + "|" + d.getSubjectId());
            if (!d.equals(want) && differences.size() < 10) {
                differences.add(d + " in Spark, " + want + " in process");
            }
            compared++;
        }
        assertThat(differences).isEmpty();
        assertThat(expected).as("decisions made in process but not by Spark").isEmpty();

        List<RejectionRow> rejections = a.rejections().collectAsList();
        Map<String, String> invalid = new TreeMap<>();
        Set<String> ruleFailures = new HashSet<>();
        for (RejectionRow r : rejections) {
            if (r.getKind().equals(RejectionRow.INVALID_ROW)) {
                assertThat(invalid.put(r.getRowKey(), r.getPath())).as("one reason per broken row").isNull();
                assertThat(r.getReasonZh()).isNotBlank();
                assertThat(r.getReasonEn()).isNotBlank();
            } else {
                ruleFailures.add(r.getPath().replaceAll("^programs\\.", "") + "|" + r.getRowKey());
            }
        }
        Map<String, String> brokenRows = new TreeMap<>();
        for (long i = 0; i < HOUSEHOLDS; i++) {
            if (SyntheticRegistry.broken(i)) {
                brokenRows.put("H" + i, SyntheticRegistry.brokenPath(i));
            }
        }
        assertThat(invalid).isEqualTo(brokenRows);
        assertThat(ruleFailures).isEqualTo(failures);

        JobSummary s = a.summary();
        assertThat(s.rowsRead()).isEqualTo(HOUSEHOLDS);
        assertThat(s.rowsRejected()).isEqualTo(brokenRows.size());
        assertThat(s.decisions()).isEqualTo(compared);
        assertThat(s.ruleFailures()).isEqualTo(failures.size());
        assertThat(s.eligible()).isPositive();
        System.out.println("[spark] " + s);
        a.release();
    }

    private static void expect(Map<String, DecisionRow> expected, Set<String> failures, ProgramCode p, Household h,
                               Member m) {
        try {
            Decision d = m == null ? ca.assess(p, h, MONTH) : ca.assess(p, h, m.person().id(), MONTH);
            expected.put(p.value() + "|" + d.subject().id(), PartitionRunner.row(d, h, MONTH.toString()));
        } catch (RuntimeException e) {
            failures.add(p.value() + (m == null ? "" : "[" + h.members().indexOf(m) + "]") + "|" + h.id().value());
        }
    }

    @Test
    void costingTotalsEqualTheInProcessCostingToTheFen() {
        Reform reform = Reform.builder("低保标准统一提高到 920 元")
                .set(Dibao.STANDARD_URBAN, Money.of("920.00")).set(Dibao.STANDARD_RURAL, Money.of("920.00")).build();
        CivilAffairs changed = ca.withReform(reform);
        // county|program -> {eligible today, eligible reform, newly, no longer}, and amounts as Money
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Money[]> amounts = new TreeMap<>();
        for (long i = 0; i < HOUSEHOLDS; i++) {
            if (SyntheticRegistry.broken(i)) {
                continue;
            }
            Household h = registry.household(i);
            for (ProgramCode p : new ProgramCode[] {DIBAO, DIBAO_EDGE}) {
                Decision t = ca.assess(p, h, MONTH);
                Decision r = changed.assess(p, h, MONTH);
                String key = h.region().sixDigitForm() + "|" + p.value();
                long[] c = counts.computeIfAbsent(key, k -> new long[4]);
                c[0] += t.eligible() ? 1 : 0;
                c[1] += r.eligible() ? 1 : 0;
                c[2] += !t.eligible() && r.eligible() ? 1 : 0;
                c[3] += t.eligible() && !r.eligible() ? 1 : 0;
                Money[] m = amounts.computeIfAbsent(key, k -> new Money[] {Money.ZERO, Money.ZERO});
                m[0] = m[0].plus(t.eligible() ? t.amount() : Money.ZERO);
                m[1] = m[1].plus(r.eligible() ? r.amount() : Money.ZERO);
            }
        }
        Costing costing = ms.costReform(rows, reform, MONTH, DIBAO, DIBAO_EDGE);
        Map<String, CostingRow> got = new TreeMap<>();
        for (CostingRow c : costing.byRegionAndProgram().collectAsList()) {
            got.put(c.getRegion() + "|" + c.getProgram(), c);
        }
        assertThat(got.keySet()).isEqualTo(counts.keySet());
        Money today = Money.ZERO;
        Money reformed = Money.ZERO;
        long newly = 0;
        for (Map.Entry<String, CostingRow> e : got.entrySet()) {
            CostingRow c = e.getValue();
            long[] want = counts.get(e.getKey());
            Money[] money = amounts.get(e.getKey());
            assertThat(new long[] {c.getEligibleToday(), c.getEligibleReform(), c.getNewlyEligible(),
                c.getNoLongerEligible()}).as(e.getKey()).containsExactly(want);
            assertThat(c.amountToday()).as(e.getKey()).isEqualTo(money[0]);
            assertThat(c.amountReform()).as(e.getKey()).isEqualTo(money[1]);
            today = today.plus(money[0]);
            reformed = reformed.plus(money[1]);
            newly += want[2];
        }
        assertThat(costing.totals()).containsExactly(today, reformed);
        // the reform must matter for the comparison to mean something
        assertThat(reformed).isGreaterThan(today);
        assertThat(newly).isPositive();
        assertThat(costing.rejections().filter("kind = 'invalid-row'").count())
                .isEqualTo(HOUSEHOLDS / 997 + (HOUSEHOLDS % 997 > 13 ? 1 : 0));
        System.out.println("[spark] costing " + today + " -> " + reformed + "; " + costing.summary());
        costing.release();
    }

    @Test
    void screeningFindsTheEligibleWithoutACase() {
        Assessment a = ms.assess(rows, MONTH, DIBAO);
        // existing cases: every third eligible household has one (facts of the test, chosen by index)
        List<DecisionRow> eligible = a.decisions().filter("eligible").collectAsList();
        Set<String> withCase = new HashSet<>();
        List<Row> cases = new java.util.ArrayList<>();
        for (DecisionRow d : eligible) {
            if (Long.parseLong(d.getSubjectId().substring(1)) % 3 == 0) {
                withCase.add(d.getSubjectId());
                cases.add(RowFactory.create("dibao", "household", d.getSubjectId()));
            }
        }
        StructType schema = new StructType().add("program", DataTypes.StringType)
                .add("subjectKind", DataTypes.StringType).add("subjectId", DataTypes.StringType);
        Dataset<DecisionRow> found = ms.screen(a, spark.createDataFrame(cases, schema));
        Set<String> got = new HashSet<>();
        for (DecisionRow d : found.collectAsList()) {
            got.add(d.getSubjectId());
        }
        Set<String> want = new HashSet<>();
        for (DecisionRow d : eligible) {
            if (!withCase.contains(d.getSubjectId())) {
                want.add(d.getSubjectId());
            }
        }
        assertThat(withCase).isNotEmpty();
        assertThat(got).isEqualTo(want);
        a.release();
    }
}
