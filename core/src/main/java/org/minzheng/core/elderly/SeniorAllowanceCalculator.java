package org.minzheng.core.elderly;

import java.time.YearMonth;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.Person;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standards;

/**
 * 尊老金 / 高龄津贴 (senior allowance). Legal basis: 《老年人权益保障法》第三十三条; band amounts are regional.
 *
 * <h2>Rule</h2>
 * Age in the month is counted per {@code senior.allowance.age-basis} (default birth-month: completed years
 * on the month's last day). Age ≥ 100 → {@code senior.allowance.100}; ≥ 90 → {@code senior.allowance.90};
 * ≥ 80 → {@code senior.allowance.80}; below 80 nothing.
 */
public final class SeniorAllowanceCalculator {

    private SeniorAllowanceCalculator() {
    }

    /**
     * Assesses a person for the senior allowance.
     *
     * @param request the person ({@link AssessmentRequest#forPerson})
     * @param standards the standards in force
     * @param month the month assessed
     * @param rules the region's rules (unused by this rule)
     * @return the decision
     * @throws org.minzheng.core.standards.MissingStandardException if the band's amount has no value
     */
    public static Decision assess(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        Person p = request.person();
        Decision.Builder d = Decision.builder(Program.SENIOR_ALLOWANCE, request.subjectRef(), month,
                request.household().region());
        if (p.isDeceased()) {
            d.fail(ReasonCode.SUBJECT_DECEASED);
            return d.build(Rounding.FEN);
        }
        AgeBasis basis = d.use(standards, Standards.SENIOR_ALLOWANCE_AGE_BASIS);
        int age = basis.ageIn(p.birthDate(), month);
        d.step("senior.age", basis, age);
        SeniorAllowanceBand band = age >= 100 ? SeniorAllowanceBand.AGE_100 : age >= 90 ? SeniorAllowanceBand.AGE_90
                : age >= 80 ? SeniorAllowanceBand.AGE_80 : null;
        if (band == null) {
            d.fail(ReasonCode.SENIOR_UNDER_80);
            return d.build(Rounding.FEN);
        }
        Money amount = d.use(standards, band == SeniorAllowanceBand.AGE_100 ? Standards.SENIOR_ALLOWANCE_100
                : band == SeniorAllowanceBand.AGE_90 ? Standards.SENIOR_ALLOWANCE_90 : Standards.SENIOR_ALLOWANCE_80);
        d.category(band).component(PaymentComponent.BASE, null, amount.amount()).step("senior.band", band, amount);
        return d.build(Rounding.FEN);
    }
}
