package org.minzheng.core.elderly;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Person;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standards;

/**
 * 居家养老上门服务 (home-care visits): whether an elderly person is entitled to government-purchased
 * home-care service, and how many hours a month. Eligibility groups and hours are regional standards.
 *
 * <h2>Rule</h2>
 * Eligible when, with age in completed years on the month's last day, one of these holds (checked in this
 * order; the first is the decision's category):
 * <ol>
 *   <li>age ≥ {@code homecare.age.general}, where set;</li>
 *   <li>{@code homecare.group.low-income} and in a dibao household or in 特困 support, and age ≥ {@code
 *       homecare.age.low-income};</li>
 *   <li>{@code homecare.group.disabled} and a grade 1–2 disability or a recorded GB/T 42195-2022 level of
 *       moderate or worse, and age ≥ {@code homecare.age.disabled};</li>
 *   <li>{@code homecare.group.living-alone} and a household of one, and age ≥ {@code homecare.age.low-income}.</li>
 * </ol>
 * Entitlement: {@code homecare.hours.per-month} hours ({@link Decision#hoursPerMonth()}); the amount is zero.
 */
public final class HomeCareCalculator {

    private HomeCareCalculator() {
    }

    /**
     * Assesses a person for home-care visits.
     *
     * @param request the person ({@link AssessmentRequest#forPerson})
     * @param standards the standards in force
     * @param month the month assessed
     * @param rules the region's rules (unused by this rule)
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if the hours have no value
     */
    public static Decision assess(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        Person p = request.person();
        Decision.Builder d = Decision.builder(Program.HOME_CARE, request.subjectRef(), month,
                request.household().region());
        if (p.isDeceased()) {
            d.fail(ReasonCode.SUBJECT_DECEASED);
            return d.build(Rounding.FEN);
        }
        int age = AgeBasis.ageOn(p.birthDate(), month.atEndOfMonth());
        d.step("homecare.age", age);
        HomeCareGroup group = null;
        Optional<Integer> general = d.useIfPresent(standards, Standards.HOMECARE_AGE_GENERAL);
        if (general.isPresent() && age >= general.get()) {
            group = HomeCareGroup.GENERAL_AGE;
        }
        int lowIncomeAge = d.use(standards, Standards.HOMECARE_AGE_LOW_INCOME);
        if (group == null && d.use(standards, Standards.HOMECARE_GROUP_LOW_INCOME) && age >= lowIncomeAge
                && (request.householdIn(Program.DIBAO) || request.personIn(p.id(), Program.TEKUN))) {
            group = HomeCareGroup.LOW_INCOME;
        }
        if (group == null && d.use(standards, Standards.HOMECARE_GROUP_DISABLED)
                && age >= d.use(standards, Standards.HOMECARE_AGE_DISABLED) && disabled(p)) {
            group = HomeCareGroup.DISABLED;
        }
        if (group == null && d.use(standards, Standards.HOMECARE_GROUP_LIVING_ALONE) && age >= lowIncomeAge
                && request.household().size() == 1) {
            group = HomeCareGroup.LIVING_ALONE;
        }
        if (group == null) {
            d.fail(ReasonCode.HOMECARE_NOT_IN_GROUP);
            return d.build(Rounding.FEN);
        }
        BigDecimal hours = d.use(standards, Standards.HOMECARE_HOURS_PER_MONTH);
        d.category(group).hoursPerMonth(hours).step("homecare.hours", group, hours);
        return d.build(Rounding.FEN);
    }

    private static boolean disabled(Person p) {
        if (p.disability().isPresent() && p.disability().get().isSevere()) {
            return true;
        }
        Optional<CapabilityLevel> level = p.selfCare().flatMap(s -> s.capabilityLevel());
        return level.isPresent() && level.get().compareTo(CapabilityLevel.MODERATE) >= 0;
    }
}
