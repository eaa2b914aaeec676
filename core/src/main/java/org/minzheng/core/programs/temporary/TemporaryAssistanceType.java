package org.minzheng.core.programs.temporary;

import org.minzheng.core.code.Coded;

/**
 * The type of temporary assistance (临时救助类型), 国发〔2014〕47号.
 */
public enum TemporaryAssistanceType implements Coded {
    /** 急难型: sudden hardship — fire, accident, sudden serious illness. May be given first (先行救助). */
    EMERGENCY("emergency", "急难型", "emergency"),
    /** 支出型: essential spending beyond what the household can bear, e.g. medical or schooling costs. */
    EXPENDITURE("expenditure", "支出型", "expenditure");

    private final String code;
    private final String chineseName;
    private final String englishName;

    TemporaryAssistanceType(String code, String chineseName, String englishName) {
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
