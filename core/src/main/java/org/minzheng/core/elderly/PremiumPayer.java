package org.minzheng.core.elderly;

import org.minzheng.core.code.Coded;

/**
 * Who pays an accident-insurance premium (保费承担方).
 */
public enum PremiumPayer implements Coded {
    /** 政府出资: paid by the government (e.g. special-hardship elderly aged 60+). */
    GOVERNMENT("government", "政府出资", "government"),
    /** 个人自费: paid by the insured or the family. */
    SELF("self", "个人自费", "self"),
    /** 政府补贴、个人分担: shared between government and the insured. */
    SHARED("shared", "政府补贴、个人分担", "shared");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PremiumPayer(String code, String chineseName, String englishName) {
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
