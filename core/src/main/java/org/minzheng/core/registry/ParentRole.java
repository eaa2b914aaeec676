package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * The role of a parent (父母身份) of a child.
 */
public enum ParentRole implements Coded {
    /** 父亲: the father. */
    FATHER("father", "父亲", "father"),
    /** 母亲: the mother. */
    MOTHER("mother", "母亲", "mother");

    private final String code;
    private final String chineseName;
    private final String englishName;

    ParentRole(String code, String chineseName, String englishName) {
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
