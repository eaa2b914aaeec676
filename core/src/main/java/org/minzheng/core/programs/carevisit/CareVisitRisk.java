package org.minzheng.core.programs.carevisit;

import org.minzheng.core.code.Coded;

/**
 * The risk level that sets how often an elderly person is visited (巡访风险等级). Ordered from lowest to highest.
 */
public enum CareVisitRisk implements Coded {
    /** Empty-nest or left-behind, neither very old nor with lost capability (低风险). */
    LOW("low", "低风险", "low risk"),
    /** Living alone; or empty-nest or left-behind and very old or with lost capability (中风险). */
    MEDIUM("medium", "中风险", "medium risk"),
    /** Living alone and very old or with lost capability (高风险). */
    HIGH("high", "高风险", "high risk");

    private final String code;
    private final String chineseName;
    private final String englishName;

    CareVisitRisk(String code, String chineseName, String englishName) {
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
}
