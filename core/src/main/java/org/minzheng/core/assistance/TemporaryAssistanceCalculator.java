package org.minzheng.core.assistance;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.AssessmentRequest;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.RegionalRules;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standards;

/**
 * 临时救助 (temporary assistance): the one-off amount for a household's assessed need, and who approves
 * it. Legal basis: 《社会救助暂行办法》第四十七条至第五十条; 国发〔2014〕47号.
 *
 * <h2>Rule</h2>
 * Cap = {@code temporary.cap.emergency-months} (急难型) or {@code temporary.cap.expenditure-months} (支出型)
 * × the monthly dibao standard (by the household's hukou). Amount = min(assessed need, cap), rounded once
 * to the fen; a need of zero is not eligible. Approval: the township when the amount is within {@code
 * temporary.township-limit}, otherwise the county. Emergency assistance may be given first and documented
 * afterwards (先行救助, noted on the decision). {@link Decision#amount()} is the one-off payment.
 */
public final class TemporaryAssistanceCalculator {

    private TemporaryAssistanceCalculator() {
    }

    /**
     * Assesses a temporary-assistance request.
     *
     * @param request the household with {@link AssessmentRequest#temporaryNeed()}
     * @param standards the standards in force
     * @param month the month of the request
     * @param rules the region's rules (unused by this rule)
     * @return the decision
     * @throws IllegalArgumentException if the request has no temporary need
     * @throws org.minzheng.core.standards.MissingStandardException if a standard the rule needs has no value
     */
    public static Decision assess(AssessmentRequest request, ResolvedStandards standards, YearMonth month,
            RegionalRules rules) {
        TemporaryNeed need = request.temporaryNeed().orElseThrow(() -> new IllegalArgumentException(
                "temporary assistance needs the assessed need: AssessmentRequest.Builder.temporaryNeed(...)"
                        + " / 临时救助测算需要提供评估的救助需求"));
        Household h = request.household();
        Decision.Builder d = Decision.builder(Program.TEMPORARY_ASSISTANCE, request.subjectRef(), month, h.region());
        d.category(need.type()).step("temporary.need", need.type(), need.assessedNeed());
        if (need.assessedNeed().isZero()) {
            d.fail(ReasonCode.TEMPORARY_NO_NEED);
            return d.build(Rounding.FEN);
        }
        Money standard = d.use(standards, h.hukou() == HukouType.URBAN ? Standards.DIBAO_STANDARD_URBAN
                : Standards.DIBAO_STANDARD_RURAL);
        BigDecimal months = d.use(standards, need.type() == TemporaryAssistanceType.EMERGENCY
                ? Standards.TEMPORARY_CAP_EMERGENCY_MONTHS : Standards.TEMPORARY_CAP_EXPENDITURE_MONTHS);
        BigDecimal cap = months.multiply(standard.amount());
        d.step("temporary.cap", months, standard, cap);
        BigDecimal exact = need.assessedNeed().amount();
        if (exact.compareTo(cap) > 0) {
            exact = cap;
            d.note(ReasonCode.TEMPORARY_CAPPED).step("temporary.capped", cap);
        }
        d.component(PaymentComponent.ONE_OFF, null, exact);
        Money amount = Rounding.FEN.apply(exact);
        Money limit = d.use(standards, Standards.TEMPORARY_TOWNSHIP_LIMIT);
        ApprovalLevel level = amount.compareTo(limit) <= 0 ? ApprovalLevel.TOWNSHIP : ApprovalLevel.COUNTY;
        d.approval(level).step("temporary.approval", amount, limit, level);
        if (need.type() == TemporaryAssistanceType.EMERGENCY) {
            d.note(ReasonCode.TEMPORARY_PRIOR_ASSISTANCE_ALLOWED).step("temporary.prior-assistance");
        }
        return d.build(Rounding.FEN);
    }
}
