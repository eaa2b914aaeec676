package org.minzheng.core.programs.tekun;

import java.math.BigDecimal;

import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.StandardsRelation;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 特困人员救助供养 (support for persons in extreme poverty), declared in one place: its standards, reasons,
 * texts, rule ({@link TekunRule}), monthly behaviour (paid monthly; applied for; approved by the county) and
 * report lines. Legal basis: 《社会救助暂行办法》第十四条至第十九条; 《特困人员认定办法》（民发〔2021〕43号）.
 *
 * <p>A person in 特困 support is not counted in a 低保 household (the 低保 rule reads the enrolment).
 */
public final class Tekun {

    private Tekun() {
    }

    /**
     * {@code tekun.basic.multiple} — 特困基本生活标准倍数 (tekun basic-living multiple). Basic-living amount of a person in extreme-poverty support as a multiple of the local dibao standard (by the person's hukou), e.g. 1.3. Used when tekun.basic.urban / tekun.basic.rural is absent; one of them must be set.
     */
    public static final Standard<BigDecimal> BASIC_MULTIPLE = Standard.builder("tekun.basic.multiple", ValueType.DECIMAL)
            .names("特困基本生活标准倍数", "tekun basic-living multiple")
            .unit(Unit.MULTIPLE)
            .description("Basic-living amount of a person in extreme-poverty support as a multiple of the local dibao standard (by the person's hukou), e.g. 1.3. Used when tekun.basic.urban / tekun.basic.rural is absent; one of them must be set.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）；国发〔2016〕14号")
            .build();

    /**
     * {@code tekun.basic.urban} — 城市特困人员基本生活标准 (urban tekun basic-living amount). Monthly basic-living amount for an urban person in extreme-poverty support; when set it wins over tekun.basic.multiple.
     */
    public static final Standard<Money> BASIC_URBAN = Standard.builder("tekun.basic.urban", ValueType.MONEY)
            .names("城市特困人员基本生活标准", "urban tekun basic-living amount")
            .unit(Unit.YUAN_PER_MONTH)
            .description("Monthly basic-living amount for an urban person in extreme-poverty support; when set it wins over tekun.basic.multiple.")
            .legalBasis("国发〔2016〕14号")
            .build();

    /**
     * {@code tekun.basic.rural} — 农村特困人员基本生活标准 (rural tekun basic-living amount). Monthly basic-living amount for a rural person in extreme-poverty support; when set it wins over tekun.basic.multiple.
     */
    public static final Standard<Money> BASIC_RURAL = Standard.builder("tekun.basic.rural", ValueType.MONEY)
            .names("农村特困人员基本生活标准", "rural tekun basic-living amount")
            .unit(Unit.YUAN_PER_MONTH)
            .description("Monthly basic-living amount for a rural person in extreme-poverty support; when set it wins over tekun.basic.multiple.")
            .legalBasis("国发〔2016〕14号")
            .build();

    /**
     * {@code tekun.care.self-care} — 特困人员照料护理标准（具备生活自理能力） (tekun care amount, able to care for self). Monthly care amount for a person in extreme-poverty support who keeps all six activities of daily living.
     */
    public static final Standard<Money> CARE_SELF_CARE = Standard.builder("tekun.care.self-care", ValueType.MONEY)
            .names("特困人员照料护理标准（具备生活自理能力）", "tekun care amount, able to care for self")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care amount for a person in extreme-poverty support who keeps all six activities of daily living.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.care.partial} — 特困人员照料护理标准（部分丧失生活自理能力） (tekun care amount, partly unable to care for self). Monthly care amount for a person who has lost 1 to 3 of the six activities of daily living.
     */
    public static final Standard<Money> CARE_PARTIAL = Standard.builder("tekun.care.partial", ValueType.MONEY)
            .names("特困人员照料护理标准（部分丧失生活自理能力）", "tekun care amount, partly unable to care for self")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care amount for a person who has lost 1 to 3 of the six activities of daily living.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.care.complete} — 特困人员照料护理标准（完全丧失生活自理能力） (tekun care amount, wholly unable to care for self). Monthly care amount for a person who has lost 4 or more of the six activities of daily living.
     */
    public static final Standard<Money> CARE_COMPLETE = Standard.builder("tekun.care.complete", ValueType.MONEY)
            .names("特困人员照料护理标准（完全丧失生活自理能力）", "tekun care amount, wholly unable to care for self")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care amount for a person who has lost 4 or more of the six activities of daily living.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.age.elderly} — 特困人员老年人年龄 (tekun elderly age). Age from which a person counts as elderly, and so without capacity to work, for extreme-poverty support. Default 60.
     */
    public static final Standard<Integer> AGE_ELDERLY = Standard.builder("tekun.age.elderly", ValueType.INTEGER)
            .names("特困人员老年人年龄", "tekun elderly age")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age from which a person counts as elderly, and so without capacity to work, for extreme-poverty support. Default 60.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.age.minor} — 特困人员未成年人年龄 (tekun minor age). Age below which a minor counts as without capacity to work for a new extreme-poverty application. Default 16.
     */
    public static final Standard<Integer> AGE_MINOR = Standard.builder("tekun.age.minor", ValueType.INTEGER)
            .names("特困人员未成年人年龄", "tekun minor age")
            .unit(Unit.YEARS)
            .defaultValue(16)
            .description("Age below which a minor counts as without capacity to work for a new extreme-poverty application. Default 16.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.age.minor-continued} — 特困未成年人供养延续年龄 (tekun continued-support age for minors). Age up to which a minor already in extreme-poverty support stays covered (longer while in school is decided case by case). Default 18.
     */
    public static final Standard<Integer> AGE_MINOR_CONTINUED = Standard.builder("tekun.age.minor-continued", ValueType.INTEGER)
            .names("特困未成年人供养延续年龄", "tekun continued-support age for minors")
            .unit(Unit.YEARS)
            .defaultValue(18)
            .description("Age up to which a minor already in extreme-poverty support stays covered (longer while in school is decided case by case). Default 18.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.school.higher-education} — 在读高等教育继续供养 (support continued in higher education). Whether a
     * person in extreme-poverty support who turned tekun.age.minor-continued stays covered while in higher education
     * (大专、本科), besides compulsory and senior secondary schooling. Default false (the national rule).
     */
    public static final Standard<Boolean> SCHOOL_HIGHER_EDUCATION = Standard.builder("tekun.school.higher-education",
                    ValueType.BOOLEAN)
            .names("在读高等教育继续供养", "support continued in higher education")
            .unit(Unit.FLAG)
            .defaultValue(false)
            .description("Whether a person in extreme-poverty support who turned tekun.age.minor-continued stays covered while in higher education, besides compulsory and senior secondary schooling. Default false (the national rule).")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）第十三条")
            .build();

    /**
     * {@code tekun.age.in-school-limit} — 在校继续供养年龄上限 (age limit of support while in school). Age at which
     * support continued while in school ends even if the person is still enrolled. Absent: no limit.
     */
    public static final Standard<Integer> AGE_IN_SCHOOL_LIMIT = Standard.builder("tekun.age.in-school-limit",
                    ValueType.INTEGER)
            .names("在校继续供养年龄上限", "age limit of support while in school")
            .unit(Unit.YEARS)
            .description("Age at which support continued while in school ends even if the person is still enrolled. Absent: no limit.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）第十三条")
            .build();

    /**
     * {@code tekun.basic.institutional} — 集中供养基本生活标准 (basic-living amount in institutional support). Monthly
     * basic-living amount of a person supported in an institution (集中供养); when absent, the dispersed amount
     * (tekun.basic.urban / rural or the multiple) applies to both.
     */
    public static final Standard<Money> BASIC_INSTITUTIONAL = Standard.builder("tekun.basic.institutional",
                    ValueType.MONEY)
            .names("集中供养基本生活标准", "basic-living amount in institutional support")
            .unit(Unit.YUAN_PER_MONTH)
            .description("Monthly basic-living amount of a person supported in an institution (集中供养); when absent, the dispersed amount applies to both.")
            .legalBasis("国发〔2016〕14号")
            .build();

    /**
     * {@code tekun.supporter.elderly-age} — 无履行义务能力的赡养人年龄 (age of a supporter unable to support). Age from which a legal supporter with income below tekun.supporter.income-limit counts as unable to support. Default 70.
     */
    public static final Standard<Integer> SUPPORTER_ELDERLY_AGE = Standard.builder("tekun.supporter.elderly-age", ValueType.INTEGER)
            .names("无履行义务能力的赡养人年龄", "age of a supporter unable to support")
            .unit(Unit.YEARS)
            .defaultValue(70)
            .description("Age from which a legal supporter with income below tekun.supporter.income-limit counts as unable to support. Default 70.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.supporter.income-limit} — 赡养人收入限额（上年人均可支配收入） (supporter income limit). The local per-capita disposable income of the previous year: an old, severely disabled, or grade-3 intellectually or mentally disabled supporter with a lower annual income counts as unable to support. Needed only when such a supporter is assessed.
     */
    public static final Standard<Money> SUPPORTER_INCOME_LIMIT = Standard.builder("tekun.supporter.income-limit", ValueType.MONEY)
            .names("赡养人收入限额（上年人均可支配收入）", "supporter income limit")
            .unit(Unit.YUAN_PER_YEAR)
            .description("The local per-capita disposable income of the previous year: an old, severely disabled, or grade-3 intellectually or mentally disabled supporter with a lower annual income counts as unable to support. Needed only when such a supporter is assessed.")
            .legalBasis("《特困人员认定办法》（民发〔2021〕43号）")
            .build();

    /**
     * {@code tekun.rounding} — 特困供养金取整方式 (tekun rounding). Precision of the monthly 特困 support amount: fen or yuan, half-up, applied once. Default fen.
     */
    public static final Standard<Rounding> ROUNDING = Standard.builder("tekun.rounding", ValueType.ROUNDING)
            .names("特困供养金取整方式", "tekun rounding")
            .unit(Unit.CHOICE)
            .defaultValue(Rounding.FEN)
            .description("Precision of the monthly 特困 support amount: fen or yuan, half-up, applied once. Default fen.")
            .build();

    /** not elderly, disabled or a minor (不属于老年人、残疾人或未成年人). */
    public static final ReasonCode NOT_IN_GROUP = ReasonCode.failed("tekun.not-in-group",
            "不属于老年人、残疾人或未成年人", "not elderly, disabled or a minor");

    /** not without capacity to work (未丧失劳动能力). */
    public static final ReasonCode HAS_LABOUR_CAPACITY = ReasonCode.failed("tekun.has-labour-capacity",
            "未丧失劳动能力", "not without capacity to work");

    /** own income is not below the dibao standard (本人收入不低于低保标准). */
    public static final ReasonCode INCOME_NOT_BELOW_STANDARD = ReasonCode.failed("tekun.income-not-below-standard",
            "本人收入不低于低保标准", "own income is not below the dibao standard");

    /** assets exceed the local limits (财产超过当地限额). */
    public static final ReasonCode ASSETS_OVER_LIMIT = ReasonCode.failed("tekun.assets-over-limit",
            "财产超过当地限额", "assets exceed the local limits");

    /** a legal supporter is able to support (有具备履行义务能力的法定义务人). */
    public static final ReasonCode SUPPORTER_ABLE = ReasonCode.failed("tekun.supporter-able",
            "有具备履行义务能力的法定义务人", "a legal supporter is able to support");

    /** no self-care record: care amount for a person able to care for self (未记录生活自理能力，按具备生活自理能力计算). */
    public static final ReasonCode SELF_CARE_NOT_ASSESSED = ReasonCode.note("tekun.self-care-not-assessed",
            "未记录生活自理能力，按具备生活自理能力计算", "no self-care record: care amount for a person able to care for self");

    /** a person in extreme-poverty support is not also paid dibao for themself (特困供养人员本人不再享受低保). */
    public static final ReasonCode NOT_ALSO_DIBAO = ReasonCode.note("tekun.not-also-dibao",
            "特困供养人员本人不再享受低保", "a person in extreme-poverty support is not also paid dibao for themself");

    private static java.util.Optional<String> basicNotBelowDibao(ResolvedStandards r) {
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (boolean urban : new boolean[] {true, false}) {
            java.util.Optional<Money> dibao = r.find(urban ? Dibao.STANDARD_URBAN : Dibao.STANDARD_RURAL);
            java.util.Optional<Money> basic = r.find(urban ? BASIC_URBAN : BASIC_RURAL);
            if (dibao.isEmpty()) {
                continue;
            }
            if (basic.isPresent() && basic.get().compareTo(dibao.get()) < 0) {
                wrong.add((urban ? BASIC_URBAN : BASIC_RURAL).code() + " = " + basic.get() + " is below "
                        + (urban ? Dibao.STANDARD_URBAN : Dibao.STANDARD_RURAL).code() + " = " + dibao.get());
            } else if (basic.isEmpty()) {
                r.find(BASIC_MULTIPLE).filter(m -> m.compareTo(BigDecimal.ONE) < 0).ifPresent(m -> wrong.add(
                        BASIC_MULTIPLE.code() + " = " + m.toPlainString() + " makes the amount lower than the dibao "
                                + "standard"));
            }
        }
        return wrong.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("; ", wrong));
    }

    /** The explanation texts (including 低保's, whose asset tests the rule applies). */
    public static final Texts TEXTS = Texts.load("texts", name -> Tekun.class.getResourceAsStream(name))
            .including(Dibao.TEXTS);

    /** The program. */
    public static final ProgramRule<TekunRequest> PROGRAM = ProgramRule.builder(NationalPrograms.TEKUN,
                    TekunRequest::from, TekunRule::decide)
            .names("特困人员救助供养", "support for persons in extreme poverty")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.DECREE_649, new LegalBasis("特困人员认定办法", "民发〔2021〕43号"))
            .standards(AGE_ELDERLY, AGE_MINOR, AGE_MINOR_CONTINUED, Dibao.STANDARD_URBAN, Dibao.STANDARD_RURAL,
                    Dibao.ASSET_FINANCIAL_PER_CAPITA, Dibao.ASSET_VEHICLES, Dibao.ASSET_EXTRA_HOMES,
                    SUPPORTER_ELDERLY_AGE, SUPPORTER_INCOME_LIMIT, BASIC_URBAN, BASIC_RURAL, BASIC_MULTIPLE,
                    CARE_SELF_CARE, CARE_PARTIAL, CARE_COMPLETE, ROUNDING, SCHOOL_HIGHER_EDUCATION,
                    AGE_IN_SCHOOL_LIMIT, BASIC_INSTITUTIONAL)
            .reasons(NOT_IN_GROUP, HAS_LABOUR_CAPACITY, INCOME_NOT_BELOW_STANDARD, ASSETS_OVER_LIMIT, SUPPORTER_ABLE,
                    SELF_CARE_NOT_ASSESSED, NOT_ALSO_DIBAO)
            .texts(TEXTS)
            .relations(
                    StandardsRelation.anyOf("the urban 特困 basic-living amount is set, directly or as a multiple of the "
                            + "dibao standard", BASIC_URBAN, BASIC_MULTIPLE),
                    StandardsRelation.anyOf("the rural 特困 basic-living amount is set, directly or as a multiple of the "
                            + "dibao standard", BASIC_RURAL, BASIC_MULTIPLE),
                    StandardsRelation.of("the 特困 basic-living amount is not below the dibao standard (国发〔2016〕14号)",
                            "raise the basic-living amount, or set a multiple of at least 1 (commonly 1.3)",
                            Tekun::basicNotBelowDibao),
                    StandardsRelation.ascending("losing more self-care must not lower the care amount",
                            CARE_SELF_CARE, CARE_PARTIAL, CARE_COMPLETE),
                    StandardsRelation.ascending("support that starts under tekun.age.minor continues to "
                            + "tekun.age.minor-continued", AGE_MINOR, AGE_MINOR_CONTINUED),
                    StandardsRelation.ascending("support continued while in school ends no earlier than "
                            + "tekun.age.minor-continued", AGE_MINOR_CONTINUED, AGE_IN_SCHOOL_LIMIT))
            .monthly(MonthlyBehaviour.monthly())
            .report(ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE, Measure.REACHED,
                    Measure.PAYMENTS, Measure.AMOUNT, Measure.BY_CATEGORY))
            .build();
}
