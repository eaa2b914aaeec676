package org.minzheng.core.programs.dibao;

import org.minzheng.core.code.Coded;

/** How a region forms the dibao amount (低保金计发方式): by the difference, or in tiers. */
public enum AmountMethod implements Coded {
    /** 差额发放: (standard − per-capita income) × members. */
    DIFFERENCE("difference", "差额发放", "by the difference"),
    /** 分档发放: a share of the standard per member, by the tier the per-capita income falls in. */
    TIERED("tiered", "分档发放", "in tiers");

    private final String code;
    private final String chineseName;
    private final String englishName;

    AmountMethod(String code, String chineseName, String englishName) {
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
