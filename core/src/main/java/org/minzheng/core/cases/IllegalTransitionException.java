package org.minzheng.core.cases;

import java.util.Objects;

/**
 * Thrown when a case is asked to move to a state it cannot reach from its current state
 * (不允许的业务状态变更), e.g. paying a case that was never approved.
 */
public class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final CaseId caseId;
    private final CaseState from;
    private final CaseState to;

    /**
     * Creates the exception.
     *
     * @param caseId the case
     * @param from its current state
     * @param to the state asked for
     */
    public IllegalTransitionException(CaseId caseId, CaseState from, CaseState to) {
        super("Case " + Objects.requireNonNull(caseId, "caseId") + ": cannot move from "
                + Objects.requireNonNull(from, "from").code() + " to "
                + Objects.requireNonNull(to, "to").code() + " (allowed: "
                + from.successors().stream().map(CaseState::code).toList() + ")");
        this.caseId = caseId;
        this.from = from;
        this.to = to;
    }

    /**
     * The case.
     *
     * @return the case identifier
     */
    public CaseId caseId() {
        return caseId;
    }

    /**
     * The current state.
     *
     * @return the state the case is in
     */
    public CaseState from() {
        return from;
    }

    /**
     * The state asked for.
     *
     * @return the refused state
     */
    public CaseState to() {
        return to;
    }

    /**
     * The message in Chinese.
     *
     * @return the message
     */
    public String messageZh() {
        return "业务 " + caseId + " 不能从“" + from.chineseName() + "”变更为“" + to.chineseName() + "”";
    }

    /**
     * The message in English.
     *
     * @return the message
     */
    public String messageEn() {
        return getMessage();
    }
}
