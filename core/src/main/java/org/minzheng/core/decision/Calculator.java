package org.minzheng.core.decision;

import java.time.YearMonth;

import org.minzheng.core.standards.ResolvedStandards;

/**
 * A program's rule as a pure function (测算规则): (request, resolved standards, month, regional rules) →
 * {@link Decision}. No I/O, no clock, no state: the same arguments give the same decision.
 */
@FunctionalInterface
public interface Calculator {

    /**
     * Assesses one subject for one month.
     *
     * @param request the subject and what is known about it
     * @param standards the standards in force for the subject's region in the month
     * @param month the month assessed
     * @param rules the region's replacements of national rules, or {@link RegionalRules#NATIONAL}
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     * @throws IllegalArgumentException if the request lacks what the program needs
     */
    Decision assess(AssessmentRequest request, ResolvedStandards standards, YearMonth month, RegionalRules rules);
}
