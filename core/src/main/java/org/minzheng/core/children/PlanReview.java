package org.minzheng.core.children;

import java.time.LocalDate;
import java.util.Objects;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;

/**
 * A review of a case service plan (个案服务计划评估回访): when, by whom, what was found, and
 * whether the plan is closed.
 *
 * @param date the review date
 * @param reviewer who reviewed, not blank
 * @param findings what was found, not blank (personal data: not shown by the plan's toString)
 * @param closed whether the plan is closed (结案) by this review
 */
public record PlanReview(LocalDate date, String reviewer, String findings, boolean closed) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if {@code reviewer} or {@code findings} is blank
     */
    public PlanReview {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(findings, "findings");
        Violations v = new Violations();
        v.notBlank("reviewer", reviewer);
        v.notBlank("findings", findings);
        v.throwIfAny();
    }

    /**
     * A short description without the findings.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "PlanReview[date=" + date + ", closed=" + closed + "]";
    }
}
