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
    LEFT_BEHIND("left-behind", "农村留守儿童", "rural left-behind child"),
    /** 感染艾滋病病毒儿童: paid at the dispersed-orphan standard in Jiangsu (2018 supplementary opinion). */
    HIV_INFECTED("hiv-infected", "感染艾滋病病毒儿童", "HIV-infected child"),
    /**
     * 低保家庭重病重残儿童: a seriously ill or severely disabled child of a dibao household, where a region pays it a
     * child subsidy (国发〔2016〕36号 lets regions extend the categories).
     */
    ILL_OR_DISABLED_IN_DIBAO("ill-or-disabled-in-dibao", "低保家庭重病重残儿童",
            "seriously ill or severely disabled child of a dibao household");

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
