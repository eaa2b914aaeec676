package org.minzheng.spark;

/**
 * What a job did (作业汇总): rows read, rows rejected, subjects a rule could not assess, decisions made and how many
 * were eligible. Every row read is either used or counted as rejected: {@code rowsRead == householdsUsed +
 * rowsRejected}.
 *
 * @param rowsRead household rows in the input (读入行数)
 * @param rowsRejected rows that did not make a valid household (拒收行数)
 * @param ruleFailures subjects a rule could not assess (规则无法评估)
 * @param decisions decisions or costing lines made (核定结果数)
 * @param eligible of those, eligible (today, for a costing) (符合条件数)
 */
public record JobSummary(long rowsRead, long rowsRejected, long ruleFailures, long decisions, long eligible) {

    /**
     * Households turned into minzheng households and assessed.
     *
     * @return {@code rowsRead - rowsRejected}
     */
    public long householdsUsed() {
        return rowsRead - rowsRejected;
    }

    /** E.g. {@code 200000 rows read, 120 rejected, 0 rule failures, 400000 decisions (31000 eligible)}. */
    @Override
    public String toString() {
        return rowsRead + " rows read, " + rowsRejected + " rejected, " + ruleFailures + " rule failures, " + decisions
                + " decisions (" + eligible + " eligible)";
    }
}
