package org.minzheng.core.children;

import org.minzheng.core.code.Coded;

/**
 * Relation of an entrusted guardian to the child (受托监护人与儿童关系).
 */
public enum GuardianRelation implements Coded {
    /** 祖父母/外祖父母: a grandparent. */
    GRANDPARENT("grandparent", "祖父母/外祖父母", "grandparent"),
    /** 兄姐: an adult brother or sister. */
    SIBLING("sibling", "兄姐", "adult sibling"),
    /** 其他亲属: another relative. */
    OTHER_RELATIVE("other-relative", "其他亲属", "other relative"),
    /** 其他: a person without kinship, e.g. a family friend. */
    OTHER("other", "其他", "other");

    private final String code;
    private final String chineseName;
    private final String englishName;

    GuardianRelation(String code, String chineseName, String englishName) {
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
