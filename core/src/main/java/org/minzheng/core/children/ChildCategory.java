package org.minzheng.core.children;

import org.minzheng.core.code.Coded;

/**
 * The category of a child found by the children's rules (儿童类别): the categories of children in
 * difficulty that are paid a living subsidy (国发〔2016〕36号, 民发〔2019〕62号, Jiangsu 2018 supplementary
 * opinion), and rural left-behind children (国发〔2016〕13号).
 */
public enum ChildCategory implements Coded {
    /** 孤儿: both parents deceased or declared missing. */
    ORPHAN("orphan", "孤儿", "orphan"),
    /** 事实无人抚养儿童 (民发〔2019〕62号). */
    DE_FACTO_UNSUPPORTED("de-facto-unsupported", "事实无人抚养儿童", "de-facto unsupported child"),
    /** 父母监护缺失儿童 (Jiangsu). */
    GUARDIANSHIP_MISSING("guardianship-missing", "父母监护缺失儿童", "child without parental guardianship"),
    /** 父母无力履行监护职责儿童 (Jiangsu). */
    PARENTS_UNABLE("parents-unable", "父母无力履行监护职责儿童", "child whose parents cannot fulfil guardianship"),
    /** 农村留守儿童. */
    LEFT_BEHIND("left-behind", "农村留守儿童", "rural left-behind child");

    private final String code;
    private final String chineseName;
    private final String englishName;

    ChildCategory(String code, String chineseName, String englishName) {
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
