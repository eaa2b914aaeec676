package org.minzheng.core.standards;

import java.util.Optional;

import org.minzheng.core.code.Coded;

/**
 * The unit in which a {@link Standard} is expressed (计量单位), shown in the catalogue and in
 * explanations.
 *
 * <p>Each numeric unit also gives the default {@linkplain #defaultRange() valid range} of the standards
 * expressed in it (see decision record 0160): amounts of money from 0 to 10<sup>9</sup> yuan, shares
 * from 0 to 1, multiples from 0 to 100, ages from 0 to 150 years, months from 0 to 600 (50 years),
 * hours from 0 to 744 a month (31 days of 24 hours), counts from 0 to 10<sup>6</sup>. A standard that
 * needs another range declares it with {@link Standard.Builder#range(ValueRange)}.
 */
public enum Unit implements Coded {
    /** Yuan per person per month (元/人·月), e.g. the dibao standard. */
    YUAN_PER_PERSON_MONTH("yuan-per-person-month", "元/人·月", "yuan per person per month", Ranges.MONEY),
    /** Yuan per month (元/月), e.g. a care subsidy. */
    YUAN_PER_MONTH("yuan-per-month", "元/月", "yuan per month", Ranges.MONEY),
    /** Yuan per year (元/年), e.g. a per-capita disposable income. */
    YUAN_PER_YEAR("yuan-per-year", "元/年", "yuan per year", Ranges.MONEY),
    /** Yuan (元), a one-off amount or limit. */
    YUAN("yuan", "元", "yuan", Ranges.MONEY),
    /** A share of another standard (比例), e.g. 0.3 for 30 %. */
    SHARE("share", "比例", "share", ValueRange.of(0, 1)),
    /** A multiple of another standard (倍数), e.g. 1.3 or 6 months. */
    MULTIPLE("multiple", "倍数", "multiple", ValueRange.of(0, 100)),
    /** Completed years of age (周岁). */
    YEARS("years", "周岁", "years of age", ValueRange.of(0, 150)),
    /** A number of months (月). */
    MONTHS("months", "月", "months", ValueRange.of(0, 600)),
    /** Hours per month (小时/月). */
    HOURS_PER_MONTH("hours-per-month", "小时/月", "hours per month", ValueRange.of(0, 31 * 24)),
    /** A count (个/项). */
    COUNT("count", "个数", "count", ValueRange.of(0, 1_000_000)),
    /** A yes/no switch (是/否). */
    FLAG("flag", "是/否", "yes/no", null),
    /** One of a fixed set of coded choices (选项). */
    CHOICE("choice", "选项", "choice", null);

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final ValueRange defaultRange;

    Unit(String code, String chineseName, String englishName, ValueRange defaultRange) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.defaultRange = defaultRange;
    }

    /** Enum constants cannot refer to a static field of their own enum: the shared bound lives here. */
    private static final class Ranges {
        /** Amounts of money: 0 to 10^9 yuan, far above any regional standard and below DECIMAL(14,2). */
        static final ValueRange MONEY = ValueRange.of(0, 1_000_000_000);
    }

    /**
     * The valid range of a numeric standard expressed in this unit, unless the standard declares its
     * own.
     *
     * @return the range, or empty for {@link #FLAG} and {@link #CHOICE}
     */
    public Optional<ValueRange> defaultRange() {
        return Optional.ofNullable(defaultRange);
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
