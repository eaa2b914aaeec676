package org.minzheng.core.program;

import java.util.List;
import org.minzheng.core.code.Coded;

/**
 * A program run by county civil affairs (民政业务项目): what is granted, to whom (household or
 * person), and the documents it rests on. Amounts, thresholds and periods are regional
 * standards, not part of this enum.
 *
 * <p>Where a program rests mainly on provincial documents (尊老金, 居家养老, 关爱巡访, 意外伤害保险)
 * the national law that enables it is named; the regional document is a standard's source.
 */
public enum Program implements Coded {
    /** 最低生活保障: minimum living guarantee, for households. */
    DIBAO("dibao", "最低生活保障", "minimum living guarantee", SubjectKind.HOUSEHOLD,
            List.of(Bases.DECREE_649, new LegalBasis("最低生活保障审核确认办法", "民发〔2021〕57号"))),
    /** 特困人员救助供养: support for persons in extreme poverty. */
    TEKUN("tekun", "特困人员救助供养", "support for persons in extreme poverty", SubjectKind.PERSON,
            List.of(Bases.DECREE_649, new LegalBasis("特困人员认定办法", "民发〔2021〕43号"))),
    /** 临时救助: temporary assistance, for households. */
    TEMPORARY_ASSISTANCE("temporary-assistance", "临时救助", "temporary assistance",
            SubjectKind.HOUSEHOLD, List.of(Bases.DECREE_649,
                    new LegalBasis("国务院关于全面建立临时救助制度的通知", "国发〔2014〕47号"))),
    /** 困难残疾人生活补贴: living subsidy for disabled persons in hardship. */
    DISABILITY_LIVING_SUBSIDY("disability-living-subsidy", "困难残疾人生活补贴",
            "living subsidy for disabled persons in hardship", SubjectKind.PERSON,
            List.of(Bases.GUOFA_2015_52)),
    /** 重度残疾人护理补贴: care subsidy for severely disabled persons. */
    DISABILITY_CARE_SUBSIDY("disability-care-subsidy", "重度残疾人护理补贴",
            "care subsidy for severely disabled persons", SubjectKind.PERSON,
            List.of(Bases.GUOFA_2015_52)),
    /** 尊老金（高龄津贴）: age allowance for persons aged 80 and over. */
    SENIOR_ALLOWANCE("senior-allowance", "尊老金", "senior age allowance", SubjectKind.PERSON,
            List.of(Bases.ELDERLY_LAW)),
    /** 居家养老上门服务: government-purchased home-care visits. */
    HOME_CARE("home-care", "居家养老上门服务", "home-care visits", SubjectKind.PERSON,
            List.of(Bases.ELDERLY_LAW)),
    /** 关爱巡访: care visits to empty-nest and living-alone elderly. */
    CARE_VISIT("care-visit", "关爱巡访", "care visits to elderly living alone", SubjectKind.PERSON,
            List.of(Bases.ELDERLY_LAW)),
    /** 居家适老化改造: home adaptation for older people, per household. */
    HOME_ADAPTATION("home-adaptation", "居家适老化改造", "home adaptation for older people",
            SubjectKind.HOUSEHOLD, List.of(Bases.ELDERLY_LAW,
                    new LegalBasis("关于加快实施老年人居家适老化改造工程的指导意见", "民发〔2020〕86号"))),
    /** 老年人意外伤害保险（安康关爱）: accident insurance for older people. */
    ELDERLY_ACCIDENT_INSURANCE("elderly-accident-insurance", "老年人意外伤害保险",
            "accident insurance for older people", SubjectKind.PERSON, List.of(Bases.ELDERLY_LAW)),
    /** 困境儿童生活补贴: living subsidy for children in difficulty (by category). */
    CHILD_SUBSIDY("child-subsidy", "困境儿童生活补贴", "living subsidy for children in difficulty",
            SubjectKind.PERSON, List.of(new LegalBasis("国务院关于加强困境儿童保障工作的意见", "国发〔2016〕36号"),
                    new LegalBasis("关于进一步加强事实无人抚养儿童保障工作的意见", "民发〔2019〕62号"))),
    /** 农村留守儿童关爱保护: care and protection of rural left-behind children. */
    LEFT_BEHIND_CHILD_CARE("left-behind-child-care", "农村留守儿童关爱保护",
            "care for rural left-behind children", SubjectKind.PERSON,
            List.of(new LegalBasis("国务院关于加强农村留守儿童关爱保护工作的意见", "国发〔2016〕13号")));

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final SubjectKind subjectKind;
    private final List<LegalBasis> legalBasis;

    Program(String code, String chineseName, String englishName, SubjectKind subjectKind,
            List<LegalBasis> legalBasis) {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.subjectKind = subjectKind;
        this.legalBasis = legalBasis;
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
     * Whether the program is granted to a household or to a person.
     *
     * @return the subject kind
     */
    public SubjectKind subjectKind() {
        return subjectKind;
    }

    /**
     * The national documents the program rests on (政策依据), most fundamental first.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<LegalBasis> legalBasis() {
        return legalBasis;
    }

    /** Shared citations; a holder class because enum constants cannot refer to static fields. */
    private static final class Bases {
        static final LegalBasis DECREE_649 = new LegalBasis("社会救助暂行办法", "国务院令第649号");
        static final LegalBasis GUOFA_2015_52 = new LegalBasis(
                "国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见", "国发〔2015〕52号");
        static final LegalBasis ELDERLY_LAW = new LegalBasis("中华人民共和国老年人权益保障法",
                "全国人民代表大会常务委员会 2018年修正");
    }
}
