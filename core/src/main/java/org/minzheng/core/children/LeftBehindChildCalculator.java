package org.minzheng.core.children;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;

/**
 * 农村留守儿童关爱保护 (care for rural left-behind children): classification and the entrusted-guardianship
 * requirement. Legal basis: 《国务院关于加强农村留守儿童关爱保护工作的意见》（国发〔2016〕13号）.
 *
 * <h2>Rule</h2>
 * A child with rural hukou, under 16 (completed years on the month's last day), whose parents both work
 * away, or one works away and the other cannot act as guardian (gone, severely disabled or seriously ill,
 * deprived of liberty, out of contact, stripped of guardianship, deported), is a left-behind child
 * ({@link ChildCategory#LEFT_BEHIND}, set on the decision even when another condition fails). The
 * decision is eligible only when an entrusted-guardianship confirmation (委托监护责任确认书) for the child is
 * signed and in force on the month's last day. The program pays no money; the amount is zero.
 */
public final class LeftBehindChildCalculator {

    private LeftBehindChildCalculator() {
    }

    /**
     * Assesses a child.
     *
     * @param request the child ({@link AssessmentRequest#forPerson}) with its guardianship confirmations
     * @param standards the standards in force (unused by this rule)
     * @param month the month assessed
     * @param rules the region's rules (unused by this rule)
     * @return the decision
     */
    public static Decision assess(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        Person child = request.person();
        SubjectRef subject = request.subjectRef();
        Decision.Builder d = Decision.builder(Program.LEFT_BEHIND_CHILD_CARE, subject, month,
                request.household().region());
        if (child.isDeceased()) {
            d.fail(ReasonCode.SUBJECT_DECEASED);
            return d.build(Rounding.FEN);
        }
        LocalDate end = month.atEndOfMonth();
        int age = AgeBasis.ageOn(child.birthDate(), end);
        d.step("left-behind.child", child.hukou(), age);
        if (child.hukou() != HukouType.RURAL) {
            d.fail(ReasonCode.LEFT_BEHIND_NOT_RURAL);
        }
        if (age >= 16) {
            d.fail(ReasonCode.LEFT_BEHIND_AGE);
        }
        Optional<Parent> father = child.parent(ParentRole.FATHER);
        Optional<Parent> mother = child.parent(ParentRole.MOTHER);
        ParentSituation f = father.map(p -> ParentSituation.of(p, end)).orElse(ParentSituation.PRESENT);
        ParentSituation m = mother.map(p -> ParentSituation.of(p, end)).orElse(ParentSituation.PRESENT);
        d.step("children.parent", ParentRole.FATHER, f).step("children.parent", ParentRole.MOTHER, m);
        boolean away = (f == ParentSituation.WORKING_AWAY && (m == ParentSituation.WORKING_AWAY || m.unableToCare()))
                || (m == ParentSituation.WORKING_AWAY && f.unableToCare());
        if (!away) {
            d.fail(ReasonCode.LEFT_BEHIND_PARENTS_NOT_AWAY);
        } else if (!d.failed()) {
            d.category(ChildCategory.LEFT_BEHIND);
        }
        if (!d.failed()) {
            boolean confirmed = request.guardianshipConfirmations().stream()
                    .anyMatch(c -> c.subject().equals(subject) && !c.signedOn().isAfter(end) && c.inForceOn(end));
            if (confirmed) {
                d.step("left-behind.confirmation");
            } else {
                d.fail(ReasonCode.LEFT_BEHIND_GUARDIANSHIP_CONFIRMATION_MISSING);
            }
        }
        return d.build(Rounding.FEN);
    }
}
