package org.minzheng.core.programs.dibao;

import java.math.BigDecimal;

import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.rule.GradualExit;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Rule;
import org.minzheng.core.rule.StandardsRelation;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueRange;
import org.minzheng.core.standards.ValueType;

/**
 * 最低生活保障 (dibao, the minimum living guarantee), declared in one place: its standards, reasons, texts,
 * rule ({@link DibaoRule}), monthly behaviour (paid monthly; gradual exit for {@link #GRACE_MONTHS} when
 * income rises above the standard because members work ({@link #INCOME_FROM_WORK}); applied for, not screened;
 * approved by the county) and report lines.
 * Legal basis: 《社会救助暂行办法》（国务院令第649号）第九条至第十三条; 《最低生活保障审核确认办法》（民发〔2021〕57号）.
 *
 * <p>The dibao standard ({@link #STANDARD_URBAN}, {@link #STANDARD_RURAL}) and the asset limits are read by
 * other social-assistance programs too (特困, 临时救助, 两项补贴); they are declared here, once.
 */
public final class Dibao {

    private Dibao() {
    }

    /**
     * {@code dibao.standard.urban} — 城市最低生活保障标准 (urban dibao standard). Monthly dibao standard per person for households with urban hukou. A household is eligible when its per-capita countable income is strictly below it.
     */
    public static final Standard<Money> STANDARD_URBAN = Standard.builder("dibao.standard.urban", ValueType.MONEY)
            .names("城市最低生活保障标准", "urban dibao standard")
            .unit(Unit.YUAN_PER_PERSON_MONTH)
            .mandatory()
            .description("Monthly dibao standard per person for households with urban hukou. A household is eligible when its per-capita countable income is strictly below it.")
            .legalBasis("《社会救助暂行办法》（国务院令第649号）第十条；《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.standard.rural} — 农村最低生活保障标准 (rural dibao standard). Monthly dibao standard per person for households with rural hukou. Regions that unify urban and rural standards set both to the same value.
     */
    public static final Standard<Money> STANDARD_RURAL = Standard.builder("dibao.standard.rural", ValueType.MONEY)
            .names("农村最低生活保障标准", "rural dibao standard")
            .unit(Unit.YUAN_PER_PERSON_MONTH)
            .mandatory()
            .description("Monthly dibao standard per person for households with rural hukou. Regions that unify urban and rural standards set both to the same value.")
            .legalBasis("《社会救助暂行办法》（国务院令第649号）第十条；《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.elderly-age} — 分类施保老年人年龄 (elderly age for dibao add-ons). Age (completed years on the last day of the month) from which a dibao household member counts as elderly for the 分类施保 add-on. Default 60, the statutory age of an elderly person.
     */
    public static final Standard<Integer> ADDON_ELDERLY_AGE = Standard.builder("dibao.addon.elderly-age", ValueType.INTEGER)
            .names("分类施保老年人年龄", "elderly age for dibao add-ons")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age (completed years on the last day of the month) from which a dibao household member counts as elderly for the 分类施保 add-on. Default 60, the statutory age of an elderly person.")
            .legalBasis("《老年人权益保障法》第二条")
            .build();

    /**
     * {@code dibao.addon.share.elderly} — 分类施保加发比例（老年人） (dibao add-on share, elderly member). Share of the dibao standard added per elderly member of an eligible household (分类施保). A member who qualifies for several add-ons receives the largest one. Default 0 (no add-on).
     */
    public static final Standard<BigDecimal> ADDON_SHARE_ELDERLY = Standard.builder("dibao.addon.share.elderly", ValueType.DECIMAL)
            .names("分类施保加发比例（老年人）", "dibao add-on share, elderly member")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ZERO)
            .description("Share of the dibao standard added per elderly member of an eligible household (分类施保). A member who qualifies for several add-ons receives the largest one. Default 0 (no add-on).")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.share.minor} — 分类施保加发比例（未成年人） (dibao add-on share, minor member). Share of the dibao standard added per member under 18. Default 0.
     */
    public static final Standard<BigDecimal> ADDON_SHARE_MINOR = Standard.builder("dibao.addon.share.minor", ValueType.DECIMAL)
            .names("分类施保加发比例（未成年人）", "dibao add-on share, minor member")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ZERO)
            .description("Share of the dibao standard added per member under 18. Default 0.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.share.severe-disability} — 分类施保加发比例（重度残疾人） (dibao add-on share, severely disabled member). Share of the dibao standard added per member with a grade 1 or 2 disability. Default 0.
     */
    public static final Standard<BigDecimal> ADDON_SHARE_SEVERE_DISABILITY = Standard.builder("dibao.addon.share.severe-disability", ValueType.DECIMAL)
            .names("分类施保加发比例（重度残疾人）", "dibao add-on share, severely disabled member")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ZERO)
            .description("Share of the dibao standard added per member with a grade 1 or 2 disability. Default 0.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.share.serious-illness} — 分类施保加发比例（重病患者） (dibao add-on share, seriously ill member). Share of the dibao standard added per seriously ill member. Default 0.
     */
    public static final Standard<BigDecimal> ADDON_SHARE_SERIOUS_ILLNESS = Standard.builder("dibao.addon.share.serious-illness", ValueType.DECIMAL)
            .names("分类施保加发比例（重病患者）", "dibao add-on share, seriously ill member")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ZERO)
            .description("Share of the dibao standard added per seriously ill member. Default 0.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.rounding} — 低保金取整方式 (dibao rounding). Precision of the final monthly dibao amount: fen or yuan, half-up, applied once to the household total. Default fen.
     */
    public static final Standard<Rounding> ROUNDING = Standard.builder("dibao.rounding", ValueType.ROUNDING)
            .names("低保金取整方式", "dibao rounding")
            .unit(Unit.CHOICE)
            .defaultValue(Rounding.FEN)
            .description("Precision of the final monthly dibao amount: fen or yuan, half-up, applied once to the household total. Default fen.")
            .build();

    /**
     * {@code dibao.grace-months} — 低保渐退期 (dibao grace period). Months a household whose income rises to or above the standard through work keeps its dibao (渐退). Default 0 (no grace period).
     */
    public static final Standard<Integer> GRACE_MONTHS = Standard.builder("dibao.grace-months", ValueType.INTEGER)
            .names("低保渐退期", "dibao grace period")
            .unit(Unit.MONTHS)
            .defaultValue(0)
            .description("Months a household whose income rises to or above the standard through work keeps its dibao (渐退). Default 0 (no grace period).")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.asset.financial-per-capita} — 低保家庭人均金融资产限额 (dibao per-capita financial asset limit). Largest per-capita value of deposits, securities and other financial assets a dibao household may hold (the household total divided by its members must not exceed it). Absent: no financial asset test.
     */
    public static final Standard<Money> ASSET_FINANCIAL_PER_CAPITA = Standard.builder("dibao.asset.financial-per-capita", ValueType.MONEY)
            .names("低保家庭人均金融资产限额", "dibao per-capita financial asset limit")
            .unit(Unit.YUAN)
            .description("Largest per-capita value of deposits, securities and other financial assets a dibao household may hold (the household total divided by its members must not exceed it). Absent: no financial asset test.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.asset.vehicles} — 低保家庭机动车辆限额 (dibao vehicle limit). Largest number of motor vehicles (other than disability mobility vehicles) a dibao household may own. Absent: no vehicle test.
     */
    public static final Standard<Integer> ASSET_VEHICLES = Standard.builder("dibao.asset.vehicles", ValueType.INTEGER)
            .names("低保家庭机动车辆限额", "dibao vehicle limit")
            .unit(Unit.COUNT)
            .description("Largest number of motor vehicles (other than disability mobility vehicles) a dibao household may own. Absent: no vehicle test.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.asset.extra-homes} — 低保家庭其他住房限额 (dibao extra-home limit). Largest number of homes beyond the one lived in that a dibao household may own. Absent: no housing test.
     */
    public static final Standard<Integer> ASSET_EXTRA_HOMES = Standard.builder("dibao.asset.extra-homes", ValueType.INTEGER)
            .names("低保家庭其他住房限额", "dibao extra-home limit")
            .unit(Unit.COUNT)
            .description("Largest number of homes beyond the one lived in that a dibao household may own. Absent: no housing test.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.minor-age} — 分类施保未成年人年龄 (minor age for dibao add-ons). A member under this age
     * (completed years on the last day of the month) counts as a minor for the 分类施保 add-on. Default 18.
     */
    public static final Standard<Integer> ADDON_MINOR_AGE = Standard.builder("dibao.addon.minor-age", ValueType.INTEGER)
            .names("分类施保未成年人年龄", "minor age for dibao add-ons")
            .unit(Unit.YEARS)
            .defaultValue(18)
            .description("A member under this age (completed years on the last day of the month) counts as a minor for the 分类施保 add-on. Default 18, the age of majority.")
            .legalBasis("《民法典》第十七条")
            .build();

    /**
     * {@code dibao.income.exclude.basic-pension} — 基础养老金不计入收入 (basic-pension base amount not counted).
     * Whether the base amount of the urban and rural residents' basic pension is left out of countable income.
     * Default true (the national rule).
     */
    public static final Standard<Boolean> EXCLUDE_BASIC_PENSION = Standard.builder("dibao.income.exclude.basic-pension", ValueType.BOOLEAN)
            .names("城乡居民基础养老金不计入收入", "basic-pension base amount not counted")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("Whether the base amount of the urban and rural residents' basic pension (income kind basic-pension) is left out of countable income. Default true, the national rule.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.income.exclude.family-planning-award} — 计划生育奖励与扶助金不计入收入 (family-planning awards
     * not counted). Default true (the national rule).
     */
    public static final Standard<Boolean> EXCLUDE_FAMILY_PLANNING = Standard.builder("dibao.income.exclude.family-planning-award", ValueType.BOOLEAN)
            .names("计划生育奖励与扶助金不计入收入", "family-planning awards not counted")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("Whether family-planning rewards and assistance (income kind family-planning-award) are left out of countable income. Default true, the national rule.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.income.exclude.reward} — 奖励金不计入收入 (rewards not counted). Default true (the national rule).
     */
    public static final Standard<Boolean> EXCLUDE_REWARD = Standard.builder("dibao.income.exclude.reward", ValueType.BOOLEAN)
            .names("奖励金不计入收入", "rewards not counted")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("Whether rewards and awards granted by governments (income kind reward) are left out of countable income. Default true, the national rule.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.income.exclude.social-assistance} — 社会救助金不计入收入 (assistance received not counted).
     * Default true (the national rule).
     */
    public static final Standard<Boolean> EXCLUDE_SOCIAL_ASSISTANCE = Standard.builder("dibao.income.exclude.social-assistance", ValueType.BOOLEAN)
            .names("社会救助金不计入收入", "assistance received not counted")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("Whether social-assistance money received (income kind social-assistance) is left out of countable income. Default true, the national rule.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.deduction.work-costs} — 必要就业成本扣减额 (deduction for necessary work costs). Monthly amount
     * deducted from each member's wage income (never below zero) for the costs of working. Absent: no deduction.
     */
    public static final Standard<Money> WORK_COSTS = Standard.builder("dibao.deduction.work-costs", ValueType.MONEY)
            .names("必要就业成本扣减额", "deduction for necessary work costs")
            .unit(Unit.YUAN_PER_MONTH)
            .description("Monthly amount deducted from each member's wage income (never below zero) for the necessary costs of working (transport, meals, work clothes). Wage income not attributed to a member is one earner's. Absent: no deduction.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.deduction.rigid} — 刚性支出扣减 (deduction for rigid expenditure). Whether the household's
     * recorded rigid expenditure ({@link org.minzheng.core.registry.RigidExpenditure}: medical, education, …) is
     * deducted from its countable income (支出型贫困). Default false: the national rule allows it, a region decides.
     */
    public static final Standard<Boolean> RIGID_DEDUCTION = Standard.builder("dibao.deduction.rigid", ValueType.BOOLEAN)
            .names("刚性支出扣减", "deduction for rigid expenditure")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether the household's recorded rigid expenditure (medical, education, other, as the kind standards say) is deducted from its countable income: the monthly average over dibao.deduction.rigid.months up to the month assessed, capped by dibao.deduction.rigid.cap, never below zero income. Default false.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.deduction.rigid.medical} — 扣减医疗支出 (medical costs deducted). Default true (when the deduction
     * is on).
     */
    public static final Standard<Boolean> RIGID_MEDICAL = Standard.builder("dibao.deduction.rigid.medical", ValueType.BOOLEAN)
            .names("刚性支出扣减：医疗支出", "rigid deduction: medical costs")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("With dibao.deduction.rigid: whether medical costs the household paid itself (after insurance and assistance) are deducted. Default true.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.deduction.rigid.education} — 扣减教育支出 (education costs deducted). Default true.
     */
    public static final Standard<Boolean> RIGID_EDUCATION = Standard.builder("dibao.deduction.rigid.education", ValueType.BOOLEAN)
            .names("刚性支出扣减：教育支出", "rigid deduction: education costs")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("With dibao.deduction.rigid: whether education costs beyond free compulsory schooling are deducted. Default true.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.deduction.rigid.other} — 扣减其他刚性支出 (other rigid expenditure deducted). Default false.
     */
    public static final Standard<Boolean> RIGID_OTHER = Standard.builder("dibao.deduction.rigid.other", ValueType.BOOLEAN)
            .names("刚性支出扣减：其他刚性支出", "rigid deduction: other rigid expenditure")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("With dibao.deduction.rigid: whether other rigid expenditure the region recognises (e.g. rehabilitation) is deducted. Default false.")
            .build();

    /**
     * {@code dibao.deduction.rigid.months} — 刚性支出核算月数 (months of rigid expenditure averaged). The
     * expenditure of this many months, ending with the month assessed, is averaged per month. Default 12.
     */
    public static final Standard<Integer> RIGID_MONTHS = Standard.builder("dibao.deduction.rigid.months", ValueType.INTEGER)
            .names("刚性支出核算月数", "months of rigid expenditure averaged")
            .unit(Unit.MONTHS)
            .defaultValue(12)
            .range(ValueRange.of(1, 36))
            .description("With dibao.deduction.rigid: the rigid expenditure of this many months, ending with the month assessed, is summed and divided by this number (to the fen, rounded down). Default 12, the year most regions look back on.")
            .build();

    /**
     * {@code dibao.deduction.rigid.cap} — 刚性支出月扣减上限 (monthly cap on the rigid deduction). The most deducted
     * from a household's monthly income. Absent: no cap.
     */
    public static final Standard<Money> RIGID_CAP = Standard.builder("dibao.deduction.rigid.cap", ValueType.MONEY)
            .names("刚性支出月扣减上限", "monthly cap on the rigid deduction")
            .unit(Unit.YUAN_PER_MONTH)
            .description("With dibao.deduction.rigid: the most deducted from a household's monthly countable income for rigid expenditure. Absent: no cap.")
            .build();

    /**
     * {@code dibao.edge.income-multiple} — 低保边缘家庭收入倍数 (income multiple for households on the edge of
     * dibao). A household not eligible for dibao whose per-capita countable income is below this multiple of the
     * dibao standard, and whose assets pass the dibao limits, is a 低保边缘家庭. Default 1.5.
     */
    public static final Standard<BigDecimal> EDGE_MULTIPLE = Standard.builder("dibao.edge.income-multiple", ValueType.DECIMAL)
            .names("低保边缘家庭收入倍数", "income multiple for households on the edge of dibao")
            .unit(Unit.MULTIPLE)
            .defaultValue(new BigDecimal("1.5"))
            .range(ValueRange.of("1", "3"))
            .description("A household not eligible for dibao whose per-capita countable income is strictly below this multiple of the dibao standard, and whose assets pass the dibao limits, is a household on the edge of dibao (低保边缘家庭). Default 1.5, the national figure.")
            .legalBasis("民政部等《最低生活保障边缘家庭和刚性支出困难家庭认定办法》（2024）")
            .build();

    /**
     * {@code dibao.single-person-cover} — 单人保 (covering a member alone). Whether a severely disabled or seriously
     * ill member of a household on the edge of dibao is covered alone, as a one-person household with the
     * member's own income. Default false.
     */
    public static final Standard<Boolean> SINGLE_PERSON_COVER = Standard.builder("dibao.single-person-cover", ValueType.BOOLEAN)
            .names("低保边缘家庭重病重残人员单人保", "single-person cover on the edge of dibao")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether a severely disabled (grade 1-2) or seriously ill member of a household on the edge of dibao is covered alone (单人保), as a one-person household with the member's own countable income. Default false.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.amount-method} — 低保金计发方式 (dibao amount method). {@code difference}: (standard − per-capita
     * income) × members; {@code tiered} (分档): a share of the standard per member by the tier of the per-capita
     * income ({@link #TIER_1_BELOW} … {@link #TIER_3_SHARE}). Default difference.
     */
    public static final Standard<AmountMethod> AMOUNT_METHOD = Standard.builder("dibao.amount-method", ValueType.ofCoded(AmountMethod.class))
            .names("低保金计发方式", "dibao amount method")
            .unit(Unit.CHOICE)
            .defaultValue(AmountMethod.DIFFERENCE)
            .description("difference: (standard − per-capita income) × members; tiered (分档): each counted member is paid a share of the standard by the tier the household's per-capita income falls in (dibao.tier.*). Default difference.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.tier.1.below} — 第一档收入上限（占低保标准比例） (upper bound of tier 1). A household whose
     * per-capita income is below this share of the standard is in tier 1. Needed when the method is tiered.
     */
    public static final Standard<BigDecimal> TIER_1_BELOW = Standard.builder("dibao.tier.1.below", ValueType.DECIMAL)
            .names("低保第一档人均收入上限（占标准比例）", "dibao tier 1 upper bound")
            .unit(Unit.SHARE)
            .description("With tiered amounts: a household whose per-capita countable income is strictly below this share of the standard is in tier 1.")
            .build();

    /**
     * {@code dibao.tier.1.share} — 第一档发放比例 (tier 1 share). Share of the standard paid per counted member in tier 1.
     */
    public static final Standard<BigDecimal> TIER_1_SHARE = Standard.builder("dibao.tier.1.share", ValueType.DECIMAL)
            .names("低保第一档发放比例", "dibao tier 1 share")
            .unit(Unit.SHARE)
            .description("With tiered amounts: share of the standard paid per counted member of a tier-1 household.")
            .build();

    /**
     * {@code dibao.tier.2.below} — 第二档收入上限（占低保标准比例） (upper bound of tier 2).
     */
    public static final Standard<BigDecimal> TIER_2_BELOW = Standard.builder("dibao.tier.2.below", ValueType.DECIMAL)
            .names("低保第二档人均收入上限（占标准比例）", "dibao tier 2 upper bound")
            .unit(Unit.SHARE)
            .description("With tiered amounts: a household not in tier 1 whose per-capita countable income is strictly below this share of the standard is in tier 2; the others below the standard are in tier 3.")
            .build();

    /**
     * {@code dibao.tier.2.share} — 第二档发放比例 (tier 2 share).
     */
    public static final Standard<BigDecimal> TIER_2_SHARE = Standard.builder("dibao.tier.2.share", ValueType.DECIMAL)
            .names("低保第二档发放比例", "dibao tier 2 share")
            .unit(Unit.SHARE)
            .description("With tiered amounts: share of the standard paid per counted member of a tier-2 household.")
            .build();

    /**
     * {@code dibao.tier.3.share} — 第三档发放比例 (tier 3 share).
     */
    public static final Standard<BigDecimal> TIER_3_SHARE = Standard.builder("dibao.tier.3.share", ValueType.DECIMAL)
            .names("低保第三档发放比例", "dibao tier 3 share")
            .unit(Unit.SHARE)
            .description("With tiered amounts: share of the standard paid per counted member of a tier-3 household (income from tier 2's bound up to the standard).")
            .build();

    /** no member counts in the dibao household (无可计入保障的家庭成员). */
    public static final ReasonCode NO_MEMBERS = ReasonCode.failed("dibao.no-members",
            "无可计入保障的家庭成员", "no member counts in the dibao household");

    /** per-capita income is not below the dibao standard (家庭人均收入不低于低保标准). */
    public static final ReasonCode INCOME_NOT_BELOW_STANDARD = ReasonCode.failed("dibao.income-not-below-standard",
            "家庭人均收入不低于低保标准", "per-capita income is not below the dibao standard");

    /** per-capita financial assets exceed the limit (家庭人均金融资产超过限额). */
    public static final ReasonCode FINANCIAL_ASSETS_OVER_LIMIT = ReasonCode.failed("dibao.financial-assets-over-limit",
            "家庭人均金融资产超过限额", "per-capita financial assets exceed the limit");

    /** the household owns more vehicles than allowed (家庭机动车辆超过限额). */
    public static final ReasonCode VEHICLES_OVER_LIMIT = ReasonCode.failed("dibao.vehicles-over-limit",
            "家庭机动车辆超过限额", "the household owns more vehicles than allowed");

    /** the household owns more homes than allowed (家庭其他住房超过限额). */
    public static final ReasonCode HOMES_OVER_LIMIT = ReasonCode.failed("dibao.homes-over-limit",
            "家庭其他住房超过限额", "the household owns more homes than allowed");

    /** some members are not counted (in extreme-poverty support, in prison, in compulsory rehabilitation, declared missing or deceased) (部分成员不计入保障（特困供养、服刑、强制隔离戒毒、宣告失踪或死亡）). */
    public static final ReasonCode MEMBER_EXCLUDED = ReasonCode.note("dibao.member-excluded",
            "部分成员不计入保障（特困供养、服刑、强制隔离戒毒、宣告失踪或死亡）", "some members are not counted (in extreme-poverty support, in prison, in compulsory rehabilitation, declared missing or deceased)");

    /**
     * the income is not below the standard because members work (家庭成员就业后收入不低于低保标准): a note beside
     * {@link #INCOME_NOT_BELOW_STANDARD} when the household would be below the line without its earnings from
     * work; only then does gradual exit (渐退) open.
     */
    public static final ReasonCode INCOME_FROM_WORK = ReasonCode.note("dibao.income-from-work",
            "家庭成员就业使家庭人均收入不低于低保标准", "the income is not below the standard because members work");

    /** a member is covered alone (单人保): the household is on the edge of dibao and the member is severely disabled or seriously ill. */
    public static final ReasonCode SINGLE_PERSON = ReasonCode.note("dibao.single-person-cover",
            "低保边缘家庭中的重病、重度残疾人员单人纳入低保", "a severely disabled or seriously ill member of a household on the edge of dibao is covered alone");

    private static java.util.Optional<String> tiersProblem(ResolvedStandards r) {
        if (r.find(AMOUNT_METHOD).orElse(AmountMethod.DIFFERENCE) != AmountMethod.TIERED) {
            return java.util.Optional.empty();
        }
        java.util.List<Standard<BigDecimal>> all = java.util.List.of(TIER_1_BELOW, TIER_1_SHARE, TIER_2_BELOW,
                TIER_2_SHARE, TIER_3_SHARE);
        for (Standard<BigDecimal> s : all) {
            if (r.find(s).isEmpty()) {
                return java.util.Optional.of("tiered amounts without " + s.code());
            }
        }
        if (r.find(TIER_1_BELOW).get().compareTo(r.find(TIER_2_BELOW).get()) > 0) {
            return java.util.Optional.of("dibao.tier.1.below is above dibao.tier.2.below");
        }
        if (r.find(TIER_1_SHARE).get().compareTo(r.find(TIER_2_SHARE).get()) < 0
                || r.find(TIER_2_SHARE).get().compareTo(r.find(TIER_3_SHARE).get()) < 0) {
            return java.util.Optional.of("a tier with more income is paid a larger share");
        }
        return java.util.Optional.empty();
    }

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> Dibao.class.getResourceAsStream(name));

    /**
     * The national rule ({@link DibaoRule}), for a regional variant that reads the facts differently (e.g. leaves
     * out an income its province does not count): {@code Dibao.PROGRAM.derive(myReader, Dibao.RULE)}.
     */
    public static final Rule<DibaoRequest> RULE = DibaoRule::decide;

    /** The program. */
    public static final ProgramRule<DibaoRequest> PROGRAM = ProgramRule.builder(NationalPrograms.DIBAO,
                    DibaoRequest::from, RULE)
            .names("最低生活保障", "minimum living guarantee")
            .grantedTo(SubjectKind.HOUSEHOLD)
            .legalBasis(Documents.DECREE_649, new LegalBasis("最低生活保障审核确认办法", "民发〔2021〕57号"))
            .standards(STANDARD_URBAN, STANDARD_RURAL, ADDON_ELDERLY_AGE, ADDON_MINOR_AGE, ADDON_SHARE_ELDERLY,
                    ADDON_SHARE_MINOR, ADDON_SHARE_SEVERE_DISABILITY, ADDON_SHARE_SERIOUS_ILLNESS, ROUNDING, GRACE_MONTHS,
                    ASSET_FINANCIAL_PER_CAPITA, ASSET_VEHICLES, ASSET_EXTRA_HOMES, EXCLUDE_BASIC_PENSION,
                    EXCLUDE_FAMILY_PLANNING, EXCLUDE_REWARD, EXCLUDE_SOCIAL_ASSISTANCE, WORK_COSTS, EDGE_MULTIPLE,
                    SINGLE_PERSON_COVER, AMOUNT_METHOD, TIER_1_BELOW, TIER_1_SHARE, TIER_2_BELOW, TIER_2_SHARE,
                    TIER_3_SHARE, RIGID_DEDUCTION, RIGID_MEDICAL, RIGID_EDUCATION, RIGID_OTHER, RIGID_MONTHS, RIGID_CAP)
            .relations(StandardsRelation.of("tiered amounts need every tier, bounds ascending and shares descending",
                    "set dibao.tier.1.below ≤ dibao.tier.2.below and dibao.tier.1.share ≥ dibao.tier.2.share ≥ "
                            + "dibao.tier.3.share, all five", Dibao::tiersProblem))
            .reasons(NO_MEMBERS, INCOME_NOT_BELOW_STANDARD, FINANCIAL_ASSETS_OVER_LIMIT, VEHICLES_OVER_LIMIT,
                    HOMES_OVER_LIMIT, MEMBER_EXCLUDED, INCOME_FROM_WORK, SINGLE_PERSON)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.monthly().withGradualExit(GradualExit.when(GRACE_MONTHS, INCOME_NOT_BELOW_STANDARD,
                    INCOME_FROM_WORK)))
            .report(ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE, Measure.REACHED,
                    Measure.PAYMENTS, Measure.AMOUNT))
            .build();
}
