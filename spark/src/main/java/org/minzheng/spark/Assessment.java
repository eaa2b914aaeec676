package org.minzheng.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Objects;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.minzheng.spark.internal.OutcomeRow;

/**
 * The result of assessing a registry (资格核定结果集): decisions and rejections from one pass over the rows. The pass
 * is persisted on first use so that decisions, rejections and the summary agree; {@link #release()} frees it.
 */
public final class Assessment {

    private final Dataset<OutcomeRow> outcomes;
    private final Dataset<Row> input;
    private JobSummary summary;

    Assessment(Dataset<OutcomeRow> outcomes, Dataset<Row> input) {
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.input = input;
    }

    /**
     * The decisions: one per program and subject (a household, or each member present in the month for a person
     * program).
     *
     * @return the decisions
     */
    public Dataset<DecisionRow> decisions() {
        return outcomes.filter(col("decision").isNotNull()).select("decision.*").as(Encoders.bean(DecisionRow.class));
    }

    /**
     * The rejections: rows that did not make a valid household, and subjects a rule could not assess.
     *
     * @return the rejections
     */
    public Dataset<RejectionRow> rejections() {
        return rejections(outcomes);
    }

    static Dataset<RejectionRow> rejections(Dataset<OutcomeRow> outcomes) {
        return outcomes.filter(col("rejection").isNotNull()).select("rejection.*")
                .as(Encoders.bean(RejectionRow.class));
    }

    /**
     * What the job did (runs the job if it has not run).
     *
     * @return the summary
     */
    public synchronized JobSummary summary() {
        if (summary == null) {
            summary = summarise(outcomes, input, "decision");
        }
        return summary;
    }

    static JobSummary summarise(Dataset<OutcomeRow> outcomes, Dataset<Row> input, String made) {
        Row r = outcomes.agg(
                org.apache.spark.sql.functions.countDistinct(
                        org.apache.spark.sql.functions.when(col("rejection.kind").equalTo(RejectionRow.INVALID_ROW),
                                col("rejection.rowKey"))),
                org.apache.spark.sql.functions.count(
                        org.apache.spark.sql.functions.when(col("rejection.kind").equalTo(RejectionRow.RULE_FAILURE),
                                org.apache.spark.sql.functions.lit(1))),
                org.apache.spark.sql.functions.count(col(made)),
                org.apache.spark.sql.functions.coalesce(org.apache.spark.sql.functions.sum(
                        made.equals("decision")
                                ? org.apache.spark.sql.functions.when(col("decision.eligible"), 1L).otherwise(0L)
                                : col("line.eligibleToday")), org.apache.spark.sql.functions.lit(0L)))
                .first();
        return new JobSummary(input.count(), r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3));
    }

    /**
     * Frees the persisted pass.
     */
    public void release() {
        outcomes.unpersist();
    }
}
