package org.minzheng.tck.programs;

import java.util.Objects;

/**
 * One failure of a program-contract check (检查发现的问题): which check, which program, what is wrong and what to
 * fix.
 *
 * @param check the check that failed
 * @param program the program concerned, e.g. {@code js-spring-festival}, or a variant such as {@code tekun (variant
 *        for 32)}; the provider's id for a finding about the provider itself
 * @param problem what is wrong; for a rule, with the smallest generated example that shows it (identifiers, ages
 *        and amounts only: the subjects are synthetic and no name is printed)
 * @param fix what the vendor should change
 */
public record Finding(ProgramCheck check, String program, String problem, String fix) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** E.g. {@code [PC07] js-spring-festival: the rule gave … — fix: …}. */
    @Override
    public String toString() {
        return "[" + check.id() + "] " + program + ": " + problem + " — fix: " + fix;
    }
}
