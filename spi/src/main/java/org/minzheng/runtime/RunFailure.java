package org.minzheng.runtime;

import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.cases.CaseId;
import org.minzheng.core.program.ProgramCode;

/**
 * A case a monthly run could not complete (处理失败), with the reason. A failure never aborts the
 * run: the other cases are processed, and running the month again retries the failed ones.
 * Messages name records by identifier only, never by personal data.
 *
 * @param caseId the case, if the failure concerns one
 * @param program the program, if known
 * @param code a stable code: {@code subject-not-found}, {@code assessment-failed},
 *     {@code storage-failed}, {@code conflicting-amount}, {@code approved-but-ineligible},
 *     {@code enrolment-failed}, {@code interrupted}
 * @param message what went wrong, without personal data
 */
public record RunFailure(Optional<CaseId> caseId, Optional<ProgramCode> program, String code, String message) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public RunFailure {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
