package org.minzheng.core.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violations;

/**
 * One step in the life of a case (办理记录): from which state to which, who acted, when, why and
 * at which authority level. The first entry of every history is the application itself, with no
 * {@code from} state.
 *
 * @param from the previous state; empty for the application
 * @param to the new state
 * @param operator who acted (经办人), an operator identifier; not blank
 * @param at when
 * @param reason why (办理意见), not blank
 * @param level the authority level that acted (审核审批层级)
 */
public record Transition(Optional<CaseState> from, CaseState to, String operator, Instant at,
                         String reason, ApprovalLevel level) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if {@code operator} or {@code reason} is blank, or
     *     {@code from}/{@code to} is not a legal move (rule {@code transition}), or a review is
     *     not at township level (rule {@code level})
     */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(level, "level");
        Violations v = new Violations();
        v.notBlank("operator", operator);
        v.notBlank("reason", reason);
        if (from.isEmpty() ? to != CaseState.APPLIED : !from.get().canMoveTo(to)) {
            v.add("to", "transition",
                    "不允许的状态变更：" + from.map(CaseState::chineseName).orElse("（新建）") + " → "
                            + to.chineseName(),
                    "Illegal transition: " + from.map(CaseState::code).orElse("(new)") + " -> "
                            + to.code());
        }
        if (to == CaseState.REVIEWED && level != ApprovalLevel.TOWNSHIP) {
            v.add("level", "level", "审核由乡镇人民政府（街道办事处）负责",
                    "A review is done at township level");
        }
        v.throwIfAny();
    }

    /**
     * The opening entry: the application (申请).
     *
     * @param operator who received it
     * @param at when
     * @param reason a note, e.g. {@code 本人申请}
     * @param level where it was received, normally the township
     * @return the entry
     */
    public static Transition application(String operator, Instant at, String reason,
                                         ApprovalLevel level) {
        return new Transition(Optional.empty(), CaseState.APPLIED, operator, at, reason, level);
    }

    /**
     * A move between two states.
     *
     * @param from the previous state
     * @param to the new state
     * @param operator who acted
     * @param at when
     * @param reason why
     * @param level at which level
     * @return the entry
     */
    public static Transition of(CaseState from, CaseState to, String operator, Instant at,
                                String reason, ApprovalLevel level) {
        return new Transition(Optional.of(from), to, operator, at, reason, level);
    }
}
