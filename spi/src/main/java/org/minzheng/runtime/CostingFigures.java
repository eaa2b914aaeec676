package org.minzheng.runtime;

import java.util.Objects;

import org.minzheng.core.money.Money;

/**
 * The figures of a reform costing (测算数字) for one line or total: the cost today (现行标准下的支出) and under the
 * reform (改革方案下的支出), exact to the fen, the subjects in coverage in each, and the households and persons that
 * become eligible (新增符合条件) or stop being eligible (不再符合条件) under the reform.
 *
 * <p>A subject is a household or a person, as the program grants. In a {@link CostingLine} (one month) the counts
 * are of that month; in a total over a period ({@link ReformCosting#programs()}, {@link ReformCosting#townships()},
 * {@link ReformCosting#total()}) each subject, household and person is counted once however many months it
 * appears in, while the amounts are summed over the months.
 *
 * @param today the cost with the standards in force (what the monthly run would pay), yuan
 * @param reform the cost with the reform's standards, including subjects newly eligible, yuan
 * @param subjectsToday subjects in coverage today (paid, served, or paid in gradual exit)
 * @param subjectsReform subjects in coverage under the reform
 * @param newlyEligibleHouseholds households in coverage under the reform and not today
 * @param newlyEligiblePersons persons of those households (or the persons themselves, for a person program)
 * @param noLongerEligibleHouseholds households in coverage today and not under the reform
 * @param noLongerEligiblePersons persons of those households (or the persons themselves)
 */
public record CostingFigures(Money today, Money reform, int subjectsToday, int subjectsReform,
                             int newlyEligibleHouseholds, int newlyEligiblePersons,
                             int noLongerEligibleHouseholds, int noLongerEligiblePersons) {

    /** No cost and nobody. */
    public static final CostingFigures ZERO = new CostingFigures(Money.ZERO, Money.ZERO, 0, 0, 0, 0, 0, 0);

    /**
     * Checks the components.
     *
     * @throws NullPointerException if an amount is null
     * @throws IllegalArgumentException if an amount or a count is negative
     */
    public CostingFigures {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(reform, "reform");
        if (today.isNegative() || reform.isNegative()) {
            throw new IllegalArgumentException("a cost cannot be negative (支出不能为负): today " + today
                    + ", reform " + reform);
        }
        if (subjectsToday < 0 || subjectsReform < 0 || newlyEligibleHouseholds < 0 || newlyEligiblePersons < 0
                || noLongerEligibleHouseholds < 0 || noLongerEligiblePersons < 0) {
            throw new IllegalArgumentException("a count cannot be negative (人数、户数不能为负)");
        }
    }

    /**
     * The change the reform makes (变化额): reform minus today.
     *
     * @return the change, negative when the reform costs less
     */
    public Money change() {
        return reform.minus(today);
    }

    /**
     * Whether the reform changes nothing here: the same cost and coverage, nobody gains or loses eligibility.
     *
     * @return true when the reform leaves these figures as they are
     */
    public boolean unchanged() {
        return today.equals(reform) && subjectsToday == subjectsReform && newlyEligibleHouseholds == 0
                && newlyEligiblePersons == 0 && noLongerEligibleHouseholds == 0 && noLongerEligiblePersons == 0;
    }
}
