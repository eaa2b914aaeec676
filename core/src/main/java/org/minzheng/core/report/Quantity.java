package org.minzheng.core.report;

import org.minzheng.core.code.Coded;

/** What a {@link Figure} counts (计量): households or persons, records, hours or yuan. */
public enum Quantity implements Coded {
    /** Households for a household program, persons for a person program (户数/人数). */
    SUBJECTS("subjects", "户数/人数", "households or persons"),
    /** Persons (人数). */
    PERSONS("persons", "人数", "persons"),
    /** Records or payments (次数). */
    COUNT("count", "次数", "count"),
    /** Hours (小时). */
    HOURS("hours", "小时", "hours"),
    /** Yuan (元). */
    AMOUNT("amount", "元", "yuan");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Quantity(String code, String chineseName, String englishName) {
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
