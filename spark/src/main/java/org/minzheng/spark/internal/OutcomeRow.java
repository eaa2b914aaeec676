package org.minzheng.spark.internal;

import java.io.Serial;
import java.io.Serializable;

import org.minzheng.spark.CostingRow;
import org.minzheng.spark.DecisionRow;
import org.minzheng.spark.RejectionRow;

/**
 * What one pass over the rows produces, one of three: a decision, a rejection or a costing line. One pass, kept
 * (persisted), so that rejections are counted from the very run that made the decisions. A JavaBean for Spark's
 * encoder.
 */
public final class OutcomeRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private DecisionRow decision;
    private RejectionRow rejection;
    private CostingRow line;

    /** For Spark's encoder. */
    public OutcomeRow() {
    }

    static OutcomeRow of(DecisionRow d) {
        OutcomeRow o = new OutcomeRow();
        o.decision = d;
        return o;
    }

    static OutcomeRow of(RejectionRow r) {
        OutcomeRow o = new OutcomeRow();
        o.rejection = r;
        return o;
    }

    static OutcomeRow of(CostingRow c) {
        OutcomeRow o = new OutcomeRow();
        o.line = c;
        return o;
    }

    /** @return the decision, or null */
    public DecisionRow getDecision() {
        return decision;
    }

    /** @param value the decision */
    public void setDecision(DecisionRow value) {
        this.decision = value;
    }

    /** @return the rejection, or null */
    public RejectionRow getRejection() {
        return rejection;
    }

    /** @param value the rejection */
    public void setRejection(RejectionRow value) {
        this.rejection = value;
    }

    /** @return the costing line, or null */
    public CostingRow getLine() {
        return line;
    }

    /** @param value the costing line */
    public void setLine(CostingRow value) {
        this.line = value;
    }
}
