package org.minzheng.reference;

import java.util.Optional;

import org.minzheng.core.cases.ApprovalLevel;

/** The roles of a county's civil-affairs staff (岗位角色), each with the approval level it may act at. */
public enum Role {
    /** 经办人: registers households, assesses, opens cases. */
    CASEWORKER(null),
    /** 乡镇审核人: reviews cases, approves where the township decides, runs the township's month. */
    TOWNSHIP_APPROVER(ApprovalLevel.TOWNSHIP),
    /** 县级审批人: approves at county level, runs any township's month. */
    COUNTY_APPROVER(ApprovalLevel.COUNTY),
    /** 审计人员: reads everything in their region, writes nothing. */
    AUDITOR(null);

    private final ApprovalLevel level;

    Role(ApprovalLevel level) {
        this.level = level;
    }

    /**
     * The level this role approves at.
     *
     * @return the level, or empty for roles that do not approve
     */
    public Optional<ApprovalLevel> approvalLevel() {
        return Optional.ofNullable(level);
    }

    /**
     * Whether this role may approve a decision that requires a level.
     *
     * @param required the level the decision requires
     * @return whether it may
     */
    public boolean mayApprove(ApprovalLevel required) {
        return level == ApprovalLevel.COUNTY || (level == ApprovalLevel.TOWNSHIP && required == ApprovalLevel.TOWNSHIP);
    }
}
