package org.minzheng.core.programs.temporary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.code.Coded;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.rule.ApplicationFormat;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MissingFactException;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.StandardsRelation;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 临时救助 (temporary assistance), declared in one place. Paid once, for the need assessed on application
 * ({@link TemporaryNeed}); approved by the township within {@link #TOWNSHIP_LIMIT}, otherwise by the county.
 * Legal basis: 《社会救助暂行办法》第四十七条至第五十条; 国发〔2014〕47号.
 *
 * <h2>Rule</h2>
 * Cap = {@link #CAP_EMERGENCY_MONTHS} (急难型) or {@link #CAP_EXPENDITURE_MONTHS} (支出型) × the monthly dibao
 * standard (by the household's hukou). Where the region sets {@link #YEARLY_CAP_MONTHS}, the household's room for
 * the year is that multiple of the standard less what it already received this year (stated on the application):
 * no room fails ({@link #YEARLY_CAP_REACHED}); a need beyond the room is paid up to it ({@link #YEARLY_CAPPED}), the
 * rest being for 一事一议 with county approval. Amount = min(assessed need, cap, room), rounded once per {@link #ROUNDING}; a
 * need of zero is not eligible. Approval: the township when the amount is within {@link #TOWNSHIP_LIMIT}, otherwise the
 * county. Emergency assistance may be given first and documented afterwards (先行救助, noted on the decision).
 * {@link Decision#amount()} is the one-off payment.
 */
public final class TemporaryAssistance {

    private TemporaryAssistance() {
    }

    /**
     * {@code temporary.cap.emergency-months} — 急难型临时救助上限（低保标准月数） (emergency temporary-assistance cap). Cap on one emergency (急难型) temporary-assistance payment, as a multiple of the monthly dibao standard.
     */
    public static final Standard<BigDecimal> CAP_EMERGENCY_MONTHS = Standard.builder("temporary.cap.emergency-months", ValueType.DECIMAL)
            .names("急难型临时救助上限（低保标准月数）", "emergency temporary-assistance cap")
            .unit(Unit.MULTIPLE)
            .mandatory()
            .description("Cap on one emergency (急难型) temporary-assistance payment, as a multiple of the monthly dibao standard.")
            .legalBasis("《社会救助暂行办法》第四十七条至第五十条；国发〔2014〕47号")
            .build();

    /**
     * {@code temporary.cap.expenditure-months} — 支出型临时救助上限（低保标准月数） (expenditure temporary-assistance cap). Cap on one expenditure (支出型) temporary-assistance payment, as a multiple of the monthly dibao standard.
     */
    public static final Standard<BigDecimal> CAP_EXPENDITURE_MONTHS = Standard.builder("temporary.cap.expenditure-months", ValueType.DECIMAL)
            .names("支出型临时救助上限（低保标准月数）", "expenditure temporary-assistance cap")
            .unit(Unit.MULTIPLE)
            .mandatory()
            .description("Cap on one expenditure (支出型) temporary-assistance payment, as a multiple of the monthly dibao standard.")
            .legalBasis("《社会救助暂行办法》第四十七条至第五十条；国发〔2014〕47号")
            .build();

    /**
     * {@code temporary.township-limit} — 乡镇临时救助审批限额 (township approval limit for temporary assistance). Largest temporary-assistance amount a township (street office) may approve itself; larger amounts go to the county.
     */
    public static final Standard<Money> TOWNSHIP_LIMIT = Standard.builder("temporary.township-limit", ValueType.MONEY)
            .names("乡镇临时救助审批限额", "township approval limit for temporary assistance")
            .unit(Unit.YUAN)
            .mandatory()
            .description("Largest temporary-assistance amount a township (street office) may approve itself; larger amounts go to the county.")
            .legalBasis("国发〔2014〕47号")
            .build();

    /**
     * {@code temporary.yearly-cap-months} — 临时救助年度累计上限（低保标准月数） (yearly temporary-assistance cap
     * per household). The most temporary assistance one household receives in a calendar year, as a multiple of
     * the monthly dibao standard; a need beyond it is decided case by case (一事一议) with county approval. Absent:
     * no yearly cap.
     */
    public static final Standard<BigDecimal> YEARLY_CAP_MONTHS = Standard.builder("temporary.yearly-cap-months", ValueType.DECIMAL)
            .names("临时救助年度累计上限（低保标准月数）", "yearly temporary-assistance cap per household")
            .unit(Unit.MULTIPLE)
            .description("The most temporary assistance one household receives in a calendar year, as a multiple of the monthly dibao standard; what the household already received this year is stated on the application (received-this-year). A need beyond it is decided case by case (一事一议) with county approval. Absent: no yearly cap.")
            .legalBasis("国发〔2014〕47号")
            .build();

    /**
     * {@code temporary.rounding} — 临时救助金取整方式 (temporary assistance rounding). Precision of the one-off temporary-assistance payment: fen or yuan, half-up, applied once. Default fen.
     */
    public static final Standard<Rounding> ROUNDING = Standard.builder("temporary.rounding", ValueType.ROUNDING)
            .names("临时救助金取整方式", "temporary assistance rounding")
            .unit(Unit.CHOICE)
            .defaultValue(Rounding.FEN)
            .description("Precision of the one-off temporary-assistance payment: fen or yuan, half-up, applied once. Default fen.")
            .build();

    /** the household has reached the yearly cap (本年度临时救助已达累计上限，超出部分须一事一议、报县级审批). */
    public static final ReasonCode YEARLY_CAP_REACHED = ReasonCode.failed("temporary.yearly-cap-reached",
            "本年度临时救助已达累计上限，超出部分须一事一议、报县级审批",
            "the household has reached the yearly cap; more is decided case by case with county approval");

    /** the amount is limited by the yearly cap (按年度累计上限发放，超出部分须一事一议). */
    public static final ReasonCode YEARLY_CAPPED = ReasonCode.note("temporary.yearly-capped",
            "按年度累计上限发放，超出部分须一事一议、报县级审批",
            "amount limited by the yearly cap; more is decided case by case with county approval");

    /** no assessed need (经评估无救助需要). */
    public static final ReasonCode NO_NEED = ReasonCode.failed("temporary.no-need",
            "经评估无救助需要", "no assessed need");

    /** amount capped (救助金额按上限发放). */
    public static final ReasonCode CAPPED = ReasonCode.note("temporary.capped",
            "救助金额按上限发放", "amount capped");

    /** emergency: assistance may be given first and documented afterwards (急难型救助可先行救助、事后补充说明). */
    public static final ReasonCode PRIOR_ASSISTANCE_ALLOWED = ReasonCode.note("temporary.prior-assistance-allowed",
            "急难型救助可先行救助、事后补充说明", "emergency: assistance may be given first and documented afterwards");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> TemporaryAssistance.class.getResourceAsStream(name));

    /**
     * What the rule reads: the application and the household's hukou.
     *
     * @param need the assessed need
     * @param hukou the household's hukou
     */
    public record Request(TemporaryNeed need, HukouType hukou) {
        /**
         * Reads the request from the facts about a household.
         *
         * @param facts the facts, with a {@link TemporaryNeed} application
         * @return the request
         * @throws MissingFactException when the facts hold no {@link TemporaryNeed}
         */
        public static Request from(SubjectFacts facts) {
            TemporaryNeed need = facts.application(TemporaryNeed.class).orElseThrow(() -> new MissingFactException(
                    NationalPrograms.TEMPORARY_ASSISTANCE, "application", "临时救助测算需要提供评估的救助需求",
                    "temporary assistance needs the assessed need: SubjectFacts.Builder.application(TemporaryNeed)"));
            return new Request(need, facts.household().hukou());
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.TEMPORARY_ASSISTANCE,
                    Request::from, TemporaryAssistance::decide)
            .names("临时救助", "temporary assistance")
            .grantedTo(SubjectKind.HOUSEHOLD)
            .legalBasis(Documents.DECREE_649, new LegalBasis("国务院关于全面建立临时救助制度的通知", "国发〔2014〕47号"))
            .standards(Dibao.STANDARD_URBAN, Dibao.STANDARD_RURAL, CAP_EMERGENCY_MONTHS, CAP_EXPENDITURE_MONTHS,
                    TOWNSHIP_LIMIT, YEARLY_CAP_MONTHS, ROUNDING)
            .reasons(NO_NEED, CAPPED, PRIOR_ASSISTANCE_ALLOWED, YEARLY_CAP_REACHED, YEARLY_CAPPED)
            .texts(TEXTS)
            .relations(StandardsRelation.of("the caps are positive numbers of months of the dibao standard",
                            "set each cap as a positive number of months", r -> {
                                for (Standard<BigDecimal> s : List.of(CAP_EMERGENCY_MONTHS, CAP_EXPENDITURE_MONTHS)) {
                                    if (r.find(s).filter(v -> v.signum() <= 0).isPresent()) {
                                        return java.util.Optional.of(s.code() + " is not positive");
                                    }
                                }
                                return java.util.Optional.empty();
                            }),
                    StandardsRelation.of("a township may approve some amount", "set the amount a township may approve; "
                            + "0 would send every case to the county", r -> r.find(TOWNSHIP_LIMIT).filter(Money::isZero)
                            .map(v -> TOWNSHIP_LIMIT.code() + " is 0.00")))
            .application(ApplicationFormat.of(List.of("type", "need"), TemporaryAssistance::application)
                    .withOptional("received-this-year"))
            .monthly(MonthlyBehaviour.of(Schedule.onceOnApproval()))
            .report(ReportLines.of(Measure.NEW, Measure.REACHED, Measure.PAYMENTS, Measure.AMOUNT, Measure.BY_CATEGORY))
            .build();

    /** Reads {@code {type: emergency|expenditure, need: 3000.00}}. */
    private static TemporaryNeed application(Map<String, String> fields) {
        TemporaryAssistanceType type = Coded.findByCode(TemporaryAssistanceType.class, fields.get("type"))
                .orElseThrow(() -> new IllegalArgumentException("type: expected emergency or expenditure, found '"
                        + fields.get("type") + "' (救助类型应为 emergency 或 expenditure)"));
        String need = fields.get("need");
        if (need == null || !need.matches("(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("need: expected an amount in yuan with at most 2 decimals, not negative, "
                    + "e.g. 3000.00 (救助需求应为不含负号、最多两位小数的金额)");
        }
        String received = fields.getOrDefault("received-this-year", "0");
        if (!received.matches("(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("received-this-year: expected an amount in yuan with at most 2 "
                    + "decimals, not negative, e.g. 1500.00 (本年度已获救助金额应为不含负号、最多两位小数的金额)");
        }
        return new TemporaryNeed(type, Money.of(need), Money.of(received));
    }

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        TemporaryNeed need = r.need();
        d.category(need.type()).step("temporary.need", need.type(), need.assessedNeed());
        if (need.assessedNeed().isZero()) {
            d.fail(NO_NEED);
            return d.build(Rounding.FEN);
        }
        Money standard = d.use(standards, r.hukou() == HukouType.URBAN ? Dibao.STANDARD_URBAN : Dibao.STANDARD_RURAL);
        BigDecimal months = d.use(standards, need.type() == TemporaryAssistanceType.EMERGENCY
                ? CAP_EMERGENCY_MONTHS : CAP_EXPENDITURE_MONTHS);
        BigDecimal cap = months.multiply(standard.amount());
        d.step("temporary.cap", months, standard, cap);
        BigDecimal exact = need.assessedNeed().amount();
        if (exact.compareTo(cap) > 0) {
            exact = cap;
            d.note(CAPPED).step("temporary.capped", cap);
        }
        Optional<BigDecimal> yearlyMonths = d.useIfPresent(standards, YEARLY_CAP_MONTHS);
        if (yearlyMonths.isPresent()) {
            BigDecimal yearly = yearlyMonths.get().multiply(standard.amount());
            BigDecimal room = yearly.subtract(need.receivedThisYear().amount());
            d.step("temporary.yearly-cap", yearlyMonths.get(), standard, yearly, need.receivedThisYear(),
                    room.max(BigDecimal.ZERO));
            if (room.signum() <= 0) {
                return d.fail(YEARLY_CAP_REACHED).build(Rounding.FEN);
            }
            if (exact.compareTo(room) > 0) {
                exact = room;
                d.note(YEARLY_CAPPED).step("temporary.yearly-capped", room);
            }
        }
        d.component(PaymentComponent.ONE_OFF, null, exact);
        Rounding rounding = d.use(standards, ROUNDING);
        Money amount = rounding.apply(exact);
        Money limit = d.use(standards, TOWNSHIP_LIMIT);
        ApprovalLevel level = amount.compareTo(limit) <= 0 ? ApprovalLevel.TOWNSHIP : ApprovalLevel.COUNTY;
        d.approval(level).step("temporary.approval", amount, limit, level);
        if (need.type() == TemporaryAssistanceType.EMERGENCY) {
            d.note(PRIOR_ASSISTANCE_ALLOWED).step("temporary.prior-assistance");
        }
        return d.build(rounding);
    }
}
