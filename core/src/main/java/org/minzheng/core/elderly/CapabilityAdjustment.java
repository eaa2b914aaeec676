package org.minzheng.core.elderly;

import org.minzheng.core.code.Coded;

/** Why a GB/T 42195-2022 level differs from the level of the total score (等级调整原因). */
public enum CapabilityAdjustment implements Coded {
    /** Diagnosed dementia or another mental disorder: one level worse. */
    DEMENTIA_OR_MENTAL_DISORDER("dementia-or-mental-disorder", "确诊痴呆或精神疾病，上调一个等级",
            "diagnosed dementia or mental disorder: one level worse"),
    /** Two or more care-risk events in the last 30 days: one level worse. */
    CARE_RISK_EVENTS("care-risk-events", "近30天发生2次及以上照护风险事件，上调一个等级",
            "two or more care-risk events in 30 days: one level worse"),
    /** In a coma: the level set by {@link ComaRule}. */
    COMA("coma", "昏迷，直接评定等级", "in a coma: level set directly");

    private final String code;
    private final String chineseName;
    private final String englishName;

    CapabilityAdjustment(String code, String chineseName, String englishName) {
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
