package org.minzheng.spring.boot;

import java.time.Duration;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.RunFailure;

/**
 * Where {@link AssessmentService} and {@link MonthlyRunService} report what they did (业务指标). The starter supplies a
 * Micrometer implementation when the application has a {@code MeterRegistry}; without one nothing is recorded.
 * Nothing passed here carries personal data.
 */
public interface MinzhengMetrics {

    /** Records nothing. */
    MinzhengMetrics NONE = new MinzhengMetrics() {
    };

    /**
     * An assessment ended with a decision.
     *
     * @param program the program
     * @param decision the decision
     * @param elapsed how long it took
     */
    default void assessed(ProgramCode program, Decision decision, Duration elapsed) {
    }

    /**
     * An assessment threw.
     *
     * @param program the program
     * @param error the exception
     * @param elapsed how long it took
     */
    default void assessmentFailed(ProgramCode program, RuntimeException error, Duration elapsed) {
    }

    /**
     * A monthly run failed a case (reported as it happens).
     *
     * @param failure the failure
     */
    default void runFailure(RunFailure failure) {
    }

    /**
     * A monthly run finished (or stopped early).
     *
     * @param run what it did
     */
    default void runFinished(MonthlyRun run) {
    }

    /**
     * A monthly run threw before it could finish.
     *
     * @param error the exception
     * @param elapsed how long it ran
     */
    default void runAborted(RuntimeException error, Duration elapsed) {
    }
}
