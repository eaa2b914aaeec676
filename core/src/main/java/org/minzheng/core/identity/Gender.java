package org.minzheng.core.identity;

import org.minzheng.core.code.Coded;

/**
 * Gender (性别) as recorded in a citizen identity number: GB 11643-1999 encodes it in the parity
 * of the 17th digit (odd male, even female).
 */
public enum Gender implements Coded {
    /** 男: male. */
    MALE("male", "男", "male"),
    /** 女: female. */
    FEMALE("female", "女", "female");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Gender(String code, String chineseName, String englishName) {
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
