package org.minzheng.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.minzheng.core.identity.RegionLevel;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.standards.Reform;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spark.internal.OutcomeRow;
import org.minzheng.spark.internal.PartitionRunner;
import org.minzheng.spark.internal.ReformSpec;
import org.minzheng.spark.internal.RowLayout;
import org.minzheng.spark.internal.RuntimeSpec;

/**
 * minzheng's program rules inside Apache Spark (分布式核定): assessment, screening and reform costing over a Dataset
 * of {@linkplain HouseholdRows household rows}, with the programs and standards of an embedder's
 * {@link CivilAffairs} — the same rules, the same results to the fen.
 *
 * <pre>{@code
 * CivilAffairs ca = CivilAffairs.builder().build();            // the county system's providers and programs
 * MinzhengSpark ms = MinzhengSpark.on(spark, ca, mapping);     // standards read here, once, and broadcast
 * Assessment a = ms.assess(households, YearMonth.of(2022, 10), NationalPrograms.DIBAO);
 * a.decisions().write().parquet("out/decisions");
 * a.rejections().write().parquet("out/rejections");
 * }</pre>
 *
 * <p><b>Partitions.</b> Each partition is processed on its own, row by row; assessment and screening's assessment do
 * not shuffle, costing shuffles once to aggregate. The runtime on an executor resolves standards once per region and
 * month and keeps them for every task of that JVM, so data laid out by county (as registries partitioned by county
 * usually are, or after {@link #byCounty(Dataset, ColumnMapping, int)} once) resolve few times.
 *
 * <p><b>Personal data.</b> Nothing here logs a row; rejections carry paths and reasons, never values; a rule's
 * exception is reduced to its class name before it leaves the task.
 *
 * <p>Immutable; the broadcast is released with {@link #close()}.
 */
public final class MinzhengSpark implements AutoCloseable {

    private final SparkSession spark;
    private final ColumnMapping mapping;
    private final RuntimeSpec spec;
    private final Broadcast<RuntimeSpec> broadcast;
    private final CivilAffairs ca;

    private MinzhengSpark(SparkSession spark, CivilAffairs ca, ColumnMapping mapping) {
        this.spark = spark;
        this.ca = ca;
        this.mapping = mapping;
        this.spec = RuntimeSpec.of(ca);
        this.broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(spec);
    }

    /**
     * Reads the runtime's standards (once, on the driver) and broadcasts them with its programs.
     *
     * @param spark the session
     * @param ca the runtime whose providers and programs decide, as in a county system
     * @param mapping the embedder's column names
     * @return the entry point
     */
    public static MinzhengSpark on(SparkSession spark, CivilAffairs ca, ColumnMapping mapping) {
        return new MinzhengSpark(Objects.requireNonNull(spark, "spark"), Objects.requireNonNull(ca, "ca"),
                Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * Number of standard values read from the providers and broadcast.
     *
     * @return the count
     */
    public int standardValues() {
        return spec.standardValues();
    }

    /**
     * Assesses every household (and, for a person program, every member present in the month) for the programs, in
     * one pass without a shuffle.
     *
     * @param households rows of the {@linkplain HouseholdRows row schema} under this mapping
     * @param month the month assessed
     * @param programs the programs, at least one
     * @return the decisions and rejections
     * @throws InputSchemaException if the rows do not fit the schema (checked here, before any row is read)
     * @throws org.minzheng.runtime.UnknownProgramException if a program is unknown
     */
    public Assessment assess(Dataset<Row> households, YearMonth month, ProgramCode... programs) {
        return new Assessment(run(households, month, programs, null, RegionLevel.COUNTY), households);
    }

    /**
     * Screening (精准排查): the decisions of subjects who qualify and have no case for the program.
     *
     * @param assessment an assessment
     * @param cases the existing (open or pending) cases, with string columns {@code program}, {@code subjectKind}
     *        ({@code household} or {@code person}) and {@code subjectId}
     * @return the eligible decisions with no case
     */
    public Dataset<DecisionRow> screen(Assessment assessment, Dataset<Row> cases) {
        Dataset<Row> keys = cases.select(col("program"), col("subjectKind"), col("subjectId")).distinct();
        Dataset<DecisionRow> eligible = assessment.decisions().filter(col("eligible"));
        return eligible.join(keys, eligible.col("program").equalTo(keys.col("program"))
                        .and(eligible.col("subjectKind").equalTo(keys.col("subjectKind")))
                        .and(eligible.col("subjectId").equalTo(keys.col("subjectId"))), "left_anti")
                .as(Encoders.bean(DecisionRow.class));
    }

    /**
     * Costs a reform for a month by county and program.
     *
     * @param households rows of the row schema under this mapping
     * @param reform the reform
     * @param month the month
     * @param programs the programs, at least one
     * @return the costing and rejections
     * @see #costReform(Dataset, Reform, YearMonth, RegionLevel, ProgramCode...)
     */
    public Costing costReform(Dataset<Row> households, Reform reform, YearMonth month, ProgramCode... programs) {
        return costReform(households, reform, month, RegionLevel.COUNTY, programs);
    }

    /**
     * Costs a reform for a month (改革方案测算): every subject assessed with today's standards and with the reform's
     * values laid over them, aggregated by region and program with one shuffle. Entitlement-based: every eligible
     * subject counts as paid (decision record 0334).
     *
     * @param households rows of the row schema under this mapping
     * @param reform the reform
     * @param month the month
     * @param by the level of the regions in the result: {@code COUNTY} (县级) or {@code TOWNSHIP} (乡级), …
     * @param programs the programs, at least one
     * @return the costing and rejections
     */
    public Costing costReform(Dataset<Row> households, Reform reform, YearMonth month, RegionLevel by,
                              ProgramCode... programs) {
        Objects.requireNonNull(reform, "reform");
        Objects.requireNonNull(by, "by");
        return new Costing(run(households, month, programs, new ReformSpec(reform), by), households);
    }

    private Dataset<OutcomeRow> run(Dataset<Row> households, YearMonth month, ProgramCode[] programs,
                                    ReformSpec reform, RegionLevel level) {
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(month, "month");
        if (programs.length == 0) {
            throw new IllegalArgumentException("no program to assess (未指定业务项目)");
        }
        for (ProgramCode p : programs) {
            ca.programs().get(p); // UnknownProgramException on the driver, not in a task
        }
        RowLayout layout = RowLayout.of(households.schema(), mapping);
        Dataset<OutcomeRow> out = households.mapPartitions(
                new PartitionRunner(broadcast, layout, List.of(programs), month, reform, level),
                Encoders.bean(OutcomeRow.class));
        return out.persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * Lays rows out by county (县级行政区划): one shuffle, done once before the rows are written, so that later jobs
     * read partitions of one county each and resolve standards few times.
     *
     * @param households rows of the row schema
     * @param mapping the embedder's column names
     * @param partitions the number of partitions
     * @return the rows, partitioned by the region's first six digits and sorted by region within a partition
     */
    public static Dataset<Row> byCounty(Dataset<Row> households, ColumnMapping mapping, int partitions) {
        String region = mapping.nameOf("region");
        return households.repartition(partitions, substring(col(region), 1, 6)).sortWithinPartitions(col(region));
    }

    /**
     * Destroys the broadcast and forgets the runtimes built from it in this JVM.
     */
    @Override
    public void close() {
        broadcast.destroy();
        spec.release();
    }

    /** E.g. {@code MinzhengSpark[ColumnMapping[], 412 standard values]}. */
    @Override
    public String toString() {
        return "MinzhengSpark[" + mapping + ", " + spec.standardValues() + " standard values]";
    }
}
