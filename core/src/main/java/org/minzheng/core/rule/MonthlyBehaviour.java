package org.minzheng.core.rule;

import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.cases.ApprovalLevel;

/**
 * How a program behaves in the monthly run (月度运行规则): when it pays ({@link Schedule}), whether a case
 * whose subject no longer qualifies goes through gradual exit ({@link GradualExit}), whether and how
 * qualifying subjects without a case are found ({@link Screening}), and the level that approves its cases.
 *
 * @param schedule when the program pays
 * @param gradualExit gradual exit, or empty when a case that no longer qualifies ends at once
 * @param screening screening of the registry
 * @param approval the level that approves a case (for 临时救助 the rule may require the county above a
 *        township limit)
 */
public record MonthlyBehaviour(Schedule schedule, Optional<GradualExit> gradualExit, Screening screening,
                               ApprovalLevel approval) {

    /**
     * Checks the parts.
     *
     * @param schedule the schedule
     * @param gradualExit gradual exit, or empty
     * @param screening the screening
     * @param approval the approving level
     * @throws IllegalArgumentException if a program paid on approval or yearly declares gradual exit
     */
    public MonthlyBehaviour {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(gradualExit, "gradualExit");
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(approval, "approval");
        if (gradualExit.isPresent() && schedule.kind() != Schedule.Kind.MONTHLY) {
            throw new IllegalArgumentException("only a program paid monthly can have gradual exit, not one paid "
                    + schedule);
        }
    }

    /**
     * Paid monthly, no gradual exit, no screening, approved by the county.
     *
     * @return the behaviour
     */
    public static MonthlyBehaviour monthly() {
        return new MonthlyBehaviour(Schedule.monthly(), Optional.empty(), Screening.none(), ApprovalLevel.COUNTY);
    }

    /**
     * Paid on a schedule, no gradual exit, no screening, approved by the county.
     *
     * @param schedule the schedule
     * @return the behaviour
     */
    public static MonthlyBehaviour of(Schedule schedule) {
        return new MonthlyBehaviour(schedule, Optional.empty(), Screening.none(), ApprovalLevel.COUNTY);
    }

    /**
     * This behaviour with gradual exit.
     *
     * @param value the gradual exit
     * @return the behaviour
     */
    public MonthlyBehaviour withGradualExit(GradualExit value) {
        return new MonthlyBehaviour(schedule, Optional.of(value), screening, approval);
    }

    /**
     * This behaviour with screening.
     *
     * @param value the screening
     * @return the behaviour
     */
    public MonthlyBehaviour withScreening(Screening value) {
        return new MonthlyBehaviour(schedule, gradualExit, value, approval);
    }

    /**
     * This behaviour with an approving level.
     *
     * @param value the level
     * @return the behaviour
     */
    public MonthlyBehaviour withApproval(ApprovalLevel value) {
        return new MonthlyBehaviour(schedule, gradualExit, screening, value);
    }
}
