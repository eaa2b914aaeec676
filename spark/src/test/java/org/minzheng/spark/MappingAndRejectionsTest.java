package org.minzheng.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.programs.NationalPrograms.DIBAO;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.core.registry.Household;

/** The declared mapping, the schema check on the driver, and rejections that carry no personal data. */
class MappingAndRejectionsTest {

    static final YearMonth MONTH = YearMonth.of(2022, 10);

    static SparkSession spark;
    static MinzhengSpark canonical;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.spark();
        canonical = MinzhengSpark.on(spark, SparkTestSession.countySystem(), ColumnMapping.identity());
    }

    @AfterAll
    static void stop() {
        canonical.close();
    }

    private static List<Row> sample(int n) {
        SyntheticRegistry reg = new SyntheticRegistry(7, n);
        List<Row> rows = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            if (!SyntheticRegistry.broken(i)) {
                rows.add(SyntheticRegistry.toRow(reg.household(i)));
            }
        }
        return rows;
    }

    /** The canonical schema with some of an embedder's own names (行政区划 xzqh, 出生日期 csrq, …). */
    private static StructType embedderSchema() {
        StructType member = rename(HouseholdRows.MEMBER, "birthDate", "csrq");
        StructType income = rename(HouseholdRows.INCOME, "monthlyAmount", "yjsr");
        StructType s = rename(HouseholdRows.SCHEMA, "id", "hh_no");
        s = rename(s, "region", "xzqh");
        s = replace(s, "members", "cy", DataTypes.createArrayType(member, true));
        return replace(s, "incomes", "incomes", DataTypes.createArrayType(income, true));
    }

    private static StructType rename(StructType s, String from, String to) {
        return replace(s, from, to, s.apply(from).dataType());
    }

    private static StructType replace(StructType s, String from, String to, org.apache.spark.sql.types.DataType type) {
        StructField[] f = s.fields().clone();
        int i = s.fieldIndex(from);
        f[i] = DataTypes.createStructField(to, type, true);
        return new StructType(f);
    }

    @Test
    void anEmbeddersColumnNamesGiveTheSameDecisions() {
        List<Row> rows = sample(300);
        ColumnMapping mapping = ColumnMapping.builder().rename("id", "hh_no").rename("region", "xzqh")
                .rename("members", "cy").rename("members.birthDate", "csrq").rename("incomes.monthlyAmount", "yjsr")
                .build();
        try (MinzhengSpark mapped = MinzhengSpark.on(spark, SparkTestSession.countySystem(), mapping)) {
            List<DecisionRow> viaMapping = mapped.assess(spark.createDataFrame(rows, embedderSchema()), MONTH, DIBAO)
                    .decisions().orderBy("subjectId").collectAsList();
            List<DecisionRow> viaCanonical = canonical.assess(spark.createDataFrame(rows, HouseholdRows.SCHEMA),
                    MONTH, DIBAO).decisions().orderBy("subjectId").collectAsList();
            assertThat(viaMapping).hasSize(rows.size()).isEqualTo(viaCanonical);
        }
    }

    /** Issue 17: no shuffle in assessment, one aggregation shuffle in costing (read off Spark's physical plans). */
    @Test
    void assessmentDoesNotShuffleAndCostingShufflesOnce() {
        Dataset<Row> rows = spark.createDataFrame(sample(200), HouseholdRows.SCHEMA);
        Assessment a = canonical.assess(rows, MONTH, DIBAO);
        assertThat(exchanges(a.decisions())).isZero();
        assertThat(a.decisions().count()).isPositive();
        org.minzheng.core.standards.Reform reform = org.minzheng.core.standards.Reform.builder("test")
                .set(org.minzheng.core.programs.dibao.Dibao.STANDARD_URBAN,
                        org.minzheng.core.money.Money.of("950.00")).build();
        Costing c = canonical.costReform(rows, reform, MONTH, DIBAO);
        assertThat(exchanges(c.byRegionAndProgram())).isEqualTo(1);
        assertThat(c.byRegionAndProgram().count()).isPositive();
        a.release();
        c.release();
    }

    /** Costing by township: lines per township that add up to the county's, each equal to the in-process sum. */
    @Test
    void costingByTownshipAddsUpToTheCounty() {
        SyntheticRegistry reg = new SyntheticRegistry(5, 600);
        List<Row> rows = new ArrayList<>();
        java.util.Map<String, long[]> want = new java.util.TreeMap<>();
        org.minzheng.core.standards.Reform reform = org.minzheng.core.standards.Reform.builder("test")
                .set(org.minzheng.core.programs.dibao.Dibao.STANDARD_RURAL,
                        org.minzheng.core.money.Money.of("990.00")).build();
        org.minzheng.runtime.CivilAffairs ca = SparkTestSession.countySystem();
        for (long i = 0; i < 600; i++) {
            if (SyntheticRegistry.broken(i)) {
                continue;
            }
            String township = "321112" + (101 + i % 3); // three townships of 丹徒区
            Household h = reg.household(i).toBuilder()
                    .region(org.minzheng.core.identity.RegionCode.parse(township)).build();
            rows.add(SyntheticRegistry.toRow(h));
            long[] w = want.computeIfAbsent(township, k -> new long[2]);
            org.minzheng.core.decision.Decision t = ca.assess(DIBAO, h, MONTH);
            org.minzheng.core.decision.Decision r = ca.withReform(reform).assess(DIBAO, h, MONTH);
            w[0] += t.eligible() ? t.amount().toFen() : 0;
            w[1] += r.eligible() ? r.amount().toFen() : 0;
        }
        Dataset<Row> data = spark.createDataFrame(rows, HouseholdRows.SCHEMA);
        Costing byTownship = canonical.costReform(data, reform, MONTH, org.minzheng.core.identity.RegionLevel.TOWNSHIP,
                DIBAO);
        java.util.Map<String, long[]> got = new java.util.TreeMap<>();
        for (CostingRow c : byTownship.byRegionAndProgram().collectAsList()) {
            got.put(c.getRegion(), new long[] {c.getAmountTodayFen(), c.getAmountReformFen()});
        }
        assertThat(got).containsOnlyKeys(want.keySet());
        want.forEach((k, w) -> assertThat(got.get(k)).as(k).containsExactly(w));
        List<CostingRow> county = canonical.costReform(data, reform, MONTH, DIBAO).byRegionAndProgram()
                .collectAsList();
        assertThat(county).singleElement().satisfies(c -> {
            assertThat(c.getRegion()).isEqualTo("321112");
            assertThat(c.getAmountTodayFen()).isEqualTo(want.values().stream().mapToLong(w -> w[0]).sum());
            assertThat(c.getAmountReformFen()).isEqualTo(want.values().stream().mapToLong(w -> w[1]).sum());
        });
        assertThat(county.get(0).getAmountReformFen()).isGreaterThan(county.get(0).getAmountTodayFen());
        byTownship.release();
    }

    private static int exchanges(Dataset<?> d) {
        String plan = d.queryExecution().executedPlan().toString();
        int n = 0;
        for (int at = plan.indexOf("Exchange "); at >= 0; at = plan.indexOf("Exchange ", at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aTableThatDoesNotFitIsRefusedOnTheDriverNamingFieldsOnly() {
        StructType income = replace(HouseholdRows.INCOME, "monthlyAmount", "monthlyAmount", DataTypes.DoubleType);
        StructType s = replace(HouseholdRows.SCHEMA, "incomes", "incomes", DataTypes.createArrayType(income, true));
        s = new StructType(java.util.Arrays.stream(s.fields()).filter(f -> !f.name().equals("hukou"))
                .toArray(StructField[]::new));
        Dataset<Row> bad = spark.createDataFrame(List.of(), s);
        assertThatThrownBy(() -> canonical.assess(bad, MONTH, DIBAO))
                .isInstanceOfSatisfying(InputSchemaException.class, e -> assertThat(e.problems()).containsExactly(
                        "hukou (column 'hukou'): missing, required (缺少必填字段)",
                        "incomes.monthlyAmount (column 'monthlyAmount'): double, expected a decimal (类型不符)"));
        assertThatThrownBy(() -> ColumnMapping.builder().rename("members.shoeSize", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectionsNameThePathAndReasonButNeverTheData() {
        SyntheticRegistry reg = new SyntheticRegistry(11, 10);
        Household h = reg.household(3);
        Row good = SyntheticRegistry.toRow(h);
        List<Row> members = new ArrayList<>(good.<Row>getList(4));
        Object[] head = new Object[members.get(0).size()];
        for (int k = 0; k < head.length; k++) {
            head[k] = members.get(0).get(k);
        }
        head[1] = "32011219800101123X"; // an identity number whose check digit is wrong
        head[2] = "张三丰";
        members.set(0, RowFactory.create(head));
        Object[] v = new Object[good.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = good.get(k);
        }
        v[4] = scala.jdk.javaapi.CollectionConverters.asScala(members).toSeq();
        Row badNumber = RowFactory.create(v);
        v = v.clone();
        v[0] = "H-out-of-region";
        v[4] = good.get(4);
        v[1] = "110101"; // Beijing: the county system has no dibao standard there, the rule fails
        Row noStandards = RowFactory.create(v);
        v = v.clone();
        v[0] = null;
        v[1] = good.get(1);
        Row noId = RowFactory.create(v);
        Row otherIncome = RowFactory.create(good.get(0), good.get(1), good.get(2), good.get(3), good.get(4),
                scala.jdk.javaapi.CollectionConverters.asScala(List.of(RowFactory.create("wage",
                        new BigDecimal("100.00"), null))).toSeq(), good.get(6));
        StructType schema = HouseholdRows.SCHEMA;
        Assessment a = canonical.assess(spark.createDataFrame(List.of(badNumber, noStandards, noId, otherIncome, good),
                schema).repartition(1), MONTH, DIBAO);
        List<RejectionRow> rejections = a.rejections().orderBy("rowKey", "path").collectAsList();
        assertThat(rejections).extracting(RejectionRow::getKind, RejectionRow::getRowKey, RejectionRow::getPath)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(RejectionRow.INVALID_ROW, "#0:2", "id"),
                        org.assertj.core.groups.Tuple.tuple(RejectionRow.INVALID_ROW, "H3", "members[0].idNumber"),
                        org.assertj.core.groups.Tuple.tuple(RejectionRow.RULE_FAILURE, "H-out-of-region",
                                "programs.dibao"));
        for (RejectionRow r : rejections) {
            assertThat(r.toString()).doesNotContain("32011219800101123X").doesNotContain("张三丰")
                    .doesNotContain("1980");
            assertThat(r.getReasonZh()).isNotBlank();
            assertThat(r.getReasonEn()).isNotBlank();
        }
        assertThat(a.summary()).isEqualTo(new JobSummary(5, 2, 1, 2, a.summary().eligible()));
        a.release();
    }
}
