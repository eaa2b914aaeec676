package org.minzheng.core.programs.caresubsidy;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.livingsubsidy.DisabilityLivingSubsidy;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Person;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 重度残疾人护理补贴 (care subsidy for severely disabled persons), declared in one place; reported with the
 * living subsidy as 两项补贴. Legal basis: 国发〔2015〕52号; Jiangsu: 苏民规〔2022〕4号.
 *
 * <h2>Rule</h2>
 * For grade 1–2 disability, and grade 3–4 intellectual or mental disability where {@link
 * #GRADE34_INTELLECTUAL_MENTAL} is true: {@link #CARE_URBAN} or {@link #CARE_RURAL} by the person's hukou. Not
 * paid to a person in 特困 support. Rounded once to the fen.
 */
public final class DisabilityCareSubsidy {

    private DisabilityCareSubsidy() {
    }

    /**
     * {@code disability.care.urban} — 重度残疾人护理补贴（城市） (care subsidy, urban). Monthly care subsidy for a severely disabled person with urban hukou.
     */
    public static final Standard<Money> CARE_URBAN = Standard.builder("disability.care.urban", ValueType.MONEY)
            .names("重度残疾人护理补贴（城市）", "care subsidy, urban")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care subsidy for a severely disabled person with urban hukou.")
            .legalBasis("国发〔2015〕52号；苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.care.rural} — 重度残疾人护理补贴（农村） (care subsidy, rural). Monthly care subsidy for a severely disabled person with rural hukou.
     */
    public static final Standard<Money> CARE_RURAL = Standard.builder("disability.care.rural", ValueType.MONEY)
            .names("重度残疾人护理补贴（农村）", "care subsidy, rural")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly care subsidy for a severely disabled person with rural hukou.")
            .legalBasis("国发〔2015〕52号；苏民规〔2022〕4号")
            .build();

    /**
     * {@code disability.care.grade34-intellectual-mental} — 护理补贴扩展至三、四级智力和精神残疾人 (care subsidy for grade 3–4 intellectual or mental disability). Whether the care subsidy also covers grade 3–4 intellectual and mental disability. Default false.
     */
    public static final Standard<Boolean> GRADE34_INTELLECTUAL_MENTAL = Standard.builder("disability.care.grade34-intellectual-mental", ValueType.BOOLEAN)
            .names("护理补贴扩展至三、四级智力和精神残疾人", "care subsidy for grade 3–4 intellectual or mental disability")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether the care subsidy also covers grade 3–4 intellectual and mental disability. Default false.")
            .legalBasis("国发〔2015〕52号")
            .build();

    /**
     * {@code disability.care.rounding} — 残疾人护理补贴取整方式 (disability care subsidy rounding). Precision of the monthly disability care subsidy: fen or yuan, half-up, applied once. Default fen.
     */
    public static final Standard<Rounding> ROUNDING = Standard.builder("disability.care.rounding", ValueType.ROUNDING)
            .names("残疾人护理补贴取整方式", "disability care subsidy rounding")
            .unit(Unit.CHOICE)
            .defaultValue(Rounding.FEN)
            .description("Precision of the monthly disability care subsidy: fen or yuan, half-up, applied once. Default fen.")
            .build();

    /** no recorded disability (无残疾). */
    public static final ReasonCode NO_DISABILITY = ReasonCode.failed("disability.none",
            "无残疾", "no recorded disability");

    /** in extreme-poverty support (已纳入特困人员救助供养). */
    public static final ReasonCode IN_TEKUN = ReasonCode.failed("disability.in-tekun",
            "已纳入特困人员救助供养", "in extreme-poverty support");

    /** disability grade not covered by the care subsidy (残疾等级不在护理补贴范围内). */
    public static final ReasonCode GRADE_NOT_COVERED = ReasonCode.failed("disability.care-grade-not-covered",
            "残疾等级不在护理补贴范围内", "disability grade not covered by the care subsidy");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> DisabilityCareSubsidy.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param inTekun whether the person is in 特困 support
     */
    public record Request(Person person, boolean inTekun) {
        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            Person p = facts.person();
            return new Request(p, facts.enrolments().personIn(p.id(), NationalPrograms.TEKUN));
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.DISABILITY_CARE_SUBSIDY,
                    Request::from, DisabilityCareSubsidy::decide)
            .names("重度残疾人护理补贴", "care subsidy for severely disabled persons")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.GUOFA_2015_52)
            .standards(CARE_URBAN, CARE_RURAL, GRADE34_INTELLECTUAL_MENTAL, ROUNDING)
            .reasons(NO_DISABILITY, IN_TEKUN, GRADE_NOT_COVERED)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.monthly())
            .report(DisabilityLivingSubsidy.REPORT)
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        Person p = r.person();
        if (p.disability().isEmpty()) {
            return d.fail(NO_DISABILITY).build(Rounding.FEN);
        }
        if (r.inTekun()) {
            return d.fail(IN_TEKUN).build(Rounding.FEN);
        }
        Disability dis = p.disability().get();
        boolean covered = dis.isSevere();
        if (!covered && (dis.category() == DisabilityCategory.INTELLECTUAL || dis.category() == DisabilityCategory.MENTAL)) {
            covered = d.use(standards, GRADE34_INTELLECTUAL_MENTAL);
        }
        if (!covered) {
            return d.fail(GRADE_NOT_COVERED).step("disability.care-not-covered", dis.category(), dis.grade())
                    .build(Rounding.FEN);
        }
        HukouType hukou = p.hukou();
        Money care = d.use(standards, hukou == HukouType.URBAN ? CARE_URBAN : CARE_RURAL);
        d.component(PaymentComponent.CARE, null, care.amount())
                .step("disability.care", dis.category(), dis.grade(), hukou, care);
        return d.build(d.use(standards, ROUNDING));
    }
}
