package org.minzheng.core.disability;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.Person;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standards;

/**
 * 困难残疾人生活补贴和重度残疾人护理补贴 (the two disability subsidies). Legal basis: 《国务院关于全面建立困难残疾人
 * 生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）; Jiangsu: 苏民规〔2022〕4号.
 *
 * <h2>Living subsidy (生活补贴)</h2>
 * For a disabled member of a household enrolled in dibao: {@code disability.living.share.severe} (grade
 * 1–2) or {@code disability.living.share.other} (grade 3–4) × the household's dibao standard; where the region
 * sets {@code disability.living.share.severe-no-income}, a severely disabled member without countable income
 * of their own receives that share when it is larger.
 *
 * <h2>Care subsidy (护理补贴)</h2>
 * For grade 1–2 disability, and grade 3–4 intellectual or mental disability where {@code
 * disability.care.grade34-intellectual-mental} is true: {@code disability.care.urban} or {@code
 * disability.care.rural} by the person's hukou.
 *
 * <p>Neither is paid to a person in 特困 support. Amounts are rounded once to the fen.
 */
public final class DisabilitySubsidyCalculator {

    private DisabilitySubsidyCalculator() {
    }

    /**
     * Assesses the living subsidy.
     *
     * @param request the person ({@link AssessmentRequest#forPerson}); the household's dibao enrolment and the
     *        person's 特困 enrolment are read from it
     * @param standards the standards in force
     * @param month the month assessed
     * @param rules the region's rules (which incomes count)
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    public static Decision assessLiving(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        Person p = request.person();
        Decision.Builder d = Decision.builder(Program.DISABILITY_LIVING_SUBSIDY, request.subjectRef(), month,
                request.household().region());
        if (!common(request, p, d)) {
            return d.build(Rounding.FEN);
        }
        if (!request.householdIn(Program.DIBAO)) {
            d.fail(ReasonCode.DISABILITY_NOT_DIBAO_HOUSEHOLD);
            return d.build(Rounding.FEN);
        }
        Disability dis = p.disability().get();
        BigDecimal share = d.use(standards, dis.isSevere() ? Standards.DISABILITY_LIVING_SHARE_SEVERE
                : Standards.DISABILITY_LIVING_SHARE_OTHER);
        if (dis.isSevere() && !hasOwnIncome(request, p, rules)) {
            Optional<BigDecimal> noIncome = d.useIfPresent(standards, Standards.DISABILITY_LIVING_SHARE_SEVERE_NO_INCOME);
            if (noIncome.isPresent() && noIncome.get().compareTo(share) > 0) {
                share = noIncome.get();
                d.step("disability.living-no-income");
            }
        }
        Money standard = d.use(standards, request.household().hukou() == HukouType.URBAN
                ? Standards.DIBAO_STANDARD_URBAN : Standards.DIBAO_STANDARD_RURAL);
        BigDecimal amount = share.multiply(standard.amount());
        d.component(PaymentComponent.LIVING, null, amount)
                .step("disability.living", dis.category(), dis.grade(), share, standard, amount);
        return d.build(Rounding.FEN);
    }

    /**
     * Assesses the care subsidy.
     *
     * @param request the person ({@link AssessmentRequest#forPerson})
     * @param standards the standards in force
     * @param month the month assessed
     * @param rules the region's rules (unused by this rule)
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    public static Decision assessCare(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        Person p = request.person();
        Decision.Builder d = Decision.builder(Program.DISABILITY_CARE_SUBSIDY, request.subjectRef(), month,
                request.household().region());
        if (!common(request, p, d)) {
            return d.build(Rounding.FEN);
        }
        Disability dis = p.disability().get();
        boolean covered = dis.isSevere();
        if (!covered && (dis.category() == DisabilityCategory.INTELLECTUAL || dis.category() == DisabilityCategory.MENTAL)) {
            covered = d.use(standards, Standards.DISABILITY_CARE_GRADE34_INTELLECTUAL_MENTAL);
        }
        if (!covered) {
            d.fail(ReasonCode.DISABILITY_CARE_GRADE_NOT_COVERED).step("disability.care-not-covered", dis.category(),
                    dis.grade());
            return d.build(Rounding.FEN);
        }
        HukouType hukou = p.hukou();
        Money care = d.use(standards, hukou == HukouType.URBAN ? Standards.DISABILITY_CARE_URBAN
                : Standards.DISABILITY_CARE_RURAL);
        d.component(PaymentComponent.CARE, null, care.amount())
                .step("disability.care", dis.category(), dis.grade(), hukou, care);
        return d.build(Rounding.FEN);
    }

    private static boolean hasOwnIncome(AssessmentRequest request, Person p, RegionalRules rules) {
        for (Income inc : request.household().incomes()) {
            if (inc.earner().isPresent() && inc.earner().get().equals(p.id()) && rules.countsForDibao(inc)
                    && inc.monthlyAmount().isPositive()) {
                return true;
            }
        }
        return false;
    }

    private static boolean common(AssessmentRequest request, Person p, Decision.Builder d) {
        if (p.isDeceased()) {
            d.fail(ReasonCode.SUBJECT_DECEASED);
            return false;
        }
        if (p.disability().isEmpty()) {
            d.fail(ReasonCode.DISABILITY_NONE);
            return false;
        }
        if (request.personIn(p.id(), Program.TEKUN)) {
            d.fail(ReasonCode.DISABILITY_IN_TEKUN);
            return false;
        }
        return true;
    }
}
