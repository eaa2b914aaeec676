package org.minzheng.runtime;

import java.time.Instant;
import java.util.Objects;

import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.program.ProgramCode;

/**
 * A change a monthly run made to a case (动态管理变更): e.g. active → in gradual exit (渐退)
 * because the household's income rose above the standard, or approved → active when payments
 * start. The reason is a stable code with an explanation free of personal data.
 *
 * @param caseId the case
 * @param program its program
 * @param from the state before
 * @param to the state after
 * @param reasonCode a stable code (e.g. {@code income-above-standard}, {@code grace-period-ended})
 * @param reason a short explanation, in Chinese and English, without personal data
 * @param at the effective time written in the case history
 */
public record CaseChange(CaseId caseId, ProgramCode program, CaseState from, CaseState to,
                         String reasonCode, String reason, Instant at) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public CaseChange {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
