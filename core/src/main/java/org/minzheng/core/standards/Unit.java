package org.minzheng.core.standards;

import org.minzheng.core.code.Coded;

/**
 * The unit in which a {@link Standard} is expressed (计量单位), shown in the catalogue and in
 * explanations.
 */
public enum Unit implements Coded {
    /** Yuan per person per month (元/人·月), e.g. the dibao standard. */
    YUAN_PER_PERSON_MONTH("yuan-per-person-month", "元/人·月", "yuan per person per month"),
    /** Yuan per month (元/月), e.g. a care subsidy. */
    YUAN_PER_MONTH("yuan-per-month", "元/月", "yuan per month"),
    /** Yuan per year (元/年), e.g. a per-capita disposable income. */
    YUAN_PER_YEAR("yuan-per-year", "元/年", "yuan per year"),
    /** Yuan (元), a one-off amount or limit. */
    YUAN("yuan", "元", "yuan"),
    /** A share of another standard (比例), e.g. 0.3 for 30 %. */
    SHARE("share", "比例", "share"),
    /** A multiple of another standard (倍数), e.g. 1.3 or 6 months. */
    MULTIPLE("multiple", "倍数", "multiple"),
    /** Completed years of age (周岁). */
    YEARS("years", "周岁", "years of age"),
    /** A number of months (月). */
    MONTHS("months", "月", "months"),
    /** Hours per month (小时/月). */
    HOURS_PER_MONTH("hours-per-month", "小时/月", "hours per month"),
    /** A count (个/项). */
    COUNT("count", "个数", "count"),
    /** A yes/no switch (是/否). */
    FLAG("flag", "是/否", "yes/no"),
    /** One of a fixed set of coded choices (选项). */
    CHOICE("choice", "选项", "choice");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Unit(String code, String chineseName, String englishName) {
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
