package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * How a relative is related to a person (亲属关系): the close relatives who owe each other support under the Civil
 * Code (民法典第一千零五十九条、第一千零六十七条: 夫妻扶养, 父母抚养子女, 子女赡养父母).
 */
public enum RelativeKind implements Coded {
    /** 配偶: husband or wife. */
    SPOUSE("spouse", "配偶", "spouse"),
    /** 父母: father or mother (also step- and adoptive parents who raised the person). */
    PARENT("parent", "父母", "parent"),
    /** 子女: son or daughter (also step- and adopted children). */
    CHILD("child", "子女", "child");

    private final String code;
    private final String chineseName;
    private final String englishName;

    RelativeKind(String code, String chineseName, String englishName) {
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
     * The kind seen from the other side: a person's child has the person as parent.
     *
     * @return {@link #SPOUSE} for a spouse, {@link #CHILD} for a parent, {@link #PARENT} for a child
     */
    public RelativeKind inverse() {
        return switch (this) {
            case SPOUSE -> SPOUSE;
            case PARENT -> CHILD;
            case CHILD -> PARENT;
        };
    }
}
