package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * A kind of rigid expenditure of a household (刚性支出), which regions may deduct from income in the dibao means
 * test (支出型贫困).
 */
public enum ExpenditureKind implements Coded {
    /** 医疗支出: medical costs paid by the household after insurance and assistance. */
    MEDICAL("medical", "医疗支出", "medical costs"),
    /** 教育支出: education costs (tuition, boarding) beyond the free compulsory schooling. */
    EDUCATION("education", "教育支出", "education costs"),
    /** 其他刚性支出: another rigid expenditure a region recognises (e.g. rehabilitation of a disabled member). */
    OTHER("other", "其他刚性支出", "other rigid expenditure");

    private final String code;
    private final String chineseName;
    private final String englishName;

    ExpenditureKind(String code, String chineseName, String englishName) {
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
