package org.minzheng.core.identity;

import org.minzheng.core.code.Coded;

/**
 * Why an identifier was rejected (校验失败原因), carried by {@link InvalidIdentifierException}.
 */
public enum Reason implements Coded {
    /** The input was {@code null} (为空). */
    NULL("null", "为空", "missing"),
    /** The input has a length the identifier never has (长度错误). */
    LENGTH("length", "长度错误", "wrong length"),
    /** A character is not allowed at its position (含非法字符). */
    CHARACTER("character", "含非法字符", "character not allowed"),
    /** The check character does not match (校验码错误). */
    CHECK("check", "校验码错误", "check character mismatch"),
    /** An embedded date is not a real calendar date (日期无效). */
    DATE("date", "日期无效", "invalid date"),
    /** A value is outside its allowed range, e.g. a birth date in the future (超出范围). */
    RANGE("range", "超出范围", "out of range"),
    /** The parts are individually valid but do not form a valid identifier (格式错误). */
    FORMAT("format", "格式错误", "malformed");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Reason(String code, String chineseName, String englishName) {
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
