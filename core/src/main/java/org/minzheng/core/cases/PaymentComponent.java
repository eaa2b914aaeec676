package org.minzheng.core.cases;

import org.minzheng.core.code.Coded;

/**
 * Component of a monthly payment (发放构成): the base amount and the additions that make it up.
 */
public enum PaymentComponent implements Coded {
    /** 基本金额: the base amount (e.g. dibao difference, 特困 basic living). */
    BASE("base", "基本金额", "base amount"),
    /** 分类施保加发: extra amounts for elderly, minors, disabled or ill members (分类施保). */
    ADD_ON("add-on", "分类施保加发", "categorised add-on"),
    /** 护理费: care amounts by self-care ability (特困 care standard, care subsidy). */
    CARE("care", "护理费", "care amount"),
    /** 生活补贴: a living subsidy (两项补贴, 困境儿童). */
    LIVING("living", "生活补贴", "living subsidy"),
    /** 一次性救助金: a one-off payment (临时救助). */
    ONE_OFF("one-off", "一次性救助金", "one-off payment"),
    /** 补发: back payment for earlier months. */
    ARREARS("arrears", "补发", "arrears"),
    /** 其他: any other component. */
    OTHER("other", "其他", "other");

    private final String code;
    private final String chineseName;
    private final String englishName;

    PaymentComponent(String code, String chineseName, String englishName) {
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
