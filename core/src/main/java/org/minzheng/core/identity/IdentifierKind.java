package org.minzheng.core.identity;

import org.minzheng.core.code.Coded;

/**
 * The kind of identifier (标识符种类) named by an {@link InvalidIdentifierException}.
 */
public enum IdentifierKind implements Coded {
    /** 居民身份证号码, GB 11643-1999: citizen identity number. */
    ID_NUMBER("id-number", "居民身份证号码", "identity number"),
    /** 行政区划代码, GB/T 2260 and the 12-digit statistical division code: region code. */
    REGION_CODE("region-code", "行政区划代码", "region code"),
    /** 统一社会信用代码, GB 32100-2015: unified social credit code. */
    CREDIT_CODE("credit-code", "统一社会信用代码", "unified social credit code"),
    /** 残疾人证号: disability certificate number (second generation). */
    DISABILITY_CERTIFICATE("disability-certificate", "残疾人证号", "disability certificate number");

    private final String code;
    private final String chineseName;
    private final String englishName;

    IdentifierKind(String code, String chineseName, String englishName) {
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
