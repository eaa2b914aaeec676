package org.minzheng.core.decision;

import org.minzheng.core.code.Coded;

/**
 * Why a decision came out as it did (决定理由代码): one code for every condition that failed, and notes
 * on how the amount was formed. Codes are stable and used in policy-case files.
 */
public enum ReasonCode implements Coded {
    /** the subject has died (对象已死亡). */
    SUBJECT_DECEASED("subject-deceased", Kind.FAILED, "对象已死亡", "the subject has died"),
    /** no member counts in the dibao household (无可计入保障的家庭成员). */
    DIBAO_NO_MEMBERS("dibao.no-members", Kind.FAILED, "无可计入保障的家庭成员", "no member counts in the dibao household"),
    /** per-capita income is not below the dibao standard (家庭人均收入不低于低保标准). */
    DIBAO_INCOME_NOT_BELOW_STANDARD("dibao.income-not-below-standard", Kind.FAILED, "家庭人均收入不低于低保标准", "per-capita income is not below the dibao standard"),
    /** per-capita financial assets exceed the limit (家庭人均金融资产超过限额). */
    DIBAO_FINANCIAL_ASSETS_OVER_LIMIT("dibao.financial-assets-over-limit", Kind.FAILED, "家庭人均金融资产超过限额", "per-capita financial assets exceed the limit"),
    /** the household owns more vehicles than allowed (家庭机动车辆超过限额). */
    DIBAO_VEHICLES_OVER_LIMIT("dibao.vehicles-over-limit", Kind.FAILED, "家庭机动车辆超过限额", "the household owns more vehicles than allowed"),
    /** the household owns more homes than allowed (家庭其他住房超过限额). */
    DIBAO_HOMES_OVER_LIMIT("dibao.homes-over-limit", Kind.FAILED, "家庭其他住房超过限额", "the household owns more homes than allowed"),
    /** some members are not counted (in extreme-poverty support, in prison, in compulsory rehabilitation, declared missing or deceased) (部分成员不计入保障（特困供养、服刑、强制隔离戒毒、宣告失踪或死亡）). */
    DIBAO_MEMBER_EXCLUDED("dibao.member-excluded", Kind.NOTE, "部分成员不计入保障（特困供养、服刑、强制隔离戒毒、宣告失踪或死亡）", "some members are not counted (in extreme-poverty support, in prison, in compulsory rehabilitation, declared missing or deceased)"),
    /** not elderly, disabled or a minor (不属于老年人、残疾人或未成年人). */
    TEKUN_NOT_IN_GROUP("tekun.not-in-group", Kind.FAILED, "不属于老年人、残疾人或未成年人", "not elderly, disabled or a minor"),
    /** not without capacity to work (未丧失劳动能力). */
    TEKUN_HAS_LABOUR_CAPACITY("tekun.has-labour-capacity", Kind.FAILED, "未丧失劳动能力", "not without capacity to work"),
    /** own income is not below the dibao standard (本人收入不低于低保标准). */
    TEKUN_INCOME_NOT_BELOW_STANDARD("tekun.income-not-below-standard", Kind.FAILED, "本人收入不低于低保标准", "own income is not below the dibao standard"),
    /** assets exceed the local limits (财产超过当地限额). */
    TEKUN_ASSETS_OVER_LIMIT("tekun.assets-over-limit", Kind.FAILED, "财产超过当地限额", "assets exceed the local limits"),
    /** a legal supporter is able to support (有具备履行义务能力的法定义务人). */
    TEKUN_SUPPORTER_ABLE("tekun.supporter-able", Kind.FAILED, "有具备履行义务能力的法定义务人", "a legal supporter is able to support"),
    /** no self-care record: care amount for a person able to care for self (未记录生活自理能力，按具备生活自理能力计算). */
    TEKUN_SELF_CARE_NOT_ASSESSED("tekun.self-care-not-assessed", Kind.NOTE, "未记录生活自理能力，按具备生活自理能力计算", "no self-care record: care amount for a person able to care for self"),
    /** a person in extreme-poverty support is not also paid dibao for themself (特困供养人员本人不再享受低保). */
    TEKUN_NOT_ALSO_DIBAO("tekun.not-also-dibao", Kind.NOTE, "特困供养人员本人不再享受低保", "a person in extreme-poverty support is not also paid dibao for themself"),
    /** no assessed need (经评估无救助需要). */
    TEMPORARY_NO_NEED("temporary.no-need", Kind.FAILED, "经评估无救助需要", "no assessed need"),
    /** amount capped (救助金额按上限发放). */
    TEMPORARY_CAPPED("temporary.capped", Kind.NOTE, "救助金额按上限发放", "amount capped"),
    /** emergency: assistance may be given first and documented afterwards (急难型救助可先行救助、事后补充说明). */
    TEMPORARY_PRIOR_ASSISTANCE_ALLOWED("temporary.prior-assistance-allowed", Kind.NOTE, "急难型救助可先行救助、事后补充说明", "emergency: assistance may be given first and documented afterwards"),
    /** no recorded disability (无残疾). */
    DISABILITY_NONE("disability.none", Kind.FAILED, "无残疾", "no recorded disability"),
    /** in extreme-poverty support (已纳入特困人员救助供养). */
    DISABILITY_IN_TEKUN("disability.in-tekun", Kind.FAILED, "已纳入特困人员救助供养", "in extreme-poverty support"),
    /** not in a dibao household (不属于低保家庭). */
    DISABILITY_NOT_DIBAO_HOUSEHOLD("disability.not-dibao-household", Kind.FAILED, "不属于低保家庭", "not in a dibao household"),
    /** disability grade not covered by the care subsidy (残疾等级不在护理补贴范围内). */
    DISABILITY_CARE_GRADE_NOT_COVERED("disability.care-grade-not-covered", Kind.FAILED, "残疾等级不在护理补贴范围内", "disability grade not covered by the care subsidy"),
    /** under 80 (未满80周岁). */
    SENIOR_UNDER_80("senior.under-80", Kind.FAILED, "未满80周岁", "under 80"),
    /** 18 or older (已满18周岁). */
    CHILD_ADULT("child.adult", Kind.FAILED, "已满18周岁", "18 or older"),
    /** not in a category of children in difficulty (不属于困境儿童保障类别). */
    CHILD_NOT_IN_DIFFICULTY("child.not-in-difficulty", Kind.FAILED, "不属于困境儿童保障类别", "not in a category of children in difficulty"),
    /** no rural hukou (非农村户籍). */
    LEFT_BEHIND_NOT_RURAL("left-behind.not-rural", Kind.FAILED, "非农村户籍", "no rural hukou"),
    /** 16 or older (已满16周岁). */
    LEFT_BEHIND_AGE("left-behind.age", Kind.FAILED, "已满16周岁", "16 or older"),
    /** parents not both away, nor one away and the other unable (父母未外出务工或另一方有监护能力). */
    LEFT_BEHIND_PARENTS_NOT_AWAY("left-behind.parents-not-away", Kind.FAILED, "父母未外出务工或另一方有监护能力", "parents not both away, nor one away and the other unable"),
    /** no entrusted-guardianship confirmation in force (缺少有效的委托监护责任确认书). */
    LEFT_BEHIND_GUARDIANSHIP_CONFIRMATION_MISSING("left-behind.guardianship-confirmation-missing", Kind.FAILED, "缺少有效的委托监护责任确认书", "no entrusted-guardianship confirmation in force"),
    /** not in a group eligible for home-care visits (不属于居家养老上门服务对象). */
    HOMECARE_NOT_IN_GROUP("homecare.not-in-group", Kind.FAILED, "不属于居家养老上门服务对象", "not in a group eligible for home-care visits");

    /** Whether a code states a failed condition or a note. */
    public enum Kind {
        /** A condition of eligibility that is not met (不符合条件). */
        FAILED,
        /** Information about how the result was formed (说明). */
        NOTE
    }

    private final String code;
    private final Kind kind;
    private final String chineseName;
    private final String englishName;

    ReasonCode(String code, Kind kind, String chineseName, String englishName) {
        this.code = code;
        this.kind = kind;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Whether this code states a failed condition or a note.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
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
