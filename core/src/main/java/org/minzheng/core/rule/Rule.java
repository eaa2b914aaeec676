package org.minzheng.core.rule;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * A program's rule as a pure function (审核测算规则): (request, standards in force) → {@link Decision}. The
 * runtime starts the decision for the subject, month and region and hands it over; the rule reads
 * standards through it (so that the decision records them), records failed conditions, components and
 * explanation steps, and builds it.
 *
 * @param <R> the request type
 * @implSpec Pure and deterministic: no I/O, no clock, no state, the same arguments give an equal decision.
 * Never a negative amount; only the reasons the program declares.
 */
@FunctionalInterface
public interface Rule<R> {

    /**
     * Decides.
     *
     * @param request what the rule reads about the subject
     * @param standards the standards in force for the subject's region in the month
     * @param decision the decision to fill in and build
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    Decision decide(R request, ResolvedStandards standards, Decision.Builder decision);
}
