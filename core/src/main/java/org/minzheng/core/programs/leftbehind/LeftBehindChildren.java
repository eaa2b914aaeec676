package org.minzheng.core.programs.leftbehind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.children.ParentSituation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
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

/**
 * 农村留守儿童关爱保护 (care for rural left-behind children), declared in one place: classification and the
 * entrusted-guardianship requirement. A service program: nothing is paid. Legal basis:
 * 《国务院关于加强农村留守儿童关爱保护工作的意见》（国发〔2016〕13号）.
 *
 * <h2>Rule</h2>
 * A child with rural hukou, under 16 (completed years on the month's last day), whose parents both work away,
 * or one works away and the other cannot act as guardian (gone, severely disabled or seriously ill, deprived of
 * liberty, out of contact, stripped of guardianship, deported), is a left-behind child ({@link
 * ChildCategory#LEFT_BEHIND}). The parents are those recorded on the child combined with the parents living in the
 * household and the relatives of kind parent stored for the child ({@link org.minzheng.core.rule.Kinship#parentsOf}).
 *
 * <p>The entrusted-guardianship confirmation (委托监护责任确认书) is a duty the bureau follows up, not a condition
 * (issue 12, decision record 0356): a left-behind child without one signed and in force on the month's last day is
 * eligible with the note {@link #GUARDIANSHIP_CONFIRMATION_MISSING}, so the report can show "N left-behind, M
 * signed" with N ≠ M.
 *
 * <h2>Screening</h2>
 * Monthly, for review: every child with rural hukou under 16 on the month's last day is a candidate; those the rule
 * finds left-behind without a case are opened for review with the reasons, and cases that no longer qualify are
 * proposed for closing.
 */
public final class LeftBehindChildren {

    private LeftBehindChildren() {
    }

    /** no rural hukou (非农村户籍). */
    public static final ReasonCode NOT_RURAL = ReasonCode.failed("left-behind.not-rural",
            "非农村户籍", "no rural hukou");

    /** 16 or older (已满16周岁). */
    public static final ReasonCode AGE = ReasonCode.failed("left-behind.age",
            "已满16周岁", "16 or older");

    /** parents not both away, nor one away and the other unable (父母未外出务工或另一方有监护能力). */
    public static final ReasonCode PARENTS_NOT_AWAY = ReasonCode.failed("left-behind.parents-not-away",
            "父母未外出务工或另一方有监护能力", "parents not both away, nor one away and the other unable");

    /**
     * Note: no entrusted-guardianship confirmation in force (缺少有效的委托监护责任确认书，需跟进签订): a follow-up for
     * the bureau, not a failed condition (decision record 0356).
     */
    public static final ReasonCode GUARDIANSHIP_CONFIRMATION_MISSING = ReasonCode.note("left-behind.guardianship-confirmation-missing",
            "缺少有效的委托监护责任确认书", "no entrusted-guardianship confirmation in force");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> LeftBehindChildren.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param child the child assessed, with its parents
     * @param confirmations the child's entrusted-guardianship confirmations
     * @param endOfMonth the last day of the month
     */
    public record Request(Person child, List<GuardianshipConfirmation> confirmations, LocalDate endOfMonth) {
        /**
         * Copies the confirmations.
         *
         * @param child the child
         * @param confirmations the confirmations
         * @param endOfMonth the last day of the month
         */
        public Request {
            confirmations = List.copyOf(confirmations);
        }

        /**
         * Reads the request from the facts about a child.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            // parents living in the household count with those recorded on the child (issue 12, decision record 0301)
            return new Request(org.minzheng.core.rule.Kinship.withCombinedParents(facts),
                    facts.records(GuardianshipConfirmation.class), facts.endOfMonth());
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.LEFT_BEHIND_CHILD_CARE,
                    Request::from, LeftBehindChildren::decide)
            .names("农村留守儿童关爱保护", "care for rural left-behind children")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(new LegalBasis("国务院关于加强农村留守儿童关爱保护工作的意见", "国发〔2016〕13号"))
            .reasons(NOT_RURAL, AGE, PARENTS_NOT_AWAY, GUARDIANSHIP_CONFIRMATION_MISSING)
            .texts(TEXTS)
            .reads(ServiceRecordKind.GUARDIANSHIP_CONFIRMATION)
            .monthly(MonthlyBehaviour.of(Schedule.service())
                    .withScreening(Screening.monthly(Screening.Action.OPEN_FOR_REVIEW)
                            .candidates("rural hukou and under 16 on the month's last day",
                                    LeftBehindChildren::candidate)))
            .report(ReportLines.of(Measure.IN_COVERAGE, Measure.RECORD_IN_FORCE)
                    .services(ServiceRecordKind.GUARDIANSHIP_CONFIRMATION)
                    .inForce((r, day) -> ((GuardianshipConfirmation) r).inForceOn(day)))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        Person child = r.child();
        SubjectRef subject = d.subject();
        LocalDate end = r.endOfMonth();
        int age = AgeBasis.ageOn(child.birthDate(), end);
        d.step("left-behind.child", child.hukou(), age);
        if (child.hukou() != HukouType.RURAL) {
            d.fail(NOT_RURAL);
        }
        if (age >= 16) {
            d.fail(AGE);
        }
        Optional<Parent> father = child.parent(ParentRole.FATHER);
        Optional<Parent> mother = child.parent(ParentRole.MOTHER);
        ParentSituation f = father.map(p -> ParentSituation.of(p, end)).orElse(ParentSituation.PRESENT);
        ParentSituation m = mother.map(p -> ParentSituation.of(p, end)).orElse(ParentSituation.PRESENT);
        d.step("left-behind.parent", ParentRole.FATHER, f).step("left-behind.parent", ParentRole.MOTHER, m);
        boolean away = (f == ParentSituation.WORKING_AWAY && (m == ParentSituation.WORKING_AWAY || m.unableToCare()))
                || (m == ParentSituation.WORKING_AWAY && f.unableToCare());
        if (!away) {
            d.fail(PARENTS_NOT_AWAY);
        } else if (!d.failed()) {
            d.category(ChildCategory.LEFT_BEHIND);
        }
        if (!d.failed()) {
            boolean confirmed = r.confirmations().stream()
                    .anyMatch(c -> c.subject().equals(subject) && !c.signedOn().isAfter(end) && c.inForceOn(end));
            if (confirmed) {
                d.step("left-behind.confirmation");
            } else {
                d.note(GUARDIANSHIP_CONFIRMATION_MISSING).step("left-behind.follow-up");
            }
        }
        return d.build(Rounding.FEN);
    }

    /** Rural hukou, born by the month's end and under 16 then: the rule's own first two conditions. */
    static boolean candidate(Person p, java.time.YearMonth m) {
        LocalDate end = m.atEndOfMonth();
        return p.hukou() == HukouType.RURAL && !p.birthDate().isAfter(end) && AgeBasis.ageOn(p.birthDate(), end) < 16;
    }
}
