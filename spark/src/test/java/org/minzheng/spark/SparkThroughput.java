package org.minzheng.spark;

import static org.minzheng.core.programs.NationalPrograms.DIBAO;
import static org.minzheng.core.programs.NationalPrograms.DIBAO_EDGE;
import static org.minzheng.core.programs.NationalPrograms.SENIOR_ALLOWANCE;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.runtime.CivilAffairs;

/**
 * Households per second (not a test: a measuring harness, README's Spark section): the same synthetic population
 * assessed for dibao, dibao-edge and the senior allowance in process (one thread), on Spark local[1] and local[2];
 * and the wall time of small jobs, Spark's fixed overhead. The rows are generated and cached in Spark before the
 * clock starts; each figure is the best of three runs.
 *
 * <pre>
 * mvn -B -pl spark -am package -DskipTests -Pthroughput [-Dthroughput.sizes=1000,10000,200000]
 * </pre>
 */
public final class SparkThroughput {

    private static final YearMonth MONTH = YearMonth.of(2022, 10);
    private static final ProgramCode[] PROGRAMS = {DIBAO, DIBAO_EDGE, SENIOR_ALLOWANCE};

    private SparkThroughput() {
    }

    /**
     * Measures.
     *
     * @param args comma-separated population sizes
     */
    public static void main(String[] args) {
        List<Long> sizes = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "1000,10000,200000").split(",")) {
            sizes.add(Long.parseLong(s.strip()));
        }
        CivilAffairs ca = SparkTestSession.countySystem();
        System.out.printf(Locale.ROOT, "%-10s %-10s %12s %14s%n", "households", "run", "seconds", "households/s");
        for (long n : sizes) {
            SyntheticRegistry reg = new SyntheticRegistry(20221015L, n);
            List<Household> hs = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                if (!SyntheticRegistry.broken(i)) {
                    hs.add(reg.household(i));
                }
            }
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                long decisions = 0;
                for (Household h : hs) {
                    decisions += inProcess(ca, h);
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                if (decisions == 0) {
                    throw new IllegalStateException("no decision");
                }
            }
            print(n, "in-process", best);
        }
        for (String master : List.of("local[1]", "local[2]")) {
            SparkSession spark = SparkSession.builder().master(master).appName("minzheng-throughput")
                    .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            try (MinzhengSpark ms = MinzhengSpark.on(spark, ca, ColumnMapping.identity())) {
                for (long n : sizes) {
                    SyntheticRegistry reg = new SyntheticRegistry(20221015L, n);
                    int slices = (int) Math.max(2, Math.min(12, n / 10_000));
                    Dataset<Row> rows = spark.range(0, n, 1, slices).mapPartitions(
                            (MapPartitionsFunction<Long, Row>) ids -> new Iterator<Row>() {
                                @Override
                                public boolean hasNext() {
                                    return ids.hasNext();
                                }

                                @Override
                                public Row next() {
                                    return reg.row(ids.next());
                                }
                            }, Encoders.row(HouseholdRows.SCHEMA)).cache();
                    rows.count();
                    double best = Double.MAX_VALUE;
                    for (int run = 0; run < 3; run++) {
                        long t0 = System.nanoTime();
                        Assessment a = ms.assess(rows, MONTH, PROGRAMS);
                        long decisions = a.decisions().count();
                        best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                        a.release();
                        if (decisions == 0) {
                            throw new IllegalStateException("no decision");
                        }
                    }
                    print(n, master, best);
                    rows.unpersist();
                }
            } finally {
                spark.stop();
            }
        }
    }

    private static int inProcess(CivilAffairs ca, Household h) {
        int made = 0;
        for (ProgramCode p : PROGRAMS) {
            if (ca.programs().forRegion(p, h.region()).subjectKind() == SubjectKind.HOUSEHOLD) {
                ca.assess(p, h, MONTH);
                made++;
            } else {
                for (Member m : h.members()) {
                    if (SubjectFacts.presentIn(m.person(), MONTH)) {
                        ca.assess(p, h, m.person().id(), MONTH);
                        made++;
                    }
                }
            }
        }
        return made;
    }

    private static void print(long n, String run, double seconds) {
        System.out.printf(Locale.ROOT, "%-10d %-10s %12.3f %14.0f%n", n, run, seconds, n / seconds);
    }
}
