/**
 * Decisions and their explanations (审核测算结果与计算说明): {@link org.minzheng.core.decision.Decision},
 * {@link org.minzheng.core.decision.ReasonCode}, {@link org.minzheng.core.decision.Explanation}; the one
 * input for every program, {@link org.minzheng.core.decision.AssessmentRequest}; the one entry point to the
 * national rules, {@link org.minzheng.core.decision.Assessor}; and the hook through which a region replaces
 * a rule where national policy allows, {@link org.minzheng.core.decision.RegionalRules}.
 */
package org.minzheng.core.decision;
