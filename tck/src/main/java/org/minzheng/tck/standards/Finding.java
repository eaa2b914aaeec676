package org.minzheng.tck.standards;

import java.util.Objects;

/**
 * One failure of a contract check (检查发现的问题): which check, what is wrong and what to fix.
 *
 * @param check the check that failed
 * @param problem what is wrong, naming the standard, region and dates involved
 * @param fix what the vendor should change
 */
public record Finding(StandardsCheck check, String problem, String fix) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** E.g. {@code [SP05] dibao.standard.urban@3211 … — fix: …}. */
    @Override
    public String toString() {
        return "[" + check.id() + "] " + problem + " — fix: " + fix;
    }
}
