package org.minzheng.core.children;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Placement;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.Person;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Standards;

/**
 * 困境儿童生活补贴 (living subsidy for children in difficulty). Legal basis: 国发〔2016〕36号; 民发〔2019〕62号;
 * Jiangsu 2018 supplementary opinion.
 *
 * <h2>Rule</h2>
 * A child under 18 (completed years on the month's last day) is classified by the region's {@link
 * RegionalRules#classifyChild} (national default: {@link ChildClassifier}). An
 * orphan in an institution is paid {@code child.orphan.institutional}; an orphan at home {@code
 * child.orphan.dispersed}; the other categories their share ({@code child.unsupported.share}, {@code
 * child.guardianship-missing.share}, {@code child.parents-unable.share}) × {@code child.orphan.dispersed}.
 * Rounded once to the fen.
 */
public final class ChildSubsidyCalculator {

    private ChildSubsidyCalculator() {
    }

    /**
     * Assesses a child.
     *
     * @param request the child ({@link AssessmentRequest#forPerson}) and its {@link Placement}
     * @param standards the standards in force
     * @param month the month assessed
     * @param rules the region's rules (the child classification)
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    public static Decision assess(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        Person child = request.person();
        Decision.Builder d = Decision.builder(Program.CHILD_SUBSIDY, request.subjectRef(), month,
                request.household().region());
        if (child.isDeceased()) {
            d.fail(ReasonCode.SUBJECT_DECEASED);
            return d.build(Rounding.FEN);
        }
        LocalDate end = month.atEndOfMonth();
        int age = AgeBasis.ageOn(child.birthDate(), end);
        d.step("children.age", age);
        if (age >= 18) {
            d.fail(ReasonCode.CHILD_ADULT);
            return d.build(Rounding.FEN);
        }
        for (Parent p : child.parents()) {
            d.step("children.parent", p.role(), ParentSituation.of(p, end));
        }
        Optional<ChildCategory> category = rules.classifyChild(child, end);
        if (category.isEmpty()) {
            d.fail(ReasonCode.CHILD_NOT_IN_DIFFICULTY);
            return d.build(Rounding.FEN);
        }
        ChildCategory c = category.get();
        d.category(c);
        if (c == ChildCategory.ORPHAN) {
            Standard<Money> s = request.placement() == Placement.INSTITUTIONAL ? Standards.CHILD_ORPHAN_INSTITUTIONAL
                    : Standards.CHILD_ORPHAN_DISPERSED;
            Money amount = d.use(standards, s);
            d.component(PaymentComponent.LIVING, null, amount.amount())
                    .step("children.orphan", request.placement(), amount);
        } else {
            Money dispersed = d.use(standards, Standards.CHILD_ORPHAN_DISPERSED);
            BigDecimal share = d.use(standards, c == ChildCategory.DE_FACTO_UNSUPPORTED ? Standards.CHILD_UNSUPPORTED_SHARE
                    : c == ChildCategory.GUARDIANSHIP_MISSING ? Standards.CHILD_GUARDIANSHIP_MISSING_SHARE
                    : Standards.CHILD_PARENTS_UNABLE_SHARE);
            BigDecimal amount = share.multiply(dispersed.amount());
            d.component(PaymentComponent.LIVING, null, amount).step("children.share", c, share, dispersed, amount);
        }
        return d.build(Rounding.FEN);
    }
}
