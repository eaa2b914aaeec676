package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Household registration type (户口类型), as written in the residence booklet (户口簿).
 */
public enum HukouType implements Coded {
    /** 城镇: urban (non-agricultural) registration. */
    URBAN("urban", "城镇", "urban"),
    /** 农村: rural (agricultural) registration. */
    RURAL("rural", "农村", "rural");

    private final String code;
    private final String chineseName;
    private final String englishName;

    HukouType(String code, String chineseName, String englishName) {
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
