package org.minzheng.core.programs.caresubsidy;

import java.util.List;

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
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.SelfCare;
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
 * paid to a person in 特困 support, nor to one receiving 工伤保险生活护理费 (an income of kind {@link
 * IncomeKind#WORK_INJURY_CARE} of their own; 国发〔2015〕52号). Where the region requires the need for long-term
 * care to be recorded ({@link #CARE_NEED_REQUIRED}), the person must have lost at least one activity of daily
 * living or have a GB/T 42195-2022 level worse than intact; where the region does not pay the subsidy beside
 * long-term-care insurance ({@link #EXCLUDED_WITH_LTCI}), a person with a {@link
 * IncomeKind#LONG_TERM_CARE_INSURANCE} benefit of their own gets none. Rounded once to the fen.
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

    /**
     * {@code disability.care.care-need-required} — 护理补贴须有长期照护需求记录 (care subsidy requires a recorded
     * need for long-term care). Whether a recorded loss of self-care is required besides the disability grade.
     */
    public static final Standard<Boolean> CARE_NEED_REQUIRED = Standard.builder("disability.care.care-need-required",
                    ValueType.BOOLEAN)
            .names("护理补贴须有长期照护需求记录", "care subsidy requires a recorded need for long-term care")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether the care subsidy requires a recorded need for long-term care (国发〔2015〕52号: "
                    + "需要长期照护): at least one activity of daily living lost, or a GB/T 42195-2022 level worse "
                    + "than intact. Default false: a covered disability grade is taken as the need.")
            .legalBasis("国发〔2015〕52号")
            .build();

    /**
     * {@code disability.care.excluded-with-ltci} — 享受长期护理保险待遇者不享受护理补贴 (no care subsidy beside
     * long-term-care insurance). Whether a person receiving long-term-care insurance benefits gets no care subsidy.
     */
    public static final Standard<Boolean> EXCLUDED_WITH_LTCI = Standard.builder("disability.care.excluded-with-ltci",
                    ValueType.BOOLEAN)
            .names("享受长期护理保险待遇者不享受护理补贴", "no care subsidy beside long-term-care insurance")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether a person with a long-term-care insurance benefit of their own (income kind "
                    + "long-term-care-insurance) gets no care subsidy, where the region links the two (民发〔2021〕70号 "
                    + "asks regions to co-ordinate them). Default false: both are paid.")
            .legalBasis("国发〔2015〕52号；民发〔2021〕70号")
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

    /** receives work-injury care pay (享受工伤保险生活护理费). */
    public static final ReasonCode WORK_INJURY_CARE = ReasonCode.failed("disability.work-injury-care",
            "已享受工伤保险生活护理费", "receives the work-injury care allowance");

    /** no recorded need for long-term care (无长期照护需求记录). */
    public static final ReasonCode NO_CARE_NEED = ReasonCode.failed("disability.no-care-need",
            "无长期照护需求记录", "no recorded need for long-term care");

    /** receives long-term-care insurance benefits (已享受长期护理保险待遇). */
    public static final ReasonCode RECEIVES_LTCI = ReasonCode.failed("disability.receives-ltci",
            "已享受长期护理保险待遇", "receives long-term-care insurance benefits");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> DisabilityCareSubsidy.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param inTekun whether the person is in 特困 support
     * @param ownIncomes the person's own monthly incomes (work-injury care pay, long-term-care insurance)
     */
    public record Request(Person person, boolean inTekun, List<Income> ownIncomes) {
        /**
         * Copies the incomes.
         *
         * @param person the person
         * @param inTekun whether in 特困 support
         * @param ownIncomes the person's incomes
         */
        public Request {
            ownIncomes = List.copyOf(ownIncomes);
        }

        /**
         * A request without incomes of the person's own.
         *
         * @param person the person
         * @param inTekun whether in 特困 support
         */
        public Request(Person person, boolean inTekun) {
            this(person, inTekun, List.of());
        }

        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            Person p = facts.person();
            return new Request(p, facts.enrolments().personIn(p.id(), NationalPrograms.TEKUN),
                    facts.household().incomesOf(p.id()));
        }

        boolean receives(IncomeKind kind) {
            for (Income inc : ownIncomes) {
                if (inc.kind() == kind && inc.monthlyAmount().isPositive()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.DISABILITY_CARE_SUBSIDY,
                    Request::from, DisabilityCareSubsidy::decide)
            .names("重度残疾人护理补贴", "care subsidy for severely disabled persons")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.GUOFA_2015_52)
            .standards(CARE_URBAN, CARE_RURAL, GRADE34_INTELLECTUAL_MENTAL, CARE_NEED_REQUIRED, EXCLUDED_WITH_LTCI,
                    ROUNDING)
            .reasons(NO_DISABILITY, IN_TEKUN, GRADE_NOT_COVERED, WORK_INJURY_CARE, NO_CARE_NEED, RECEIVES_LTCI)
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
        if (r.receives(IncomeKind.WORK_INJURY_CARE)) {
            return d.fail(WORK_INJURY_CARE).build(Rounding.FEN);
        }
        if (d.use(standards, CARE_NEED_REQUIRED) && !needsCare(p)) {
            return d.fail(NO_CARE_NEED).build(Rounding.FEN);
        }
        if (r.receives(IncomeKind.LONG_TERM_CARE_INSURANCE) && d.use(standards, EXCLUDED_WITH_LTCI)) {
            return d.fail(RECEIVES_LTCI).build(Rounding.FEN);
        }
        HukouType hukou = p.hukou();
        Money care = d.use(standards, hukou == HukouType.URBAN ? CARE_URBAN : CARE_RURAL);
        d.component(PaymentComponent.CARE, null, care.amount())
                .step("disability.care", dis.category(), dis.grade(), hukou, care);
        return d.build(d.use(standards, ROUNDING));
    }

    /** A recorded need for long-term care: an activity of daily living lost, or a capability level worse than intact. */
    private static boolean needsCare(Person p) {
        if (p.selfCare().isEmpty()) {
            return false;
        }
        SelfCare sc = p.selfCare().get();
        return sc.lostCount() > 0 || sc.capabilityLevel().map(l -> l != CapabilityLevel.INTACT).orElse(false);
    }
}
