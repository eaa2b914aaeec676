package org.minzheng.core.program;

import org.minzheng.core.code.Coded;

/**
 * What a program is granted to (救助对象类型): a whole household or one person.
 */
public enum SubjectKind implements Coded {
    /** 家庭: granted to a household (e.g. 低保). */
    HOUSEHOLD("household", "家庭", "household"),
    /** 个人: granted to one person (e.g. 特困, 两项补贴). */
    PERSON("person", "个人", "person");

    private final String code;
    private final String chineseName;
    private final String englishName;

    SubjectKind(String code, String chineseName, String englishName) {
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
