package org.minzheng.core.cases;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.minzheng.core.code.Coded;

/**
 * State of a case (业务状态) and the transitions allowed between states.
 *
 * <pre>
 * APPLIED  → REVIEWED, REJECTED
 * REVIEWED → APPROVED, REJECTED
 * APPROVED → ACTIVE, TERMINATED
 * ACTIVE   → SUSPENDED, IN_GRACE, TERMINATED
 * SUSPENDED→ ACTIVE, TERMINATED
 * IN_GRACE → ACTIVE, TERMINATED
 * TERMINATED, REJECTED: final
 * </pre>
 *
 * <p>The flow follows 《最低生活保障审核确认办法》 (民发〔2021〕57号): application to the township,
 * township review (审核), approval (审批/确认) by the county or the township where delegated,
 * payment from the following month, suspension, gradual exit (渐退) and termination.
 */
public enum CaseState implements Coded {
    /** 已申请: application received. */
    APPLIED("applied", "已申请", "applied"),
    /** 已审核: reviewed by the township (乡镇审核). */
    REVIEWED("reviewed", "已审核", "reviewed"),
    /** 已审批: approved by the competent authority (审批确认). */
    APPROVED("approved", "已审批", "approved"),
    /** 享受中: benefits being paid. */
    ACTIVE("active", "享受中", "active"),
    /** 暂停: payment suspended pending a review. */
    SUSPENDED("suspended", "暂停", "suspended"),
    /** 渐退: gradual exit after income rose above the standard through work. */
    IN_GRACE("in-grace", "渐退期", "in grace period"),
    /** 终止: benefits ended. */
    TERMINATED("terminated", "已终止", "terminated"),
    /** 不予批准: application refused. */
    REJECTED("rejected", "不予批准", "rejected");

    private final String code;
    private final String chineseName;
    private final String englishName;

    CaseState(String code, String chineseName, String englishName) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public String englishName() {
        return englishName;
    }

    /**
     * The states a case in this state may move to.
     *
     * @return an unmodifiable set, empty for a final state
     */
    public Set<CaseState> successors() {
        EnumSet<CaseState> s = switch (this) {
            case APPLIED -> EnumSet.of(REVIEWED, REJECTED);
            case REVIEWED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(SUSPENDED, IN_GRACE, TERMINATED);
            case SUSPENDED, IN_GRACE -> EnumSet.of(ACTIVE, TERMINATED);
            case TERMINATED, REJECTED -> EnumSet.noneOf(CaseState.class);
        };
        return Collections.unmodifiableSet(s);
    }

    /**
     * Whether a case may move from this state to {@code next}.
     *
     * @param next the next state
     * @return {@code true} if the transition is legal
     */
    public boolean canMoveTo(CaseState next) {
        return successors().contains(next);
    }

    /**
     * Whether this state is final (终结状态).
     *
     * @return {@code true} for {@link #TERMINATED} and {@link #REJECTED}
     */
    public boolean isFinal() {
        return this == TERMINATED || this == REJECTED;
    }

    /**
     * Whether benefits are paid in this state ({@link #ACTIVE} or {@link #IN_GRACE}).
     *
     * @return {@code true} if paying
     */
    public boolean isPaying() {
        return this == ACTIVE || this == IN_GRACE;
    }
}
