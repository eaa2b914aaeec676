package org.minzheng.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Objects;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.minzheng.core.money.Money;
import org.minzheng.spark.internal.OutcomeRow;

/**
 * The result of costing a reform over a registry (改革方案测算结果): lines by region and program, aggregated with one
 * shuffle, exact to the fen (amounts are summed as whole fen in a {@code long}), and the rejections of the same pass.
 */
public final class Costing {

    private final Dataset<OutcomeRow> outcomes;
    private final Dataset<Row> input;
    private JobSummary summary;

    Costing(Dataset<OutcomeRow> outcomes, Dataset<Row> input) {
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.input = input;
    }

    /**
     * The costing by region (at the level asked for: county by default) and program, sorted by region then program.
     *
     * @return one line per region and program
     */
    public Dataset<CostingRow> byRegionAndProgram() {
        return outcomes.filter(col("line").isNotNull()).select("line.*")
                .groupBy("region", "program")
                .agg(sum("eligibleToday").as("eligibleToday"), sum("eligibleReform").as("eligibleReform"),
                        sum("amountTodayFen").as("amountTodayFen"), sum("amountReformFen").as("amountReformFen"),
                        sum("newlyEligible").as("newlyEligible"), sum("noLongerEligible").as("noLongerEligible"))
                // a few hundred lines: one partition sorted in place, no second shuffle for a global sort
                .coalesce(1).sortWithinPartitions("region", "program")
                .as(Encoders.bean(CostingRow.class));
    }

    /**
     * The rejections of the pass.
     *
     * @return rows that did not make a valid household, and subjects a rule could not assess
     */
    public Dataset<RejectionRow> rejections() {
        return Assessment.rejections(outcomes);
    }

    /**
     * The month's total today and under the reform, over every region and program (collected on the driver: one
     * line per region and program).
     *
     * @return today's total, then the reform's
     */
    public List<Money> totals() {
        long today = 0;
        long reform = 0;
        for (CostingRow c : byRegionAndProgram().collectAsList()) {
            today = Math.addExact(today, c.getAmountTodayFen());
            reform = Math.addExact(reform, c.getAmountReformFen());
        }
        return List.of(Money.ofFen(today), Money.ofFen(reform));
    }

    /**
     * What the job did (runs the job if it has not run).
     *
     * @return the summary; {@code decisions} counts costing lines (one per program and subject)
     */
    public synchronized JobSummary summary() {
        if (summary == null) {
            summary = Assessment.summarise(outcomes, input, "line");
        }
        return summary;
    }

    /**
     * Frees the persisted pass.
     */
    public void release() {
        outcomes.unpersist();
    }
}
