package org.minzheng.core.standards;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.elderly.ComaRule;
import org.minzheng.core.money.Money;

/**
 * The catalogue of standards the national rules use (国家规则所用标准目录). Each constant documents one
 * standard: its code, names, unit, type, default (where national policy fixes one) and legal basis.
 * The generated table in {@code docs/standards.md} lists them all.
 *
 * <p>Codes follow one scheme: {@code <program>.<what>[.<qualifier>]}, lower case, words joined by
 * hyphens. Regions supply the values through a standards provider; calculators read them from
 * {@link ResolvedStandards}.
 */
public final class Standards {

    private Standards() {
    }

    /**
     * {@code dibao.standard.urban} — 城市最低生活保障标准 (urban dibao standard). Monthly dibao standard per person for households with urban hukou. A household is eligible when its per-capita countable income is strictly below it.
     */
    public static final Standard<Money> DIBAO_STANDARD_URBAN = Standard.builder("dibao.standard.urban", ValueType.MONEY)
            .names("城市最低生活保障标准", "urban dibao standard")
            .unit(Unit.YUAN_PER_PERSON_MONTH)
            .mandatory()
            .description("Monthly dibao standard per person for households with urban hukou. A household is eligible when its per-capita countable income is strictly below it.")
            .legalBasis("《社会救助暂行办法》（国务院令第649号）第十条；《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.standard.rural} — 农村最低生活保障标准 (rural dibao standard). Monthly dibao standard per person for households with rural hukou. Regions that unify urban and rural standards set both to the same value.
     */
    public static final Standard<Money> DIBAO_STANDARD_RURAL = Standard.builder("dibao.standard.rural", ValueType.MONEY)
            .names("农村最低生活保障标准", "rural dibao standard")
            .unit(Unit.YUAN_PER_PERSON_MONTH)
            .mandatory()
            .description("Monthly dibao standard per person for households with rural hukou. Regions that unify urban and rural standards set both to the same value.")
            .legalBasis("《社会救助暂行办法》（国务院令第649号）第十条；《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.elderly-age} — 分类施保老年人年龄 (elderly age for dibao add-ons). Age (completed years on the last day of the month) from which a dibao household member counts as elderly for the 分类施保 add-on. Default 60, the statutory age of an elderly person.
     */
    public static final Standard<Integer> DIBAO_ADDON_ELDERLY_AGE = Standard.builder("dibao.addon.elderly-age", ValueType.INTEGER)
            .names("分类施保老年人年龄", "elderly age for dibao add-ons")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age (completed years on the last day of the month) from which a dibao household member counts as elderly for the 分类施保 add-on. Default 60, the statutory age of an elderly person.")
            .legalBasis("《老年人权益保障法》第二条")
            .build();

    /**
     * {@code dibao.addon.share.elderly} — 分类施保加发比例（老年人） (dibao add-on share, elderly member). Share of the dibao standard added per elderly member of an eligible household (分类施保). A member who qualifies for several add-ons receives the largest one. Default 0 (no add-on).
     */
    public static final Standard<BigDecimal> DIBAO_ADDON_SHARE_ELDERLY = Standard.builder("dibao.addon.share.elderly", ValueType.DECIMAL)
            .names("分类施保加发比例（老年人）", "dibao add-on share, elderly member")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ZERO)
            .description("Share of the dibao standard added per elderly member of an eligible household (分类施保). A member who qualifies for several add-ons receives the largest one. Default 0 (no add-on).")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.share.minor} — 分类施保加发比例（未成年人） (dibao add-on share, minor member). Share of the dibao standard added per member under 18. Default 0.
     */
    public static final Standard<BigDecimal> DIBAO_ADDON_SHARE_MINOR = Standard.builder("dibao.addon.share.minor", ValueType.DECIMAL)
            .names("分类施保加发比例（未成年人）", "dibao add-on share, minor member")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ZERO)
            .description("Share of the dibao standard added per member under 18. Default 0.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.share.severe-disability} — 分类施保加发比例（重度残疾人） (dibao add-on share, severely disabled member). Share of the dibao standard added per member with a grade 1 or 2 disability. Default 0.
     */
    public static final Standard<BigDecimal> DIBAO_ADDON_SHARE_SEVERE_DISABILITY = Standard.builder("dibao.addon.share.severe-disability", ValueType.DECIMAL)
            .names("分类施保加发比例（重度残疾人）", "dibao add-on share, severely disabled member")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ZERO)
            .description("Share of the dibao standard added per member with a grade 1 or 2 disability. Default 0.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.addon.share.serious-illness} — 分类施保加发比例（重病患者） (dibao add-on share, seriously ill member). Share of the dibao standard added per seriously ill member. Default 0.
     */
    public static final Standard<BigDecimal> DIBAO_ADDON_SHARE_SERIOUS_ILLNESS = Standard.builder("dibao.addon.share.serious-illness", ValueType.DECIMAL)
            .names("分类施保加发比例（重病患者）", "dibao add-on share, seriously ill member")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ZERO)
            .description("Share of the dibao standard added per seriously ill member. Default 0.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.rounding} — 低保金取整方式 (dibao rounding). Precision of the final monthly dibao amount: fen or yuan, half-up, applied once to the household total. Default fen.
     */
    public static final Standard<Rounding> DIBAO_ROUNDING = Standard.builder("dibao.rounding", ValueType.ROUNDING)
            .names("低保金取整方式", "dibao rounding")
            .unit(Unit.CHOICE)
            .defaultValue(Rounding.FEN)
            .description("Precision of the final monthly dibao amount: fen or yuan, half-up, applied once to the household total. Default fen.")
            .build();

    /**
     * {@code dibao.grace-months} — 低保渐退期 (dibao grace period). Months a household whose income rises to or above the standard through work keeps its dibao (渐退). Default 0 (no grace period).
     */
    public static final Standard<Integer> DIBAO_GRACE_MONTHS = Standard.builder("dibao.grace-months", ValueType.INTEGER)
            .names("低保渐退期", "dibao grace period")
            .unit(Unit.MONTHS)
            .defaultValue(0)
            .description("Months a household whose income rises to or above the standard through work keeps its dibao (渐退). Default 0 (no grace period).")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.asset.financial-per-capita} — 低保家庭人均金融资产限额 (dibao per-capita financial asset limit). Largest per-capita value of deposits, securities and other financial assets a dibao household may hold (the household total divided by its members must not exceed it). Absent: no financial asset test.
     */
    public static final Standard<Money> DIBAO_ASSET_FINANCIAL_PER_CAPITA = Standard.builder("dibao.asset.financial-per-capita", ValueType.MONEY)
            .names("低保家庭人均金融资产限额", "dibao per-capita financial asset limit")
            .unit(Unit.YUAN)
            .description("Largest per-capita value of deposits, securities and other financial assets a dibao household may hold (the household total divided by its members must not exceed it). Absent: no financial asset test.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.asset.vehicles} — 低保家庭机动车辆限额 (dibao vehicle limit). Largest number of motor vehicles (other than disability mobility vehicles) a dibao household may own. Absent: no vehicle test.
     */
    public static final Standard<Integer> DIBAO_ASSET_VEHICLES = Standard.builder("dibao.asset.vehicles", ValueType.INTEGER)
            .names("低保家庭机动车辆限额", "dibao vehicle limit")
            .unit(Unit.COUNT)
            .description("Largest number of motor vehicles (other than disability mobility vehicles) a dibao household may own. Absent: no vehicle test.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code dibao.asset.extra-homes} — 低保家庭其他住房限额 (dibao extra-home limit). Largest number of homes beyond the one lived in that a dibao household may own. Absent: no housing test.
     */
    public static final Standard<Integer> DIBAO_ASSET_EXTRA_HOMES = Standard.builder("dibao.asset.extra-homes", ValueType.INTEGER)
            .names("低保家庭其他住房限额", "dibao extra-home limit")
            .unit(Unit.COUNT)
            .description("Largest number of homes beyond the one lived in that a dibao household may own. Absent: no housing test.")
            .legalBasis("《最低生活保障审核确认办法》（民发〔2021〕57号）")
            .build();

    /**
     * {@code tekun.basic.multiple} — 特困基本生活标准倍数 (tekun basic-living multiple). Basic-living amount of a person in extreme-poverty support as a multiple of the local dibao standard (by the person's hukou), e.g. 1.3. Used when tekun.basic.urban / tekun.basic.rural is absent; one of them must be set.
     */
    public static final Standard<BigDecimal> TEKUN_BASIC_MULTIPLE = Standard.builder("tekun.basic.multiple", ValueType.DECIMAL)
            .names("特困基本生活标准倍数", "tekun basic-living multiple")
            .unit(Unit.MULTIPLE)
            .description("Basic-living amount of a person in extreme-poverty support as a multiple of the local dibao standard (by the person's hukou), e.g. 1.3. Used when tekun.basic.urban / tekun.basic.rural is absent; one of them must be set.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）；国发〔2016〕14号")
            .build();

    /**
     * {@code tekun.basic.urban} — 城市特困人员基本生活标准 (urban tekun basic-living amount). Monthly basic-living amount for an urban person in extreme-poverty support; when set it wins over tekun.basic.multiple.
     */
    public static final Standard<Money> TEKUN_BASIC_URBAN = Standard.builder("tekun.basic.urban", ValueType.MONEY)
            .names("城市特困人员基本生活标准", "urban tekun basic-living amount")
            .unit(Unit.YUAN_PER_MONTH)
            .description("Monthly basic-living amount for an urban person in extreme-poverty support; when set it wins over tekun.basic.multiple.")
            .legalBasis("国发〔2016〕14号")
            .build();

    /**
     * {@code tekun.basic.rural} — 农村特困人员基本生活标准 (rural tekun basic-living amount). Monthly basic-living amount for a rural person in extreme-poverty support; when set it wins over tekun.basic.multiple.
     */
    public static final Standard<Money> TEKUN_BASIC_RURAL = Standard.builder("tekun.basic.rural", ValueType.MONEY)
            .names("农村特困人员基本生活标准", "rural tekun basic-living amount")
            .unit(Unit.YUAN_PER_MONTH)
            .description("Monthly basic-living amount for a rural person in extreme-poverty support; when set it wins over tekun.basic.multiple.")
            .legalBasis("国发〔2016〕14号")
            .build();

    /**
     * {@code tekun.care.self-care} — 特困人员照料护理标准（具备生活自理能力） (tekun care amount, able to care for self). Monthly care amount for a person in extreme-poverty support who keeps all six activities of daily living.
     */
    public static final Standard<Money> TEKUN_CARE_SELF_CARE = Standard.builder("tekun.care.self-care", ValueType.MONEY)
            .names("特困人员照料护理标准（具备生活自理能力）", "tekun care amount, able to care for self")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care amount for a person in extreme-poverty support who keeps all six activities of daily living.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.care.partial} — 特困人员照料护理标准（部分丧失生活自理能力） (tekun care amount, partly unable to care for self). Monthly care amount for a person who has lost 1 to 3 of the six activities of daily living.
     */
    public static final Standard<Money> TEKUN_CARE_PARTIAL = Standard.builder("tekun.care.partial", ValueType.MONEY)
            .names("特困人员照料护理标准（部分丧失生活自理能力）", "tekun care amount, partly unable to care for self")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care amount for a person who has lost 1 to 3 of the six activities of daily living.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.care.complete} — 特困人员照料护理标准（完全丧失生活自理能力） (tekun care amount, wholly unable to care for self). Monthly care amount for a person who has lost 4 or more of the six activities of daily living.
     */
    public static final Standard<Money> TEKUN_CARE_COMPLETE = Standard.builder("tekun.care.complete", ValueType.MONEY)
            .names("特困人员照料护理标准（完全丧失生活自理能力）", "tekun care amount, wholly unable to care for self")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care amount for a person who has lost 4 or more of the six activities of daily living.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.age.elderly} — 特困人员老年人年龄 (tekun elderly age). Age from which a person counts as elderly, and so without capacity to work, for extreme-poverty support. Default 60.
     */
    public static final Standard<Integer> TEKUN_AGE_ELDERLY = Standard.builder("tekun.age.elderly", ValueType.INTEGER)
            .names("特困人员老年人年龄", "tekun elderly age")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age from which a person counts as elderly, and so without capacity to work, for extreme-poverty support. Default 60.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.age.minor} — 特困人员未成年人年龄 (tekun minor age). Age below which a minor counts as without capacity to work for a new extreme-poverty application. Default 16.
     */
    public static final Standard<Integer> TEKUN_AGE_MINOR = Standard.builder("tekun.age.minor", ValueType.INTEGER)
            .names("特困人员未成年人年龄", "tekun minor age")
            .unit(Unit.YEARS)
            .defaultValue(16)
            .description("Age below which a minor counts as without capacity to work for a new extreme-poverty application. Default 16.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.age.minor-continued} — 特困未成年人供养延续年龄 (tekun continued-support age for minors). Age up to which a minor already in extreme-poverty support stays covered (longer while in school is decided case by case). Default 18.
     */
    public static final Standard<Integer> TEKUN_AGE_MINOR_CONTINUED = Standard.builder("tekun.age.minor-continued", ValueType.INTEGER)
            .names("特困未成年人供养延续年龄", "tekun continued-support age for minors")
            .unit(Unit.YEARS)
            .defaultValue(18)
            .description("Age up to which a minor already in extreme-poverty support stays covered (longer while in school is decided case by case). Default 18.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.supporter.elderly-age} — 无履行义务能力的赡养人年龄 (age of a supporter unable to support). Age from which a legal supporter with income below tekun.supporter.income-limit counts as unable to support. Default 70.
     */
    public static final Standard<Integer> TEKUN_SUPPORTER_ELDERLY_AGE = Standard.builder("tekun.supporter.elderly-age", ValueType.INTEGER)
            .names("无履行义务能力的赡养人年龄", "age of a supporter unable to support")
            .unit(Unit.YEARS)
            .defaultValue(70)
            .description("Age from which a legal supporter with income below tekun.supporter.income-limit counts as unable to support. Default 70.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.supporter.income-limit} — 赡养人收入限额（上年人均可支配收入） (supporter income limit). The local per-capita disposable income of the previous year: an old, severely disabled, or grade-3 intellectually or mentally disabled supporter with a lower annual income counts as unable to support. Needed only when such a supporter is assessed.
     */
    public static final Standard<Money> TEKUN_SUPPORTER_INCOME_LIMIT = Standard.builder("tekun.supporter.income-limit", ValueType.MONEY)
            .names("赡养人收入限额（上年人均可支配收入）", "supporter income limit")
            .unit(Unit.YUAN_PER_YEAR)
            .description("The local per-capita disposable income of the previous year: an old, severely disabled, or grade-3 intellectually or mentally disabled supporter with a lower annual income counts as unable to support. Needed only when such a supporter is assessed.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code temporary.cap.emergency-months} — 急难型临时救助上限（低保标准月数） (emergency temporary-assistance cap). Cap on one emergency (急难型) temporary-assistance payment, as a multiple of the monthly dibao standard.
     */
    public static final Standard<BigDecimal> TEMPORARY_CAP_EMERGENCY_MONTHS = Standard.builder("temporary.cap.emergency-months", ValueType.DECIMAL)
            .names("急难型临时救助上限（低保标准月数）", "emergency temporary-assistance cap")
            .unit(Unit.MULTIPLE)
            .mandatory()
            .description("Cap on one emergency (急难型) temporary-assistance payment, as a multiple of the monthly dibao standard.")
            .legalBasis("《社会救助暂行办法》第四十七条至第五十条；国发〔2014〕47号")
            .build();

    /**
     * {@code temporary.cap.expenditure-months} — 支出型临时救助上限（低保标准月数） (expenditure temporary-assistance cap). Cap on one expenditure (支出型) temporary-assistance payment, as a multiple of the monthly dibao standard.
     */
    public static final Standard<BigDecimal> TEMPORARY_CAP_EXPENDITURE_MONTHS = Standard.builder("temporary.cap.expenditure-months", ValueType.DECIMAL)
            .names("支出型临时救助上限（低保标准月数）", "expenditure temporary-assistance cap")
            .unit(Unit.MULTIPLE)
            .mandatory()
            .description("Cap on one expenditure (支出型) temporary-assistance payment, as a multiple of the monthly dibao standard.")
            .legalBasis("《社会救助暂行办法》第四十七条至第五十条；国发〔2014〕47号")
            .build();

    /**
     * {@code temporary.township-limit} — 乡镇临时救助审批限额 (township approval limit for temporary assistance). Largest temporary-assistance amount a township (street office) may approve itself; larger amounts go to the county.
     */
    public static final Standard<Money> TEMPORARY_TOWNSHIP_LIMIT = Standard.builder("temporary.township-limit", ValueType.MONEY)
            .names("乡镇临时救助审批限额", "township approval limit for temporary assistance")
            .unit(Unit.YUAN)
            .mandatory()
            .description("Largest temporary-assistance amount a township (street office) may approve itself; larger amounts go to the county.")
            .legalBasis("国发〔2014〕47号")
            .build();

    /**
     * {@code disability.living.share.severe} — 困难残疾人生活补贴比例（重度） (living subsidy share, severe disability). Monthly living subsidy for a severely disabled (grade 1–2) member of a dibao household, as a share of the dibao standard.
     */
    public static final Standard<BigDecimal> DISABILITY_LIVING_SHARE_SEVERE = Standard.builder("disability.living.share.severe", ValueType.DECIMAL)
            .names("困难残疾人生活补贴比例（重度）", "living subsidy share, severe disability")
            .unit(Unit.SHARE)
            .mandatory()
            .description("Monthly living subsidy for a severely disabled (grade 1–2) member of a dibao household, as a share of the dibao standard.")
            .legalBasis("国发〔2015〕52号；苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.living.share.other} — 困难残疾人生活补贴比例（非重度） (living subsidy share, other disability). Monthly living subsidy for a member with a grade 3–4 disability in a dibao household, as a share of the dibao standard.
     */
    public static final Standard<BigDecimal> DISABILITY_LIVING_SHARE_OTHER = Standard.builder("disability.living.share.other", ValueType.DECIMAL)
            .names("困难残疾人生活补贴比例（非重度）", "living subsidy share, other disability")
            .unit(Unit.SHARE)
            .mandatory()
            .description("Monthly living subsidy for a member with a grade 3–4 disability in a dibao household, as a share of the dibao standard.")
            .legalBasis("国发〔2015〕52号；苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.living.share.severe-no-income} — 无固定收入重度残疾人生活补贴比例 (living subsidy share,
     * severe disability without own income). Optional: where set, a severely disabled dibao member with no
     * countable income of their own receives this share instead of disability.living.share.severe when larger.
     */
    public static final Standard<BigDecimal> DISABILITY_LIVING_SHARE_SEVERE_NO_INCOME = Standard.builder(
            "disability.living.share.severe-no-income", ValueType.DECIMAL)
            .names("无固定收入重度残疾人生活补贴比例", "living subsidy share, severe disability without own income")
            .unit(Unit.SHARE)
            .description("Optional. Share of the dibao standard paid as living subsidy to a severely disabled (grade 1–2) member of a dibao household who has no countable income of their own (Jiangsu: 1.0); used instead of disability.living.share.severe when larger.")
            .legalBasis("苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.care.urban} — 重度残疾人护理补贴（城市） (care subsidy, urban). Monthly care subsidy for a severely disabled person with urban hukou.
     */
    public static final Standard<Money> DISABILITY_CARE_URBAN = Standard.builder("disability.care.urban", ValueType.MONEY)
            .names("重度残疾人护理补贴（城市）", "care subsidy, urban")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care subsidy for a severely disabled person with urban hukou.")
            .legalBasis("国发〔2015〕52号；苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.care.rural} — 重度残疾人护理补贴（农村） (care subsidy, rural). Monthly care subsidy for a severely disabled person with rural hukou.
     */
    public static final Standard<Money> DISABILITY_CARE_RURAL = Standard.builder("disability.care.rural", ValueType.MONEY)
            .names("重度残疾人护理补贴（农村）", "care subsidy, rural")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care subsidy for a severely disabled person with rural hukou.")
            .legalBasis("国发〔2015〕52号；苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.care.grade34-intellectual-mental} — 护理补贴扩展至三、四级智力和精神残疾人 (care subsidy for grade 3–4 intellectual or mental disability). Whether the care subsidy also covers grade 3–4 intellectual and mental disability. Default false.
     */
    public static final Standard<Boolean> DISABILITY_CARE_GRADE34_INTELLECTUAL_MENTAL = Standard.builder("disability.care.grade34-intellectual-mental", ValueType.BOOLEAN)
            .names("护理补贴扩展至三、四级智力和精神残疾人", "care subsidy for grade 3–4 intellectual or mental disability")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether the care subsidy also covers grade 3–4 intellectual and mental disability. Default false.")
            .legalBasis("国发〔2015〕52号")
            .build();

    /**
     * {@code senior.allowance.80} — 尊老金（80至89周岁） (senior allowance, age 80–89). Monthly senior allowance (尊老金 / 高龄津贴) for ages 80 to 89.
     */
    public static final Standard<Money> SENIOR_ALLOWANCE_80 = Standard.builder("senior.allowance.80", ValueType.MONEY)
            .names("尊老金（80至89周岁）", "senior allowance, age 80–89")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance (尊老金 / 高龄津贴) for ages 80 to 89.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.90} — 尊老金（90至99周岁） (senior allowance, age 90–99). Monthly senior allowance for ages 90 to 99.
     */
    public static final Standard<Money> SENIOR_ALLOWANCE_90 = Standard.builder("senior.allowance.90", ValueType.MONEY)
            .names("尊老金（90至99周岁）", "senior allowance, age 90–99")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance for ages 90 to 99.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.100} — 尊老金（100周岁及以上） (senior allowance, age 100 and over). Monthly senior allowance for ages 100 and over.
     */
    public static final Standard<Money> SENIOR_ALLOWANCE_100 = Standard.builder("senior.allowance.100", ValueType.MONEY)
            .names("尊老金（100周岁及以上）", "senior allowance, age 100 and over")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance for ages 100 and over.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.age-basis} — 尊老金年龄计算口径 (senior allowance age basis). How age is counted for the allowance bands: birth-month (age on the last day of the month), birth-day (age on the first day of the month) or birth-year (the month's year minus the birth year). Default birth-month.
     */
    public static final Standard<AgeBasis> SENIOR_ALLOWANCE_AGE_BASIS = Standard.builder("senior.allowance.age-basis", ValueType.AGE_BASIS)
            .names("尊老金年龄计算口径", "senior allowance age basis")
            .unit(Unit.CHOICE)
            .defaultValue(AgeBasis.BIRTH_MONTH)
            .description("How age is counted for the allowance bands: birth-month (age on the last day of the month), birth-day (age on the first day of the month) or birth-year (the month's year minus the birth year). Default birth-month.")
            .build();

    /**
     * {@code child.orphan.institutional} — 机构集中养育孤儿基本生活保障标准 (institutional orphan standard). Monthly basic-living standard for an orphan raised in a welfare institution.
     */
    public static final Standard<Money> CHILD_ORPHAN_INSTITUTIONAL = Standard.builder("child.orphan.institutional", ValueType.MONEY)
            .names("机构集中养育孤儿基本生活保障标准", "institutional orphan standard")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly basic-living standard for an orphan raised in a welfare institution.")
            .legalBasis("国发〔2016〕36号")
            .build();

    /**
     * {@code child.orphan.dispersed} — 社会散居孤儿基本生活保障标准 (dispersed orphan standard). Monthly basic-living standard for an orphan living in the community; the other categories of children in difficulty are paid shares of it.
     */
    public static final Standard<Money> CHILD_ORPHAN_DISPERSED = Standard.builder("child.orphan.dispersed", ValueType.MONEY)
            .names("社会散居孤儿基本生活保障标准", "dispersed orphan standard")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly basic-living standard for an orphan living in the community; the other categories of children in difficulty are paid shares of it.")
            .legalBasis("国发〔2016〕36号")
            .build();

    /**
     * {@code child.unsupported.share} — 事实无人抚养儿童补贴比例 (de-facto unsupported child share). Living subsidy of a de-facto unsupported child (事实无人抚养儿童) as a share of the dispersed-orphan standard. Default 1 (the national rule: paid by reference to the dispersed-orphan standard).
     */
    public static final Standard<BigDecimal> CHILD_UNSUPPORTED_SHARE = Standard.builder("child.unsupported.share", ValueType.DECIMAL)
            .names("事实无人抚养儿童补贴比例", "de-facto unsupported child share")
            .unit(Unit.SHARE)
            .defaultValue(BigDecimal.ONE)
            .description("Living subsidy of a de-facto unsupported child (事实无人抚养儿童) as a share of the dispersed-orphan standard. Default 1 (the national rule: paid by reference to the dispersed-orphan standard).")
            .legalBasis("民发〔2019〕62号")
            .build();

    /**
     * {@code child.guardianship-missing.share} — 父母监护缺失儿童补贴比例 (guardianship-missing child share). Living subsidy of a child without parental guardianship (父母监护缺失) as a share of the dispersed-orphan standard (Jiangsu: at least 0.8).
     */
    public static final Standard<BigDecimal> CHILD_GUARDIANSHIP_MISSING_SHARE = Standard.builder("child.guardianship-missing.share", ValueType.DECIMAL)
            .names("父母监护缺失儿童补贴比例", "guardianship-missing child share")
            .unit(Unit.SHARE)
            .mandatory()
            .description("Living subsidy of a child without parental guardianship (父母监护缺失) as a share of the dispersed-orphan standard (Jiangsu: at least 0.8).")
            .legalBasis("国发〔2016〕36号；江苏省2018年困境儿童补充意见")
            .build();

    /**
     * {@code child.parents-unable.share} — 父母无力履行监护职责儿童补贴比例 (parents-unable child share). Living subsidy of a child whose parents cannot fulfil guardianship (父母无力履行监护职责) as a share of the dispersed-orphan standard (Jiangsu: at least 0.6).
     */
    public static final Standard<BigDecimal> CHILD_PARENTS_UNABLE_SHARE = Standard.builder("child.parents-unable.share", ValueType.DECIMAL)
            .names("父母无力履行监护职责儿童补贴比例", "parents-unable child share")
            .unit(Unit.SHARE)
            .mandatory()
            .description("Living subsidy of a child whose parents cannot fulfil guardianship (父母无力履行监护职责) as a share of the dispersed-orphan standard (Jiangsu: at least 0.6).")
            .legalBasis("国发〔2016〕36号；江苏省2018年困境儿童补充意见")
            .build();

    /**
     * {@code homecare.hours.per-month} — 居家养老上门服务时长 (home-care hours per month). Hours of government-purchased home-care service per month for an eligible elderly person.
     */
    public static final Standard<BigDecimal> HOMECARE_HOURS_PER_MONTH = Standard.builder("homecare.hours.per-month", ValueType.DECIMAL)
            .names("居家养老上门服务时长", "home-care hours per month")
            .unit(Unit.HOURS_PER_MONTH)
            .mandatory()
            .description("Hours of government-purchased home-care service per month for an eligible elderly person.")
            .build();

    /**
     * {@code homecare.age.general} — 居家养老上门服务普惠年龄 (home-care age for all elderly). Age from which every elderly person is eligible for home-care visits whatever their income. Absent: age alone never qualifies.
     */
    public static final Standard<Integer> HOMECARE_AGE_GENERAL = Standard.builder("homecare.age.general", ValueType.INTEGER)
            .names("居家养老上门服务普惠年龄", "home-care age for all elderly")
            .unit(Unit.YEARS)
            .description("Age from which every elderly person is eligible for home-care visits whatever their income. Absent: age alone never qualifies.")
            .build();

    /**
     * {@code homecare.age.low-income} — 居家养老上门服务低收入老年人年龄 (home-care age for low-income elderly). Age from which an elderly member of a dibao household, or a person in extreme-poverty support, is eligible (when homecare.group.low-income is true). Default 60.
     */
    public static final Standard<Integer> HOMECARE_AGE_LOW_INCOME = Standard.builder("homecare.age.low-income", ValueType.INTEGER)
            .names("居家养老上门服务低收入老年人年龄", "home-care age for low-income elderly")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age from which an elderly member of a dibao household, or a person in extreme-poverty support, is eligible (when homecare.group.low-income is true). Default 60.")
            .build();

    /**
     * {@code homecare.age.disabled} — 居家养老上门服务失能老年人年龄 (home-care age for disabled elderly). Age from which an elderly person with a grade 1–2 disability, or assessed moderately or more disabled (GB/T 42195-2022), is eligible (when homecare.group.disabled is true). Default 60.
     */
    public static final Standard<Integer> HOMECARE_AGE_DISABLED = Standard.builder("homecare.age.disabled", ValueType.INTEGER)
            .names("居家养老上门服务失能老年人年龄", "home-care age for disabled elderly")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age from which an elderly person with a grade 1–2 disability, or assessed moderately or more disabled (GB/T 42195-2022), is eligible (when homecare.group.disabled is true). Default 60.")
            .build();

    /**
     * {@code homecare.group.low-income} — 低收入老年人纳入居家养老上门服务 (home care for low-income elderly). Whether low-income elderly (dibao, extreme-poverty support) are an eligible group. Default true.
     */
    public static final Standard<Boolean> HOMECARE_GROUP_LOW_INCOME = Standard.builder("homecare.group.low-income", ValueType.BOOLEAN)
            .names("低收入老年人纳入居家养老上门服务", "home care for low-income elderly")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("Whether low-income elderly (dibao, extreme-poverty support) are an eligible group. Default true.")
            .build();

    /**
     * {@code homecare.group.disabled} — 失能老年人纳入居家养老上门服务 (home care for disabled elderly). Whether disabled elderly are an eligible group. Default true.
     */
    public static final Standard<Boolean> HOMECARE_GROUP_DISABLED = Standard.builder("homecare.group.disabled", ValueType.BOOLEAN)
            .names("失能老年人纳入居家养老上门服务", "home care for disabled elderly")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("Whether disabled elderly are an eligible group. Default true.")
            .build();

    /**
     * {@code homecare.group.living-alone} — 独居老年人纳入居家养老上门服务 (home care for elderly living alone). Whether elderly people (of at least homecare.age.low-income) who live alone are an eligible group. Default false.
     */
    public static final Standard<Boolean> HOMECARE_GROUP_LIVING_ALONE = Standard.builder("homecare.group.living-alone", ValueType.BOOLEAN)
            .names("独居老年人纳入居家养老上门服务", "home care for elderly living alone")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether elderly people (of at least homecare.age.low-income) who live alone are an eligible group. Default false.")
            .build();

    /**
     * {@code capability.coma-level} — 昏迷者能力等级 (capability level of a person in a coma). Level assigned by
     * a GB/T 42195-2022 assessment to a person in a coma: severe or complete. Sources disagree; default complete.
     */
    public static final Standard<ComaRule> CAPABILITY_COMA_LEVEL = Standard.builder("capability.coma-level",
            ValueType.ofCoded(ComaRule.class))
            .names("昏迷者能力等级", "capability level of a person in a coma")
            .unit(Unit.CHOICE)
            .defaultValue(ComaRule.COMPLETE)
            .description("Level a GB/T 42195-2022 assessment assigns to a person in a coma: severe (重度失能, as in the older MZ/T 039-2013) or complete (完全失能). Sources disagree; default complete.")
            .legalBasis("GB/T 42195-2022《老年人能力评估规范》")
            .build();

    private static final List<Standard<?>> ALL = List.of(
            DIBAO_STANDARD_URBAN,
            DIBAO_STANDARD_RURAL,
            DIBAO_ADDON_ELDERLY_AGE,
            DIBAO_ADDON_SHARE_ELDERLY,
            DIBAO_ADDON_SHARE_MINOR,
            DIBAO_ADDON_SHARE_SEVERE_DISABILITY,
            DIBAO_ADDON_SHARE_SERIOUS_ILLNESS,
            DIBAO_ROUNDING,
            DIBAO_GRACE_MONTHS,
            DIBAO_ASSET_FINANCIAL_PER_CAPITA,
            DIBAO_ASSET_VEHICLES,
            DIBAO_ASSET_EXTRA_HOMES,
            TEKUN_BASIC_MULTIPLE,
            TEKUN_BASIC_URBAN,
            TEKUN_BASIC_RURAL,
            TEKUN_CARE_SELF_CARE,
            TEKUN_CARE_PARTIAL,
            TEKUN_CARE_COMPLETE,
            TEKUN_AGE_ELDERLY,
            TEKUN_AGE_MINOR,
            TEKUN_AGE_MINOR_CONTINUED,
            TEKUN_SUPPORTER_ELDERLY_AGE,
            TEKUN_SUPPORTER_INCOME_LIMIT,
            TEMPORARY_CAP_EMERGENCY_MONTHS,
            TEMPORARY_CAP_EXPENDITURE_MONTHS,
            TEMPORARY_TOWNSHIP_LIMIT,
            DISABILITY_LIVING_SHARE_SEVERE,
            DISABILITY_LIVING_SHARE_OTHER,
            DISABILITY_LIVING_SHARE_SEVERE_NO_INCOME,
            DISABILITY_CARE_URBAN,
            DISABILITY_CARE_RURAL,
            DISABILITY_CARE_GRADE34_INTELLECTUAL_MENTAL,
            SENIOR_ALLOWANCE_80,
            SENIOR_ALLOWANCE_90,
            SENIOR_ALLOWANCE_100,
            SENIOR_ALLOWANCE_AGE_BASIS,
            CHILD_ORPHAN_INSTITUTIONAL,
            CHILD_ORPHAN_DISPERSED,
            CHILD_UNSUPPORTED_SHARE,
            CHILD_GUARDIANSHIP_MISSING_SHARE,
            CHILD_PARENTS_UNABLE_SHARE,
            HOMECARE_HOURS_PER_MONTH,
            HOMECARE_AGE_GENERAL,
            HOMECARE_AGE_LOW_INCOME,
            HOMECARE_AGE_DISABLED,
            HOMECARE_GROUP_LOW_INCOME,
            HOMECARE_GROUP_DISABLED,
            HOMECARE_GROUP_LIVING_ALONE,
            CAPABILITY_COMA_LEVEL);

    private static final Map<String, Standard<?>> BY_CODE = byCodeMap();

    private static Map<String, Standard<?>> byCodeMap() {
        Map<String, Standard<?>> map = new LinkedHashMap<>();
        for (Standard<?> s : ALL) {
            if (map.put(s.code(), s) != null) {
                throw new ExceptionInInitializerError("duplicate standard code " + s.code());
            }
        }
        return Map.copyOf(map);
    }

    /**
     * Every standard of the catalogue, in catalogue order (by program).
     *
     * @return an unmodifiable list
     */
    public static List<Standard<?>> all() {
        return ALL;
    }

    /**
     * The catalogue standard with a code.
     *
     * @param code the code, e.g. {@code dibao.standard.urban}
     * @return the standard, or empty when the catalogue has none with this code
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<Standard<?>> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(Objects.requireNonNull(code, "code")));
    }
}
