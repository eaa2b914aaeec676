package org.minzheng.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

import org.minzheng.core.money.Money;

/**
 * One line of a reform costing (改革方案测算) for a region (a county by default, or a township) and a program: how many subjects are eligible and what
 * they would be paid in the month with the standards in force (现行) and with the reform (改革后), in fen, exact; and
 * how many become eligible or stop being eligible. Entitlement-based: every eligible subject counts as paid
 * (decision record 0334).
 *
 * <p>A JavaBean because Spark's bean encoder needs a no-argument constructor and setters (decision record 0333);
 * treat it as a value.
 */
public final class CostingRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String region;
    private String program;
    private long eligibleToday;
    private long eligibleReform;
    private long amountTodayFen;
    private long amountReformFen;
    private long newlyEligible;
    private long noLongerEligible;

    /** For Spark's encoder. */
    public CostingRow() {
    }

    /** @return the region code at the costing's level (区划代码, short form: six digits for a county) */
    public String getRegion() {
        return region;
    }

    /** @param value the region code */
    public void setRegion(String value) {
        this.region = value;
    }

    /** @return the program code */
    public String getProgram() {
        return program;
    }

    /** @param value the program code */
    public void setProgram(String value) {
        this.program = value;
    }

    /** @return subjects eligible with today's standards (现行符合条件) */
    public long getEligibleToday() {
        return eligibleToday;
    }

    /** @param value the count */
    public void setEligibleToday(long value) {
        this.eligibleToday = value;
    }

    /** @return subjects eligible under the reform (改革后符合条件) */
    public long getEligibleReform() {
        return eligibleReform;
    }

    /** @param value the count */
    public void setEligibleReform(long value) {
        this.eligibleReform = value;
    }

    /** @return the month's amount today, in fen */
    public long getAmountTodayFen() {
        return amountTodayFen;
    }

    /** @param value the amount in fen */
    public void setAmountTodayFen(long value) {
        this.amountTodayFen = value;
    }

    /** @return the month's amount under the reform, in fen */
    public long getAmountReformFen() {
        return amountReformFen;
    }

    /** @param value the amount in fen */
    public void setAmountReformFen(long value) {
        this.amountReformFen = value;
    }

    /** @return subjects eligible under the reform but not today (新增) */
    public long getNewlyEligible() {
        return newlyEligible;
    }

    /** @param value the count */
    public void setNewlyEligible(long value) {
        this.newlyEligible = value;
    }

    /** @return subjects eligible today but not under the reform (退出) */
    public long getNoLongerEligible() {
        return noLongerEligible;
    }

    /** @param value the count */
    public void setNoLongerEligible(long value) {
        this.noLongerEligible = value;
    }

    /**
     * The month's amount today.
     *
     * @return the amount
     */
    public Money amountToday() {
        return Money.ofFen(amountTodayFen);
    }

    /**
     * The month's amount under the reform.
     *
     * @return the amount
     */
    public Money amountReform() {
        return Money.ofFen(amountReformFen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostingRow c && Objects.equals(region, c.region) && Objects.equals(program, c.program)
                && eligibleToday == c.eligibleToday && eligibleReform == c.eligibleReform
                && amountTodayFen == c.amountTodayFen && amountReformFen == c.amountReformFen
                && newlyEligible == c.newlyEligible && noLongerEligible == c.noLongerEligible;
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, program, eligibleToday, eligibleReform, amountTodayFen, amountReformFen,
                newlyEligible, noLongerEligible);
    }

    /** E.g. {@code CostingRow[321112 dibao: 1200 → 1260 eligible, 1008000.00 → 1102500.00]}. */
    @Override
    public String toString() {
        return "CostingRow[" + region + " " + program + ": " + eligibleToday + " → " + eligibleReform + " eligible, "
                + amountToday() + " → " + amountReform() + "]";
    }
}
