package org.minzheng.core.service;

import org.minzheng.core.code.Coded;

/**
 * The kind of a service record (服务记录类型).
 */
public enum ServiceRecordKind implements Coded {
    /** 居家养老上门服务: a home-care visit (elderly). */
    HOME_CARE_VISIT("home-care-visit", "居家养老上门服务", "home-care visit"),
    /** 关爱巡访: a care visit to an empty-nest or living-alone older person. */
    CARE_VISIT("care-visit", "关爱巡访", "care visit"),
    /** 居家适老化改造: a home adaptation for an older person. */
    HOME_ADAPTATION("home-adaptation", "居家适老化改造", "home adaptation"),
    /** 老年人意外伤害保险参保: an enrolment in accident insurance for older people. */
    ACCIDENT_INSURANCE_ENROLMENT("accident-insurance-enrolment", "老年人意外伤害保险参保", "accident-insurance enrolment"),
    /** 委托监护责任确认: an entrusted-guardianship confirmation for a left-behind child. */
    GUARDIANSHIP_CONFIRMATION("guardianship-confirmation", "委托监护责任确认", "entrusted-guardianship confirmation"),
    /** 个案服务计划: a case service plan for a child. */
    CASE_SERVICE_PLAN("case-service-plan", "个案服务计划", "case service plan"),
    /** 转介: a referral to an organisation or resource (五社联动). */
    REFERRAL("referral", "转介", "referral");

    private final String code;
    private final String chineseName;
    private final String englishName;

    ServiceRecordKind(String code, String chineseName, String englishName) {
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
