package org.minzheng.core.programs.homecare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.CapabilityRecord;
import org.minzheng.core.registry.LivingSituation;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.SelfCare;
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
 * 居家养老上门服务 (home-care visits), declared in one place: whether an elderly person is entitled to
 * government-purchased home-care service, and how many hours a month. A service program: nothing is paid; the
 * report counts visits and hours delivered ({@link HomeCareVisit}).
 *
 * <h2>Rule</h2>
 * Eligible when, with age in completed years on the month's last day, one of these holds (checked in this
 * order; the first is the decision's category):
 * <ol>
 *   <li>age ≥ {@link #AGE_GENERAL}, where set;</li>
 *   <li>{@link #GROUP_LOW_INCOME} and economically difficult — in a dibao household or in 特困 support, or, where
 *       {@link #LOW_INCOME_DIBAO_EDGE} is true, in a household identified as on the edge of dibao — and age ≥
 *       {@link #AGE_LOW_INCOME}; where {@link #LOW_INCOME_CAPABILITY_LOSS} is true, only with lost capability
 *       (经济困难的失能、半失能老年人: an activity of daily living lost, or a GB/T 42195-2022 level worse than intact);</li>
 *   <li>{@link #GROUP_DISABLED} and a grade 1–2 disability or a recorded GB/T 42195-2022 level of moderate or
 *       worse, and age ≥ {@link #AGE_DISABLED};</li>
 *   <li>{@link #GROUP_LIVING_ALONE} and a household of one, and age ≥ {@link #AGE_LOW_INCOME}.</li>
 * </ol>
 * Entitlement ({@link Decision#hoursPerMonth()}): for a person with a recorded GB/T 42195-2022 level, the hours the
 * region sets for that level ({@link #HOURS_MILD}, {@link #HOURS_MODERATE}, {@link #HOURS_SEVERE}, {@link
 * #HOURS_COMPLETE}) where set; otherwise {@link #HOURS_PER_MONTH}. The amount is zero. The report compares the hours
 * granted with the hours delivered ({@link Measure#HOURS_GRANTED}, {@link Measure#HOURS}).
 *
 * <p>Stored facts first (decision record 0357): the capability level read by the groups and the hours is the latest
 * dated assessment on or before the month's last day ({@link Person#capabilityOn}), else the level on the self-care
 * record; "living alone" is the person's recorded living situation ({@link Person#livingSituation()}), else a
 * household of one. The explanation says which source was read.
 */
public final class HomeCare {

    private HomeCare() {
    }

    /**
     * {@code homecare.hours.per-month} — 居家养老上门服务时长 (home-care hours per month). Hours of government-purchased home-care service per month for an eligible elderly person.
     */
    public static final Standard<BigDecimal> HOURS_PER_MONTH = Standard.builder("homecare.hours.per-month", ValueType.DECIMAL)
            .names("居家养老上门服务时长", "home-care hours per month")
            .unit(Unit.HOURS_PER_MONTH)
            .mandatory()
            .description("Hours of government-purchased home-care service per month for an eligible elderly person.")
            .build();

    /**
     * {@code homecare.age.general} — 居家养老上门服务普惠年龄 (home-care age for all elderly). Age from which every elderly person is eligible for home-care visits whatever their income. Absent: age alone never qualifies.
     */
    public static final Standard<Integer> AGE_GENERAL = Standard.builder("homecare.age.general", ValueType.INTEGER)
            .names("居家养老上门服务普惠年龄", "home-care age for all elderly")
            .unit(Unit.YEARS)
            .description("Age from which every elderly person is eligible for home-care visits whatever their income. Absent: age alone never qualifies.")
            .build();

    /**
     * {@code homecare.age.low-income} — 居家养老上门服务低收入老年人年龄 (home-care age for low-income elderly). Age from which an elderly member of a dibao household, or a person in extreme-poverty support, is eligible (when homecare.group.low-income is true). Default 60.
     */
    public static final Standard<Integer> AGE_LOW_INCOME = Standard.builder("homecare.age.low-income", ValueType.INTEGER)
            .names("居家养老上门服务低收入老年人年龄", "home-care age for low-income elderly")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age from which an elderly member of a dibao household, or a person in extreme-poverty support, is eligible (when homecare.group.low-income is true). Default 60.")
            .build();

    /**
     * {@code homecare.age.disabled} — 居家养老上门服务失能老年人年龄 (home-care age for disabled elderly). Age from which an elderly person with a grade 1–2 disability, or assessed moderately or more disabled (GB/T 42195-2022), is eligible (when homecare.group.disabled is true). Default 60.
     */
    public static final Standard<Integer> AGE_DISABLED = Standard.builder("homecare.age.disabled", ValueType.INTEGER)
            .names("居家养老上门服务失能老年人年龄", "home-care age for disabled elderly")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age from which an elderly person with a grade 1–2 disability, or assessed moderately or more disabled (GB/T 42195-2022), is eligible (when homecare.group.disabled is true). Default 60.")
            .build();

    /**
     * {@code homecare.group.low-income} — 低收入老年人纳入居家养老上门服务 (home care for low-income elderly). Whether low-income elderly (dibao, extreme-poverty support) are an eligible group. Default true.
     */
    public static final Standard<Boolean> GROUP_LOW_INCOME = Standard.builder("homecare.group.low-income", ValueType.BOOLEAN)
            .names("低收入老年人纳入居家养老上门服务", "home care for low-income elderly")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("Whether low-income elderly (dibao, extreme-poverty support) are an eligible group. Default true.")
            .build();

    /**
     * {@code homecare.group.disabled} — 失能老年人纳入居家养老上门服务 (home care for disabled elderly). Whether disabled elderly are an eligible group. Default true.
     */
    public static final Standard<Boolean> GROUP_DISABLED = Standard.builder("homecare.group.disabled", ValueType.BOOLEAN)
            .names("失能老年人纳入居家养老上门服务", "home care for disabled elderly")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.TRUE)
            .description("Whether disabled elderly are an eligible group. Default true.")
            .build();

    /**
     * {@code homecare.group.living-alone} — 独居老年人纳入居家养老上门服务 (home care for elderly living alone). Whether elderly people (of at least homecare.age.low-income) who live alone are an eligible group. Default false.
     */
    public static final Standard<Boolean> GROUP_LIVING_ALONE = Standard.builder("homecare.group.living-alone", ValueType.BOOLEAN)
            .names("独居老年人纳入居家养老上门服务", "home care for elderly living alone")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether elderly people (of at least homecare.age.low-income) who live alone are an eligible group. Default false.")
            .build();

    /**
     * {@code homecare.hours.mild} — 轻度失能老年人居家上门服务时长 (home-care hours, mild disability). Optional.
     */
    public static final Standard<BigDecimal> HOURS_MILD = hoursFor("mild", "轻度失能", "mild");

    /**
     * {@code homecare.hours.moderate} — 中度失能老年人居家上门服务时长 (home-care hours, moderate disability). Optional.
     */
    public static final Standard<BigDecimal> HOURS_MODERATE = hoursFor("moderate", "中度失能", "moderate");

    /**
     * {@code homecare.hours.severe} — 重度失能老年人居家上门服务时长 (home-care hours, severe disability). Optional.
     */
    public static final Standard<BigDecimal> HOURS_SEVERE = hoursFor("severe", "重度失能", "severe");

    /**
     * {@code homecare.hours.complete} — 完全失能老年人居家上门服务时长 (home-care hours, complete disability). Optional.
     */
    public static final Standard<BigDecimal> HOURS_COMPLETE = hoursFor("complete", "完全失能", "complete");

    private static Standard<BigDecimal> hoursFor(String level, String chinese, String english) {
        return Standard.builder("homecare.hours." + level, ValueType.DECIMAL)
                .names(chinese + "老年人居家上门服务时长", "home-care hours per month, " + english + " disability")
                .unit(Unit.HOURS_PER_MONTH)
                .description("Optional. Hours of home-care service per month for an eligible person whose recorded "
                        + "GB/T 42195-2022 capability level is " + chinese + " (" + english + " disability); absent: "
                        + "homecare.hours.per-month applies.")
                .legalBasis("GB/T 42195-2022")
                .build();
    }

    /**
     * {@code homecare.low-income.capability-loss-required} — 经济困难老年人须失能、半失能 (economically difficult elderly
     * only with lost capability). Default false.
     */
    public static final Standard<Boolean> LOW_INCOME_CAPABILITY_LOSS = Standard.builder(
                    "homecare.low-income.capability-loss-required", ValueType.BOOLEAN)
            .names("经济困难老年人须失能、半失能", "economically difficult elderly only with lost capability")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether the low-income group covers only economically difficult elderly people who have "
                    + "lost capability (经济困难的失能、半失能老年人: an activity of daily living lost, or a GB/T 42195-2022 "
                    + "level worse than intact). Default false: every low-income elderly person of the age.")
            .build();

    /**
     * {@code homecare.low-income.dibao-edge} — 低保边缘家庭老年人视为经济困难 (elderly in households on the edge of dibao
     * are economically difficult). Default false.
     */
    public static final Standard<Boolean> LOW_INCOME_DIBAO_EDGE = Standard.builder("homecare.low-income.dibao-edge",
                    ValueType.BOOLEAN)
            .names("低保边缘家庭老年人视为经济困难", "elderly on the edge of dibao are economically difficult")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether an elderly member of a household identified as on the edge of dibao (低保边缘家庭) "
                    + "belongs to the low-income group. Default false.")
            .build();

    /** not in a group eligible for home-care visits (不属于居家养老上门服务对象). */
    public static final ReasonCode NOT_IN_GROUP = ReasonCode.failed("homecare.not-in-group",
            "不属于居家养老上门服务对象", "not in a group eligible for home-care visits");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> HomeCare.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param lowIncome whether the person's household receives 低保 or the person is in 特困 support
     * @param livingAlone whether the person's household has one member in the month (used only when the person's
     *                    record states no living situation)
     * @param endOfMonth the last day of the month
     * @param dibaoEdge whether the person's household is identified as on the edge of dibao
     */
    public record Request(Person person, boolean lowIncome, boolean livingAlone, LocalDate endOfMonth,
                          boolean dibaoEdge) {
        /**
         * A request outside any household on the edge of dibao.
         *
         * @param person the person
         * @param lowIncome whether in 低保 or 特困
         * @param livingAlone whether living alone
         * @param endOfMonth the last day of the month
         */
        public Request(Person person, boolean lowIncome, boolean livingAlone, LocalDate endOfMonth) {
            this(person, lowIncome, livingAlone, endOfMonth, false);
        }

        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            Person p = facts.person();
            boolean lowIncome = facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO)
                    || facts.enrolments().personIn(p.id(), NationalPrograms.TEKUN);
            return new Request(p, lowIncome, facts.members().size() == 1, facts.endOfMonth(),
                    facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO_EDGE));
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.HOME_CARE,
                    Request::from, HomeCare::decide)
            .names("居家养老上门服务", "home-care visits")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.ELDERLY_LAW)
            .standards(AGE_GENERAL, GROUP_LOW_INCOME, AGE_LOW_INCOME, LOW_INCOME_DIBAO_EDGE, LOW_INCOME_CAPABILITY_LOSS,
                    GROUP_DISABLED, AGE_DISABLED, GROUP_LIVING_ALONE, HOURS_PER_MONTH, HOURS_MILD, HOURS_MODERATE,
                    HOURS_SEVERE, HOURS_COMPLETE)
            .reasons(NOT_IN_GROUP)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.service())
                    .withScreening(Screening.monthly(Screening.Action.OPEN_FOR_REVIEW)
                            .candidates("aged 59 or more on the month's last day", HomeCare::candidate)))
            .report(ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE, Measure.BY_CATEGORY,
                    Measure.SERVICES, Measure.HOURS, Measure.HOURS_GRANTED)
                    .services(ServiceRecordKind.HOME_CARE_VISIT)
                    .minutes(r -> ((HomeCareVisit) r).duration().toMinutes()))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        Person p = r.person();
        int age = AgeBasis.ageOn(p.birthDate(), r.endOfMonth());
        d.step("homecare.age", age);
        Optional<CapabilityRecord> assessed = p.capabilityOn(r.endOfMonth());
        Optional<CapabilityLevel> level;
        if (assessed.isPresent()) {
            level = Optional.of(assessed.get().level());
            d.step("homecare.capability-recorded", assessed.get().level(), assessed.get().assessedOn());
        } else {
            level = p.selfCare().flatMap(SelfCare::capabilityLevel);
            level.ifPresent(l -> d.step("homecare.capability-self-care", l));
        }
        boolean livingAlone;
        if (p.livingSituation().isPresent()) {
            livingAlone = p.livingSituation().get() == LivingSituation.LIVING_ALONE;
            d.step("homecare.living-recorded", p.livingSituation().get());
        } else {
            livingAlone = r.livingAlone();
        }
        HomeCareGroup group = null;
        Optional<Integer> general = d.useIfPresent(standards, AGE_GENERAL);
        if (general.isPresent() && age >= general.get()) {
            group = HomeCareGroup.GENERAL_AGE;
        }
        int lowIncomeAge = d.use(standards, AGE_LOW_INCOME);
        if (group == null && d.use(standards, GROUP_LOW_INCOME) && age >= lowIncomeAge) {
            boolean difficult = r.lowIncome() || (r.dibaoEdge() && d.use(standards, LOW_INCOME_DIBAO_EDGE));
            if (difficult && (!d.use(standards, LOW_INCOME_CAPABILITY_LOSS) || lostCapability(p, level))) {
                group = HomeCareGroup.LOW_INCOME;
            }
        }
        if (group == null && d.use(standards, GROUP_DISABLED) && age >= d.use(standards, AGE_DISABLED) && disabled(p, level)) {
            group = HomeCareGroup.DISABLED;
        }
        if (group == null && d.use(standards, GROUP_LIVING_ALONE) && age >= lowIncomeAge) {
            if (p.livingSituation().isEmpty()) {
                d.step(livingAlone ? "homecare.living-household-alone" : "homecare.living-household-not-alone");
            }
            if (livingAlone) {
                group = HomeCareGroup.LIVING_ALONE;
            }
        }
        if (group == null) {
            return d.fail(NOT_IN_GROUP).build(Rounding.FEN);
        }
        BigDecimal hours = null;
        if (level.isPresent() && level.get() != CapabilityLevel.INTACT) {
            Optional<BigDecimal> byLevel = d.useIfPresent(standards, switch (level.get()) {
                case MILD -> HOURS_MILD;
                case MODERATE -> HOURS_MODERATE;
                case SEVERE -> HOURS_SEVERE;
                default -> HOURS_COMPLETE;
            });
            if (byLevel.isPresent()) {
                hours = byLevel.get();
                d.step("homecare.hours-level", level.get());
            }
        }
        if (hours == null) {
            hours = d.use(standards, HOURS_PER_MONTH);
        }
        d.category(group).hoursPerMonth(hours).step("homecare.hours", group, hours);
        return d.build(Rounding.FEN);
    }

    private static boolean disabled(Person p, Optional<CapabilityLevel> level) {
        if (p.disability().isPresent() && p.disability().get().isSevere()) {
            return true;
        }
        return level.isPresent() && level.get().compareTo(CapabilityLevel.MODERATE) >= 0;
    }

    /** Lost capability: an activity of daily living lost, or a capability level (as read) worse than intact. */
    private static boolean lostCapability(Person p, Optional<CapabilityLevel> level) {
        return level.filter(l -> l != CapabilityLevel.INTACT).isPresent()
                || p.selfCare().map(s -> s.lostCount() > 0).orElse(false);
    }

    /**
     * Aged 59 or more: every group's age is a standard of at least 0, but the national groups start at 60, and a
     * region that lowers them below 59 must also declare its own screening. Kept wide so that a person who moved in
     * at any age above is found.
     */
    private static boolean candidate(Person p, java.time.YearMonth m) {
        return AgeBasis.ageOn(p.birthDate(), m.atEndOfMonth()) >= 59;
    }
}
