package org.minzheng.spring.boot;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Objects;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.runtime.CivilAffairs;

/**
 * {@link CivilAffairs#assess} with metrics (带指标的测算): every assessment is counted and timed by program and outcome
 * ({@code minzheng.assessments}, outcome {@code eligible}, {@code ineligible} or {@code error}). Use it where the
 * application assesses; {@link #civilAffairs()} gives the runtime for everything else.
 *
 * <p>Thread-safe.
 */
public class AssessmentService {

    private final CivilAffairs civilAffairs;
    private final MinzhengMetrics metrics;

    /**
     * Creates the service.
     *
     * @param civilAffairs the runtime
     * @param metrics where to report
     */
    public AssessmentService(CivilAffairs civilAffairs, MinzhengMetrics metrics) {
        this.civilAffairs = Objects.requireNonNull(civilAffairs, "civilAffairs");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Assesses a household for a household program.
     *
     * @param program the program, e.g. {@code NationalPrograms.DIBAO}
     * @param household the household
     * @param month the month
     * @return the decision
     * @see CivilAffairs#assess(ProgramCode, Household, YearMonth)
     */
    public Decision assess(ProgramCode program, Household household, YearMonth month) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(month, "month");
        return timed(program, () -> civilAffairs.assess(program, household, month));
    }

    /**
     * Assesses a member of a household for a person program.
     *
     * @param program the program
     * @param household the household
     * @param person the member
     * @param month the month
     * @return the decision
     * @see CivilAffairs#assess(ProgramCode, Household, PersonId, YearMonth)
     */
    public Decision assess(ProgramCode program, Household household, PersonId person, YearMonth month) {
        return timed(program, () -> civilAffairs.assess(program, household, person, month));
    }

    /**
     * Assesses a subject from everything known about it.
     *
     * @param program the program
     * @param facts the facts
     * @return the decision
     * @see CivilAffairs#assess(ProgramCode, SubjectFacts)
     */
    public Decision assess(ProgramCode program, SubjectFacts facts) {
        return timed(program, () -> civilAffairs.assess(program, facts));
    }

    /**
     * The runtime.
     *
     * @return the runtime
     */
    public CivilAffairs civilAffairs() {
        return civilAffairs;
    }

    private Decision timed(ProgramCode program, java.util.function.Supplier<Decision> work) {
        Objects.requireNonNull(program, "program");
        long start = System.nanoTime();
        Decision d;
        try {
            d = work.get();
        } catch (RuntimeException e) {
            metrics.assessmentFailed(program, e, Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
        metrics.assessed(program, d, Duration.ofNanos(System.nanoTime() - start));
        return d;
    }
}
