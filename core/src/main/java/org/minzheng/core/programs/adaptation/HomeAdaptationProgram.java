package org.minzheng.core.programs.adaptation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 居家适老化改造 (home adaptation for older people), declared in one place. A service program, per household:
 * the report counts the adaptations recorded ({@link org.minzheng.core.elderly.HomeAdaptation}). Legal basis:
 * 民发〔2020〕86号.
 *
 * <h2>Rule</h2>
 * A special-hardship elderly household qualifies (民发〔2020〕86号: 特殊困难老年人家庭): a household with a member aged
 * {@link #AGE} or more that receives 低保, or with a member in 特困 support, or — where {@link #DIBAO_EDGE} is true —
 * that is identified as on the edge of dibao. Where {@link #REQUIRES_VULNERABLE} is true (民发〔2020〕86号 names
 * 高龄、失能、残疾老年人家庭), a member of that age must also be very old (aged {@link #VERY_OLD_AGE} or more),
 * disabled (any recorded disability) or have lost capability (an activity of daily living lost, or a GB/T
 * 42195-2022 level worse than intact). The per-household subsidy {@link #AMOUNT}, where set, is the decision's
 * {@linkplain Decision#serviceBudget() service budget}: it pays the contractor, never the household.
 */
public final class HomeAdaptationProgram {

    private HomeAdaptationProgram() {
    }

    /**
     * {@code home-adaptation.age} — 适老化改造老年人年龄 (home-adaptation age). Age from which a member makes a
     * household an elderly household for home adaptation. Default 60.
     */
    public static final Standard<Integer> AGE = Standard.builder("home-adaptation.age", ValueType.INTEGER)
            .names("适老化改造老年人年龄", "home-adaptation age")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age (completed years on the last day of the month) from which a member makes a household an elderly household for home adaptation. Default 60.")
            .legalBasis("民发〔2020〕86号")
            .build();

    /**
     * {@code home-adaptation.amount} — 适老化改造每户补助标准 (home-adaptation subsidy per household). Optional.
     */
    public static final Standard<Money> AMOUNT = Standard.builder("home-adaptation.amount", ValueType.MONEY)
            .names("适老化改造每户补助标准", "home-adaptation subsidy per household")
            .unit(Unit.YUAN)
            .description("Optional. The subsidy for one household's home adaptation, paid to the contractor (the "
                    + "decision's service budget, never paid to the household).")
            .legalBasis("民发〔2020〕86号")
            .build();

    /**
     * {@code home-adaptation.requires-vulnerable} — 适老化改造须为高龄、失能、残疾老年人家庭 (only households with a very
     * old, disabled or dependent elderly member). Default false.
     */
    public static final Standard<Boolean> REQUIRES_VULNERABLE = Standard.builder("home-adaptation.requires-vulnerable",
                    ValueType.BOOLEAN)
            .names("适老化改造须为高龄、失能、残疾老年人家庭", "home adaptation only for very old, dependent or disabled elderly")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether a special-hardship household qualifies only with an elderly member who is very old "
                    + "(home-adaptation.age.very-old), disabled, or has lost capability (民发〔2020〕86号: 高龄、失能、"
                    + "残疾老年人家庭). Default false.")
            .legalBasis("民发〔2020〕86号")
            .build();

    /** {@code home-adaptation.age.very-old} — 适老化改造高龄年龄 (home-adaptation very-old age). Default 80. */
    public static final Standard<Integer> VERY_OLD_AGE = Standard.builder("home-adaptation.age.very-old", ValueType.INTEGER)
            .names("适老化改造高龄年龄", "home-adaptation very-old age")
            .unit(Unit.YEARS)
            .defaultValue(80)
            .description("Age from which an elderly member is very old (高龄) for home-adaptation.requires-vulnerable. "
                    + "Default 80.")
            .build();

    /**
     * {@code home-adaptation.dibao-edge} — 低保边缘家庭纳入适老化改造 (households on the edge of dibao qualify). Default
     * false.
     */
    public static final Standard<Boolean> DIBAO_EDGE = Standard.builder("home-adaptation.dibao-edge", ValueType.BOOLEAN)
            .names("低保边缘家庭纳入适老化改造", "households on the edge of dibao qualify for home adaptation")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether an elderly household identified as on the edge of dibao (低保边缘家庭) is a "
                    + "special-hardship household for home adaptation. Default false.")
            .build();

    /** no member of the home-adaptation age (家中无老年人). */
    public static final ReasonCode NO_ELDERLY = ReasonCode.failed("home-adaptation.no-elderly",
            "家中无适老化改造年龄的老年人", "no member of the home-adaptation age");

    /** not a special-hardship household (非特殊困难老年人家庭). */
    public static final ReasonCode NOT_SPECIAL_HARDSHIP = ReasonCode.failed("home-adaptation.not-special-hardship",
            "非特殊困难老年人家庭（低保或特困）", "not a special-hardship household (dibao or extreme-poverty support)");

    /** no very old, disabled or dependent elderly member (无高龄、失能、残疾老年人). */
    public static final ReasonCode NO_VULNERABLE_ELDERLY = ReasonCode.failed("home-adaptation.no-vulnerable-elderly",
            "家中无高龄、失能或残疾老年人", "no very old, dependent or disabled elderly member");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> HomeAdaptationProgram.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param members the members of the household in the month
     * @param inDibao whether the household receives 低保
     * @param memberInTekun whether a member is in 特困 support
     * @param endOfMonth the last day of the month
     * @param dibaoEdge whether the household is identified as on the edge of dibao
     */
    public record Request(List<Member> members, boolean inDibao, boolean memberInTekun, LocalDate endOfMonth,
                          boolean dibaoEdge) {
        /**
         * Copies the members.
         *
         * @param members the members
         * @param inDibao whether in 低保
         * @param memberInTekun whether a member is in 特困 support
         * @param endOfMonth the last day of the month
         * @param dibaoEdge whether on the edge of dibao
         */
        public Request {
            members = List.copyOf(members);
        }

        /**
         * A request for a household not on the edge of dibao.
         *
         * @param members the members
         * @param inDibao whether in 低保
         * @param memberInTekun whether a member is in 特困 support
         * @param endOfMonth the last day of the month
         */
        public Request(List<Member> members, boolean inDibao, boolean memberInTekun, LocalDate endOfMonth) {
            this(members, inDibao, memberInTekun, endOfMonth, false);
        }

        /**
         * Reads the request from the facts about a household.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            boolean tekun = facts.members().stream()
                    .anyMatch(m -> facts.enrolments().personIn(m.person().id(), NationalPrograms.TEKUN));
            return new Request(facts.members(), facts.enrolments().householdIn(facts.household().id(),
                    NationalPrograms.DIBAO), tekun, facts.endOfMonth(),
                    facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO_EDGE));
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.HOME_ADAPTATION,
                    Request::from, HomeAdaptationProgram::decide)
            .names("居家适老化改造", "home adaptation for older people")
            .grantedTo(SubjectKind.HOUSEHOLD)
            .legalBasis(Documents.ELDERLY_LAW,
                    new LegalBasis("关于加快实施老年人居家适老化改造工程的指导意见", "民发〔2020〕86号"))
            .standards(AGE, DIBAO_EDGE, REQUIRES_VULNERABLE, VERY_OLD_AGE, AMOUNT)
            .reasons(NO_ELDERLY, NOT_SPECIAL_HARDSHIP, NO_VULNERABLE_ELDERLY)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.service())
                    .withScreening(Screening.monthly(Screening.Action.OPEN_FOR_REVIEW)
                            .candidates("a member aged 59 or more on the month's last day",
                                    (p, m) -> AgeBasis.ageOn(p.birthDate(), m.atEndOfMonth()) >= 59)))
            .report(ReportLines.of(Measure.SERVICES).services(ServiceRecordKind.HOME_ADAPTATION))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        int age = d.use(standards, AGE);
        LocalDate end = r.endOfMonth();
        List<Member> elderly = r.members().stream()
                .filter(m -> AgeBasis.ageOn(m.person().birthDate(), end) >= age).toList();
        d.step("home-adaptation.household", elderly.size(), age, r.inDibao(), r.memberInTekun());
        if (elderly.isEmpty()) {
            d.fail(NO_ELDERLY);
        }
        boolean hardship = r.inDibao() || r.memberInTekun() || (r.dibaoEdge() && d.use(standards, DIBAO_EDGE));
        if (!hardship) {
            d.fail(NOT_SPECIAL_HARDSHIP);
        }
        if (!elderly.isEmpty() && d.use(standards, REQUIRES_VULNERABLE)) {
            int veryOld = d.use(standards, VERY_OLD_AGE);
            boolean any = elderly.stream().anyMatch(m -> AgeBasis.ageOn(m.person().birthDate(), end) >= veryOld
                    || vulnerable(m.person()));
            if (!any) {
                d.fail(NO_VULNERABLE_ELDERLY);
            }
        }
        if (!d.failed()) {
            Optional<Money> amount = d.useIfPresent(standards, AMOUNT);
            if (amount.isPresent()) {
                d.serviceBudget(amount.get()).step("home-adaptation.amount", amount.get());
            }
        }
        return d.build(Rounding.FEN);
    }

    /** Disabled, or lost capability. */
    private static boolean vulnerable(Person p) {
        return p.disability().isPresent() || p.selfCare().map(s -> s.lostCount() > 0
                || s.capabilityLevel().map(l -> l != CapabilityLevel.INTACT).orElse(false)).orElse(false);
    }
}
