package org.minzheng.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * One decision (资格核定结果) of a program for a subject and month, as a Spark row: the program, the subject (a
 * household or a person, by id), the household and its region, whether the subject is eligible, the monthly amount
 * in fen (分, exact) and the reason codes (原因代码, comma-separated, in the rule's order).
 *
 * <p>A JavaBean because Spark's bean encoder needs a no-argument constructor and setters (decision record 0333);
 * treat it as a value.
 */
public final class DecisionRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String program;
    private String subjectKind;
    private String subjectId;
    private String householdId;
    private String region;
    private String month;
    private boolean eligible;
    private long amountFen;
    private String reasons;

    /** For Spark's encoder. */
    public DecisionRow() {
    }

    /**
     * A decision row.
     *
     * @param program the program code
     * @param subjectKind {@code household} or {@code person}
     * @param subjectId the subject's id
     * @param householdId the household's id
     * @param region the subject's region code
     * @param month the month, {@code yyyy-MM}
     * @param eligible whether eligible
     * @param amountFen the monthly amount in fen (0 when not eligible)
     * @param reasons the reason codes, comma-separated (empty when none)
     */
    public DecisionRow(String program, String subjectKind, String subjectId, String householdId, String region,
                       String month, boolean eligible, long amountFen, String reasons) {
        this.program = program;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.householdId = householdId;
        this.region = region;
        this.month = month;
        this.eligible = eligible;
        this.amountFen = amountFen;
        this.reasons = reasons;
    }

    /** @return the program code (业务项目代码) */
    public String getProgram() {
        return program;
    }

    /** @param value the program code */
    public void setProgram(String value) {
        this.program = value;
    }

    /** @return {@code household} or {@code person} */
    public String getSubjectKind() {
        return subjectKind;
    }

    /** @param value the subject kind */
    public void setSubjectKind(String value) {
        this.subjectKind = value;
    }

    /** @return the subject's id (对象编号) */
    public String getSubjectId() {
        return subjectId;
    }

    /** @param value the subject's id */
    public void setSubjectId(String value) {
        this.subjectId = value;
    }

    /** @return the household's id (户编号) */
    public String getHouseholdId() {
        return householdId;
    }

    /** @param value the household's id */
    public void setHouseholdId(String value) {
        this.householdId = value;
    }

    /** @return the region code (行政区划代码) */
    public String getRegion() {
        return region;
    }

    /** @param value the region code */
    public void setRegion(String value) {
        this.region = value;
    }

    /** @return the month, {@code yyyy-MM} */
    public String getMonth() {
        return month;
    }

    /** @param value the month */
    public void setMonth(String value) {
        this.month = value;
    }

    /** @return whether eligible (是否符合条件) */
    public boolean isEligible() {
        return eligible;
    }

    /** @param value whether eligible */
    public void setEligible(boolean value) {
        this.eligible = value;
    }

    /** @return the monthly amount in fen (月发放金额，分) */
    public long getAmountFen() {
        return amountFen;
    }

    /** @param value the amount in fen */
    public void setAmountFen(long value) {
        this.amountFen = value;
    }

    /** @return the reason codes, comma-separated */
    public String getReasons() {
        return reasons;
    }

    /** @param value the reason codes */
    public void setReasons(String value) {
        this.reasons = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionRow d && eligible == d.eligible && amountFen == d.amountFen
                && Objects.equals(program, d.program) && Objects.equals(subjectKind, d.subjectKind)
                && Objects.equals(subjectId, d.subjectId) && Objects.equals(householdId, d.householdId)
                && Objects.equals(region, d.region) && Objects.equals(month, d.month)
                && Objects.equals(reasons, d.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(program, subjectKind, subjectId, householdId, region, month, eligible, amountFen, reasons);
    }

    /** E.g. {@code DecisionRow[dibao household H1 2022-10 eligible 84000 fen]}. */
    @Override
    public String toString() {
        return "DecisionRow[" + program + " " + subjectKind + " " + subjectId + " " + month + " "
                + (eligible ? "eligible " : "not eligible ") + amountFen + " fen" + (reasons == null || reasons.isEmpty() ? "" : " " + reasons)
                + "]";
    }
}
