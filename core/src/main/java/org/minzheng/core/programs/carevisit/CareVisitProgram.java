package org.minzheng.core.programs.carevisit;

import java.time.LocalDate;
import java.util.List;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.elderly.LivingArrangement;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
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
 * A person aged {@link #AGE} or more (completed years on the month's last day) who lives alone (a household of
 * one in the month) or in an empty-nest household (every member of the month aged {@link #AGE} or more) is to
 * be visited; the decision's category is the living arrangement.
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

    /** under the care-visit age (未达到关爱巡访年龄). */
    public static final ReasonCode UNDER_AGE = ReasonCode.failed("care-visit.under-age",
            "未达到关爱巡访年龄", "under the care-visit age");

    /** neither living alone nor in an empty-nest household (非独居或空巢老年人). */
    public static final ReasonCode NOT_ALONE_OR_EMPTY_NEST = ReasonCode.failed("care-visit.not-alone-or-empty-nest",
            "非独居或空巢老年人", "neither living alone nor in an empty-nest household");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> CareVisitProgram.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param membersInMonth the members of the person's household in the month (including the person)
     * @param endOfMonth the last day of the month
     */
    public record Request(Person person, List<Member> membersInMonth, LocalDate endOfMonth) {
        /**
         * Copies the members.
         *
         * @param person the person
         * @param membersInMonth the members
         * @param endOfMonth the last day of the month
         */
        public Request {
            membersInMonth = List.copyOf(membersInMonth);
        }

        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            return new Request(facts.person(), facts.members(), facts.endOfMonth());
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.CARE_VISIT,
                    Request::from, CareVisitProgram::decide)
            .names("关爱巡访", "care visits to elderly living alone")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.ELDERLY_LAW)
            .standards(AGE)
            .reasons(UNDER_AGE, NOT_ALONE_OR_EMPTY_NEST)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.service()))
            .report(ReportLines.of(Measure.IN_COVERAGE, Measure.SERVICES).services(ServiceRecordKind.CARE_VISIT))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        int minimum = d.use(standards, AGE);
        int age = AgeBasis.ageOn(r.person().birthDate(), r.endOfMonth());
        d.step("care-visit.age", age, minimum);
        if (age < minimum) {
            return d.fail(UNDER_AGE).build(Rounding.FEN);
        }
        LivingArrangement arrangement;
        if (r.membersInMonth().size() <= 1) {
            arrangement = LivingArrangement.LIVING_ALONE;
        } else if (r.membersInMonth().stream()
                .allMatch(m -> AgeBasis.ageOn(m.person().birthDate(), r.endOfMonth()) >= minimum)) {
            arrangement = LivingArrangement.EMPTY_NEST;
        } else {
            return d.fail(NOT_ALONE_OR_EMPTY_NEST).build(Rounding.FEN);
        }
        return d.category(arrangement).step("care-visit.arrangement", arrangement).build(Rounding.FEN);
    }
}
