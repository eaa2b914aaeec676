package org.minzheng.core.rule;

import java.util.Objects;

import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.standards.Standard;

/**
 * Gradual exit (渐退): a case whose re-assessment fails for one reason only — the trigger, e.g. income risen
 * above the standard through work — keeps its last amount for a number of months set by a standard instead
 * of ending at once.
 *
 * @param months the standard that sets the grace months (0 switches gradual exit off)
 * @param trigger the failed reason that opens gradual exit when it is the only one
 */
public record GradualExit(Standard<Integer> months, ReasonCode trigger) {

    /**
     * Checks the parts.
     *
     * @param months the standard
     * @param trigger the reason, a failed condition
     * @throws IllegalArgumentException if the trigger is a note
     */
    public GradualExit {
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(trigger, "trigger");
        if (trigger.kind() != ReasonCode.Kind.FAILED) {
            throw new IllegalArgumentException("the trigger of gradual exit must be a failed condition: " + trigger);
        }
    }
}
