package org.minzheng.core.programs.carevisit;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.CapabilityRecord;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.LivingSituation;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
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
 * 关爱巡访 (care visits to empty-nest and living-alone elderly), declared in one place. A service program:
 * the report counts the visits recorded ({@link org.minzheng.core.elderly.CareVisit}).
 *
 * <h2>Rule</h2>
 * A person aged {@link #AGE} or more (completed years on the month's last day) is to be visited who (in this order,
 * the first being the decision's category, {@link CareVisitGroup}):
 * <ol>
 *   <li>lives alone: a household of one in the month;</li>
 *   <li>lives in an empty-nest household: every member of the month aged {@link #AGE} or more;</li>
 *   <li>is a left-behind elderly person (农村留守老年人, 民发〔2017〕193号): the household's hukou is rural, at least
 *       one member has been working away for {@link #LEFT_BEHIND_MONTHS} months or more on the month's last day,
 *       and every other member of the month is aged {@link #AGE} or more.</li>
 * </ol>
 * The risk ({@link CareVisitRisk}) is high for a person living alone who is very old (aged {@link #VERY_OLD_AGE}
 * or more) or vulnerable (lost capability: an activity of daily living lost, a GB/T 42195-2022 level worse than
 * intact, or a grade 1–2 disability); medium for a person living alone, or for an empty-nest or left-behind person
 * who is very old or vulnerable; low otherwise. Visits due a month ({@link Decision#servicesPerMonth()}):
 * {@link #VISITS_HIGH}, {@link #VISITS_MEDIUM} or {@link #VISITS_LOW}; the report compares them with the visits
 * recorded ({@link Measure#SERVICES_DUE}, {@link Measure#SERVICES}).
 *
 * <p>Stored facts first (decision record 0357): a person whose record states how they live ({@link
 * Person#livingSituation()}) is living alone or empty-nest as recorded — the booklet household is where the hukou
 * is, not always where the person lives — and a recorded "with family" rules both out (the left-behind test, which
 * reads members working away, still applies); without one the household decides as above. The capability level
 * is the latest dated assessment on or before the month's last day ({@link Person#capabilityOn}), else the level
 * on the self-care record. The explanation says which source was read.
 */
public final class CareVisitProgram {

    private CareVisitProgram() {
    }

    /**
     * {@code care-visit.age} — 关爱巡访老年人年龄 (care-visit age). Age from which an elderly person living alone or
     * in an empty-nest household is visited. Default 60.
     */
    public static final Standard<Integer> AGE = Standard.builder("care-visit.age", ValueType.INTEGER)
            .names("关爱巡访老年人年龄", "care-visit age")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age (completed years on the last day of the month) from which an elderly person living alone or in an empty-nest household is visited. Default 60, the statutory age of an elderly person.")
            .legalBasis("《老年人权益保障法》第二条")
            .build();

    /**
     * {@code care-visit.age.very-old} — 关爱巡访高龄年龄 (care-visit very-old age). Default 80.
     */
    public static final Standard<Integer> VERY_OLD_AGE = Standard.builder("care-visit.age.very-old", ValueType.INTEGER)
            .names("关爱巡访高龄年龄", "care-visit very-old age")
            .unit(Unit.YEARS)
            .defaultValue(80)
            .description("Age from which a visited person counts as very old (高龄) for the risk level. Default 80.")
            .build();

    /**
     * {@code care-visit.left-behind.months-away} — 农村留守老年人子女外出时长 (months away that make a left-behind
     * elderly person). Default 6.
     */
    public static final Standard<Integer> LEFT_BEHIND_MONTHS = Standard.builder("care-visit.left-behind.months-away",
                    ValueType.INTEGER)
            .names("农村留守老年人家庭成员外出时长", "months away that make a left-behind elderly person")
            .unit(Unit.MONTHS)
            .defaultValue(6)
            .description("Months (on the month's last day) a member must have been working away for the elderly at "
                    + "home to be left-behind elderly (农村留守老年人). Default 6 (民发〔2017〕193号: 连续6个月以上).")
            .legalBasis("民发〔2017〕193号")
            .build();

    /** {@code care-visit.visits.high} — 高风险对象每月巡访次数 (visits a month, high risk). Default 4. */
    public static final Standard<Integer> VISITS_HIGH = visits("high", "高风险", 4);

    /** {@code care-visit.visits.medium} — 中风险对象每月巡访次数 (visits a month, medium risk). Default 2. */
    public static final Standard<Integer> VISITS_MEDIUM = visits("medium", "中风险", 2);

    /** {@code care-visit.visits.low} — 低风险对象每月巡访次数 (visits a month, low risk). Default 1. */
    public static final Standard<Integer> VISITS_LOW = visits("low", "低风险", 1);

    private static Standard<Integer> visits(String level, String chinese, int byDefault) {
        return Standard.builder("care-visit.visits." + level, ValueType.INTEGER)
                .names(chinese + "对象每月巡访次数", "care visits a month, " + level + " risk")
                .unit(Unit.COUNT)
                .defaultValue(byDefault)
                .description("Visits due each month to a person of " + level + " risk (" + chinese + "). Default "
                        + byDefault + ".")
                .build();
    }

    /** under the care-visit age (未达到关爱巡访年龄). */
    public static final ReasonCode UNDER_AGE = ReasonCode.failed("care-visit.under-age",
            "未达到关爱巡访年龄", "under the care-visit age");

    /** neither living alone, nor empty-nest, nor left behind (非独居、空巢或留守老年人). */
    public static final ReasonCode NOT_ALONE_OR_EMPTY_NEST = ReasonCode.failed("care-visit.not-alone-or-empty-nest",
            "非独居、空巢或农村留守老年人", "neither living alone, nor in an empty-nest household, nor left behind");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> CareVisitProgram.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param membersInMonth the members of the person's household in the month (including the person)
     * @param endOfMonth the last day of the month
     * @param hukou the household's hukou
     */
    public record Request(Person person, List<Member> membersInMonth, LocalDate endOfMonth, HukouType hukou) {
        /**
         * Copies the members.
         *
         * @param person the person
         * @param membersInMonth the members
         * @param endOfMonth the last day of the month
         * @param hukou the household's hukou
         */
        public Request {
            membersInMonth = List.copyOf(membersInMonth);
            java.util.Objects.requireNonNull(hukou, "hukou");
        }

        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            return new Request(facts.person(), facts.members(), facts.endOfMonth(), facts.household().hukou());
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.CARE_VISIT,
                    Request::from, CareVisitProgram::decide)
            .names("关爱巡访", "care visits to elderly living alone")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.ELDERLY_LAW)
            .legalBasis(new LegalBasis("关于加强农村留守老年人关爱服务工作的意见", "民发〔2017〕193号"))
            .standards(AGE, LEFT_BEHIND_MONTHS, VERY_OLD_AGE, VISITS_HIGH, VISITS_MEDIUM, VISITS_LOW)
            .reasons(UNDER_AGE, NOT_ALONE_OR_EMPTY_NEST)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.service())
                    .withScreening(Screening.monthly(Screening.Action.OPEN_FOR_REVIEW)
                            .candidates("aged 59 or more on the month's last day",
                                    (p, m) -> AgeBasis.ageOn(p.birthDate(), m.atEndOfMonth()) >= 59)))
            .report(ReportLines.of(Measure.IN_COVERAGE, Measure.SERVICES, Measure.SERVICES_DUE)
                    .services(ServiceRecordKind.CARE_VISIT))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        int minimum = d.use(standards, AGE);
        LocalDate end = r.endOfMonth();
        int age = AgeBasis.ageOn(r.person().birthDate(), end);
        d.step("care-visit.age", age, minimum);
        if (age < minimum) {
            return d.fail(UNDER_AGE).build(Rounding.FEN);
        }
        CareVisitGroup group;
        Optional<LivingSituation> recorded = r.person().livingSituation();
        if (recorded.isPresent()) {
            d.step("care-visit.arrangement-recorded", recorded.get());
        } else {
            d.step("care-visit.arrangement-household", r.membersInMonth().size());
        }
        if (recorded.isPresent() ? recorded.get() == LivingSituation.LIVING_ALONE : r.membersInMonth().size() <= 1) {
            group = CareVisitGroup.LIVING_ALONE;
        } else if (recorded.isPresent() ? recorded.get() == LivingSituation.EMPTY_NEST
                : r.membersInMonth().stream().allMatch(m -> AgeBasis.ageOn(m.person().birthDate(), end) >= minimum)) {
            group = CareVisitGroup.EMPTY_NEST;
        } else if (r.hukou() == HukouType.RURAL && leftBehind(r, minimum, d.use(standards, LEFT_BEHIND_MONTHS))) {
            group = CareVisitGroup.LEFT_BEHIND;
        } else {
            return d.fail(NOT_ALONE_OR_EMPTY_NEST).build(Rounding.FEN);
        }
        boolean vulnerable = vulnerable(r.person(), end, d);
        boolean exposed = age >= d.use(standards, VERY_OLD_AGE) || vulnerable;
        CareVisitRisk risk = group == CareVisitGroup.LIVING_ALONE
                ? exposed ? CareVisitRisk.HIGH : CareVisitRisk.MEDIUM
                : exposed ? CareVisitRisk.MEDIUM : CareVisitRisk.LOW;
        int visits = d.use(standards, switch (risk) {
            case HIGH -> VISITS_HIGH;
            case MEDIUM -> VISITS_MEDIUM;
            case LOW -> VISITS_LOW;
        });
        return d.category(group).servicesPerMonth(visits).step("care-visit.arrangement", group)
                .step("care-visit.risk", risk, visits).build(Rounding.FEN);
    }

    /** Some member away long enough, every other member of the visiting age. */
    private static boolean leftBehind(Request r, int minimum, int monthsAway) {
        LocalDate end = r.endOfMonth();
        boolean someoneAway = false;
        for (Member m : r.membersInMonth()) {
            Person p = m.person();
            boolean away = p.status().kind() == StatusKind.WORKING_AWAY
                    && p.status().lastedAtLeast(Period.ofMonths(monthsAway), end);
            if (away) {
                someoneAway = true;
            } else if (AgeBasis.ageOn(p.birthDate(), end) < minimum) {
                return false;
            }
        }
        return someoneAway;
    }

    /**
     * Lost capability or a grade 1–2 disability. The level is the latest dated assessment on or before the month's
     * end, else the one on the self-care record; lost activities come from the self-care record.
     */
    private static boolean vulnerable(Person p, LocalDate end, Decision.Builder d) {
        Optional<CapabilityRecord> assessed = p.capabilityOn(end);
        Optional<CapabilityLevel> level;
        if (assessed.isPresent()) {
            level = Optional.of(assessed.get().level());
            d.step("care-visit.capability-recorded", assessed.get().level(), assessed.get().assessedOn());
        } else {
            level = p.selfCare().flatMap(SelfCare::capabilityLevel);
            level.ifPresent(l -> d.step("care-visit.capability-self-care", l));
        }
        if (p.disability().isPresent() && p.disability().get().isSevere()) {
            return true;
        }
        return level.filter(l -> l != CapabilityLevel.INTACT).isPresent()
                || p.selfCare().map(s -> s.lostCount() > 0).orElse(false);
    }
}
