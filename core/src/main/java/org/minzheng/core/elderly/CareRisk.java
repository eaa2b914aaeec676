package org.minzheng.core.elderly;

import org.minzheng.core.code.Coded;

/**
 * A risk found on a care visit (巡访发现的风险).
 */
public enum CareRisk implements Coded {
    /** 健康风险: a health problem. */
    HEALTH("health", "健康风险", "health"),
    /** 跌倒风险: a risk of falling. */
    FALL("fall", "跌倒风险", "fall"),
    /** 居住安全隐患: an unsafe dwelling (fire, gas, structure). */
    HOUSING_SAFETY("housing-safety", "居住安全隐患", "housing safety"),
    /** 无人照料: nobody to provide care. */
    NO_CARER("no-carer", "无人照料", "no carer"),
    /** 精神孤独: loneliness or low mood. */
    LONELINESS("loneliness", "精神孤独", "loneliness"),
    /** 经济困难: financial hardship. */
    FINANCIAL("financial", "经济困难", "financial hardship"),
    /** 其他: any other risk. */
    OTHER("other", "其他", "other");

    private final String code;
    private final String chineseName;
    private final String englishName;

    CareRisk(String code, String chineseName, String englishName) {
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
