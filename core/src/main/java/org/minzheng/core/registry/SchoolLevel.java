package org.minzheng.core.registry;

import org.minzheng.core.code.Coded;

/**
 * The level of school a person attends (学段), as the rules that continue support while in school read it.
 */
public enum SchoolLevel implements Coded {
    /** 学前教育: kindergarten. */
    PRE_SCHOOL("pre-school", "学前教育", "pre-school"),
    /** 小学: primary school. */
    PRIMARY("primary", "小学", "primary school"),
    /** 初中: junior secondary school. */
    JUNIOR_SECONDARY("junior-secondary", "初中", "junior secondary school"),
    /** 高中（含中等职业教育）: senior secondary school, general or vocational. */
    SENIOR_SECONDARY("senior-secondary", "高中（含中职）", "senior secondary school"),
    /** 高等教育（大专、本科）: college or university, first degree. */
    HIGHER("higher", "高等教育（大专、本科）", "higher education"),
    /** 研究生: postgraduate study. */
    POSTGRADUATE("postgraduate", "研究生", "postgraduate study");

    private final String code;
    private final String chineseName;
    private final String englishName;

    SchoolLevel(String code, String chineseName, String englishName) {
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
     * Whether this is compulsory education or senior secondary schooling (义务教育、普通高中、中等职业学校、技工学校): the
     * schooling during which the national rule continues 特困 support beyond 18 (《特困人员认定办法》民发〔2021〕43号
     * 第十三条). Higher education continues it only where a region says so.
     *
     * @return {@code true} for primary, junior and senior secondary school
     */
    public boolean compulsoryOrSecondary() {
        return this == PRIMARY || this == JUNIOR_SECONDARY || this == SENIOR_SECONDARY;
    }
}
