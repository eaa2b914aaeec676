package org.minzheng.core.rule;

import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.standards.Standard;

/**
 * Gradual exit (渐退): a case whose re-assessment fails for one reason only — the trigger, e.g. income not below
 * the standard — and, when the program says so, carries a note naming the cause that gradual exit is for (e.g.
 * the income is above the line because members work), keeps its last amount for a number of months set by a
 * standard instead of ending at once.
 *
 * @param months the standard that sets the grace months (0 switches gradual exit off)
 * @param trigger the failed reason that opens gradual exit when it is the only one
 * @param because a note the decision must also carry for gradual exit to open, or empty when the trigger alone
 *        suffices
 */
public record GradualExit(Standard<Integer> months, ReasonCode trigger, Optional<ReasonCode> because) {

    /**
     * Checks the parts.
     *
     * @param months the standard
     * @param trigger the reason, a failed condition
     * @param because the note required beside the trigger, or empty
     * @throws IllegalArgumentException if the trigger is a note, or {@code because} is a failed condition
     */
    public GradualExit {
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(because, "because");
        if (trigger.kind() != ReasonCode.Kind.FAILED) {
            throw new IllegalArgumentException("the trigger of gradual exit must be a failed condition: " + trigger);
        }
        if (because.isPresent() && because.get().kind() != ReasonCode.Kind.NOTE) {
            throw new IllegalArgumentException("the cause of gradual exit must be a note: " + because.get());
        }
    }

    /**
     * Gradual exit opened by the trigger alone.
     *
     * @param months the standard
     * @param trigger the reason, a failed condition
     */
    public GradualExit(Standard<Integer> months, ReasonCode trigger) {
        this(months, trigger, Optional.empty());
    }

    /**
     * Gradual exit opened by the trigger when the decision also carries a note naming its cause.
     *
     * @param months the standard
     * @param trigger the reason, a failed condition
     * @param because the note, e.g. {@code dibao.income-from-work}
     * @return the gradual exit
     */
    public static GradualExit when(Standard<Integer> months, ReasonCode trigger, ReasonCode because) {
        return new GradualExit(months, trigger, Optional.of(because));
    }

    /**
     * Whether a decision opens (or continues) gradual exit: not eligible, the trigger its only failed reason, and
     * the required note among its notes.
     *
     * @param d the decision of the month
     * @return true when gradual exit applies
     */
    public boolean opensOn(Decision d) {
        return !d.eligible() && d.reasons().size() == 1 && d.reasons().get(0).equals(trigger)
                && because.map(d.notes()::contains).orElse(true);
    }
}
