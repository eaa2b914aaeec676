package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * Relation of a household member to the head (与户主关系), as in the residence booklet.
 */
public enum Relation implements Coded {
    /** 户主: the head of the household. */
    HEAD("head", "户主", "head of household"),
    /** 配偶: the spouse of the head. */
    SPOUSE("spouse", "配偶", "spouse"),
    /** 子女: a son or daughter of the head (also step- and adopted children). */
    CHILD("child", "子女", "child"),
    /** 父母: a parent of the head. */
    PARENT("parent", "父母", "parent"),
    /** 孙子女: a grandchild of the head. */
    GRANDCHILD("grandchild", "孙子女", "grandchild"),
    /** 祖父母: a grandparent of the head. */
    GRANDPARENT("grandparent", "祖父母", "grandparent"),
    /** 兄弟姐妹: a brother or sister of the head. */
    SIBLING("sibling", "兄弟姐妹", "sibling"),
    /** 其他: any other relation. */
    OTHER("other", "其他", "other");

    private final String code;
    private final String chineseName;
    private final String englishName;

    Relation(String code, String chineseName, String englishName) {
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

    /**
     * Whether a member with this relation must be younger than the head (子女, 孙子女).
     *
     * @return {@code true} for {@link #CHILD} and {@link #GRANDCHILD}
     */
    public boolean youngerThanHead() {
        return this == CHILD || this == GRANDCHILD;
    }

    /**
     * Whether a member with this relation must be older than the head (父母, 祖父母).
     *
     * @return {@code true} for {@link #PARENT} and {@link #GRANDPARENT}
     */
    public boolean olderThanHead() {
        return this == PARENT || this == GRANDPARENT;
    }
}
