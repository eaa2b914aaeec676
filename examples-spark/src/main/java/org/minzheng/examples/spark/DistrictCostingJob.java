package org.minzheng.examples.spark;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.identity.RegionLevel;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.Household;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.examples.demo.DantuDistrict;
import org.minzheng.examples.demo.population.Parameters;
import org.minzheng.examples.demo.population.PopulationGenerator;
import org.minzheng.examples.demo.population.SyntheticDistrict;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spark.ColumnMapping;
import org.minzheng.spark.Costing;
import org.minzheng.spark.CostingRow;
import org.minzheng.spark.HouseholdRows;
import org.minzheng.spark.MinzhengSpark;

/**
 * The demo district (丹徒区) on Spark: writes the demo's synthetic district as Parquet (if not there yet), reads it
 * back as a data platform would, and prints the costing of raising the dibao standard (低保标准) by 5 % in October
 * 2022, by township and program, with the Jiangsu plugin's standards.
 *
 * <pre>
 * mvn -B -pl examples-spark -am compile exec:java -Dexec.classpathScope=compile [-Dexec.args="target/dantu 0.1"]
 * </pre>
 *
 * Arguments: the Parquet directory (default {@code target/dantu-parquet}) and the population scale (default 0.1,
 * a tenth of the district). Runs in {@code local[*]}; on a cluster, submit it with {@code spark-submit} and leave
 * the master to the cluster ({@code -Dspark.master}).
 */
public final class DistrictCostingJob {

    private static final YearMonth MONTH = YearMonth.of(2022, 10);

    private DistrictCostingJob() {
    }

    /**
     * Runs the job.
     *
     * @param args the Parquet directory and the population scale, both optional
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/dantu-parquet");
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve("_SUCCESS"))) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    // never overwrite a directory this job did not write (it would be emptied by Spark's overwrite)
                    System.err.println("输出目录非空且不是本作业写的 Parquet: " + dir
                            + " / the directory is not empty and holds no Parquet this job wrote: " + dir);
                    System.exit(2);
                }
            }
            Files.delete(dir); // empty: Spark writes the directory itself and refuses one that exists
        }
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        SparkSession spark = SparkSession.builder().appName("minzheng: dibao +5 % in 丹徒区")
                .master(System.getProperty("spark.master", "local[*]"))
                .config("spark.ui.enabled", "false")
                // on a laptop, Spark talks to itself over the loopback only
                .config("spark.driver.host", System.getProperty("spark.driver.host", "127.0.0.1"))
                .config("spark.driver.bindAddress", System.getProperty("spark.driver.bindAddress", "127.0.0.1"))
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
        try {
            if (!Files.exists(dir.resolve("_SUCCESS"))) {
                // the generator step: the demo's district, as the registry a platform would already hold
                // (the demo's population generator: households and persons are facts; no case is needed for costing)
                Money line = CivilAffairs.builder().build().standards(DantuDistrict.REGION, MONTH)
                        .get(Dibao.STANDARD_RURAL);
                SyntheticDistrict district = PopulationGenerator.generate(20221001L, scale,
                        Parameters.defaults(line), MONTH, MONTH);
                List<Row> rows = new ArrayList<>(district.households().size());
                for (Household h : district.households()) {
                    rows.add(HouseholdRows.toRow(h));
                }
                spark.createDataFrame(rows, HouseholdRows.SCHEMA).write().mode(SaveMode.ErrorIfExists)
                        .parquet(dir.toString());
                System.out.printf("wrote %d households to %s%n", rows.size(), dir);
            }
            Dataset<Row> households = spark.read().parquet(dir.toString());

            CivilAffairs ca = CivilAffairs.builder().build(); // the county system: Jiangsu plugin, discovered
            ResolvedStandards today = ca.standards(DantuDistrict.REGION, MONTH);
            Money urban = today.find(Dibao.STANDARD_URBAN).orElseThrow();
            Money rural = today.find(Dibao.STANDARD_RURAL).orElseThrow();
            Reform reform = Reform.builder("低保标准提高 5 %")
                    .set(Dibao.STANDARD_URBAN, urban.times(new java.math.BigDecimal("1.05"), RoundingMode.HALF_UP))
                    .set(Dibao.STANDARD_RURAL, rural.times(new java.math.BigDecimal("1.05"), RoundingMode.HALF_UP))
                    .within(DantuDistrict.REGION).build();

            try (MinzhengSpark ms = MinzhengSpark.on(spark, ca, ColumnMapping.identity())) {
                Costing costing = ms.costReform(households, reform, MONTH, RegionLevel.TOWNSHIP,
                        NationalPrograms.DIBAO, NationalPrograms.DIBAO_EDGE);
                Map<RegionCode, String> names = DantuDistrict.names();
                System.out.printf("%n%s, %s: urban %s -> %s, rural %s -> %s yuan a month%n", reform.name(), MONTH,
                        urban, reform.values().get(Dibao.STANDARD_URBAN), rural,
                        reform.values().get(Dibao.STANDARD_RURAL));
                System.out.printf("%-10s %-6s %-11s %7s %7s %5s %13s %13s %11s%n", "township", "", "program",
                        "today", "reform", "new", "today (yuan)", "reform (yuan)", "change");
                for (CostingRow c : costing.byRegionAndProgram().collectAsList()) {
                    String name = names.getOrDefault(RegionCode.parse(c.getRegion()), "");
                    System.out.printf("%-10s %-6s %-11s %7d %7d %5d %13s %13s %11s%n", c.getRegion(), name,
                            c.getProgram(), c.getEligibleToday(), c.getEligibleReform(), c.getNewlyEligible(),
                            c.amountToday(), c.amountReform(), c.amountReform().minus(c.amountToday()));
                }
                List<Money> totals = costing.totals();
                System.out.printf("total a month: %s -> %s yuan (%s more); a year: %s more%n", totals.get(0),
                        totals.get(1), totals.get(1).minus(totals.get(0)), totals.get(1).minus(totals.get(0)).times(12));
                System.out.println("job: " + costing.summary());
                costing.release();
            }
        } finally {
            spark.stop();
        }
    }
}
