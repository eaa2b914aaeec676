package org.minzheng.core.programs.senior;

import org.minzheng.core.code.Coded;

/** The age band of the senior allowance (尊老金年龄段). */
public enum SeniorAllowanceBand implements Coded {
    /** 80 to 89 (八十至八十九周岁). */
    AGE_80("80-89", "80至89周岁", "age 80 to 89"),
    /** 90 to 99 (九十至九十九周岁). */
    AGE_90("90-99", "90至99周岁", "age 90 to 99"),
    /** 100 and over (百岁及以上). */
    AGE_100("100+", "100周岁及以上", "age 100 and over");

    private final String code;
    private final String chineseName;
    private final String englishName;

    SeniorAllowanceBand(String code, String chineseName, String englishName) {
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
