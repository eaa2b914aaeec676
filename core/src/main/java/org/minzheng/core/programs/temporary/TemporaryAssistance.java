package org.minzheng.core.programs.temporary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Who may apply: a household applies where it is registered or lives (the household of the registry); a household
 * from elsewhere may apply where an emergency happened, for 急难型 help only ({@link TemporaryNeed#atEmergencySite()};
 * a 支出型 need there fails {@link #NOT_RESIDENT}). A need of zero is not eligible ({@link #NO_NEED}).
 * Cap = {@link #CAP_EMERGENCY_MONTHS} (急难型) or {@link #CAP_EXPENDITURE_MONTHS} (支出型) × the monthly dibao
 * standard (by the household's hukou). Amount = min(assessed need, cap), rounded once per {@link #ROUNDING}.
 * Where the region sets {@link #YEARLY_CAP_MONTHS}, what the household already received this calendar year — the
 * larger of what the ledger shows ({@link SubjectFacts#paidThisYear}, supplied by the runtime from storage) and what
 * the application states — plus the amount is compared with that multiple of the standard: above it, the case is
 * decided one by one (一事一议, {@link #CASE_BY_CASE}) and approved by the county, never silently capped (decision
 * record 0351). Otherwise approval is by the township when the amount is within {@link #TOWNSHIP_LIMIT}, else by
 * the county. Emergency assistance may be given first and documented afterwards (先行救助, noted on the decision).
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
     * per household). The most temporary assistance one household receives in a calendar year without a
     * case-by-case decision, as a multiple of the monthly dibao standard; an amount above it is decided case by case
     * (一事一议) with county approval. Absent: no yearly cap.
     */
    public static final Standard<BigDecimal> YEARLY_CAP_MONTHS = Standard.builder("temporary.yearly-cap-months", ValueType.DECIMAL)
            .names("临时救助年度累计上限（低保标准月数）", "yearly temporary-assistance cap per household")
            .unit(Unit.MULTIPLE)
            .description("The most temporary assistance one household receives in a calendar year without a case-by-case decision, as a multiple of the monthly dibao standard; what the household already received this year is the larger of the ledger (payments posted to its temporary-assistance cases this calendar year, read by the runtime) and the application's received-this-year. An amount that takes the household above it is decided case by case (一事一议) with county approval. Absent: no yearly cap.")
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

    /**
     * above the yearly cap: decided one by one with county approval (超过年度累计上限，一事一议，报县级审批): a note on an
     * eligible decision whose approval is {@link ApprovalLevel#COUNTY} whatever the amount.
     */
    public static final ReasonCode CASE_BY_CASE = ReasonCode.note("temporary.case-by-case",
            "超过年度累计上限，一事一议，报县级审批",
            "above the yearly cap: decided case by case with county approval");

    /**
     * a household not registered or living here applies for expenditure help (非本地户籍或常住家庭申请支出型救助): only
     * emergency help is given where the emergency happened; expenditure help is asked where the household lives.
     */
    public static final ReasonCode NOT_RESIDENT = ReasonCode.failed("temporary.not-resident",
            "支出型临时救助应向户籍地或经常居住地申请，急难发生地仅受理急难型救助",
            "expenditure help is asked where the household is registered or lives; where an emergency happened only "
                    + "emergency help is given");

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
     * What the rule reads: the application, the household's hukou and, when the facts came from storage, what the
     * ledger shows as paid to the household's temporary-assistance cases this calendar year.
     *
     * @param need the assessed need
     * @param hukou the household's hukou
     * @param paidOnLedger the ledger's figure for the year, empty when the facts carry none (a policy case)
     */
    public record Request(TemporaryNeed need, HukouType hukou, Optional<Money> paidOnLedger) {

        /**
         * Checks the parts.
         *
         * @param need the need
         * @param hukou the hukou
         * @param paidOnLedger the ledger's figure, if any
         */
        public Request {
            Objects.requireNonNull(need, "need");
            Objects.requireNonNull(hukou, "hukou");
            Objects.requireNonNull(paidOnLedger, "paidOnLedger");
        }

        /**
         * A request without the ledger (the application's figure only).
         *
         * @param need the need
         * @param hukou the hukou
         */
        public Request(TemporaryNeed need, HukouType hukou) {
            this(need, hukou, Optional.empty());
        }

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
            return new Request(need, facts.household().hukou(),
                    facts.paidThisYear(NationalPrograms.TEMPORARY_ASSISTANCE));
        }

        /**
         * What the household already received this calendar year: the larger of the ledger's figure and the
         * application's (a household may have been helped in another county, which this ledger does not see;
         * the ledger corrects an application that forgets a payment).
         *
         * @return the amount
         */
        public Money receivedThisYear() {
            Money stated = need.receivedThisYear();
            return paidOnLedger.filter(l -> l.compareTo(stated) > 0).orElse(stated);
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
            .reasons(NO_NEED, CAPPED, PRIOR_ASSISTANCE_ALLOWED, CASE_BY_CASE, NOT_RESIDENT)
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
                    .withOptional("received-this-year", "applied-at"))
            .monthly(MonthlyBehaviour.of(Schedule.onceOnApproval()))
            .report(ReportLines.of(Measure.NEW, Measure.REACHED, Measure.PAYMENTS, Measure.AMOUNT, Measure.BY_CATEGORY))
            .build();

    /**
     * Reads {@code {type: emergency|expenditure, need: 3000.00}}, optionally {@code received-this-year: 1500.00} and
     * {@code applied-at: home|emergency-site}.
     */
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
        String at = fields.getOrDefault("applied-at", "home");
        if (!at.equals("home") && !at.equals("emergency-site")) {
            throw new IllegalArgumentException("applied-at: expected home or emergency-site, found '" + at
                    + "' (申请地应为 home（户籍地或居住地）或 emergency-site（急难发生地）)");
        }
        return new TemporaryNeed(type, Money.of(need), Money.of(received), at.equals("emergency-site"));
    }

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        TemporaryNeed need = r.need();
        d.category(need.type()).step("temporary.need", need.type(), need.assessedNeed());
        if (need.atEmergencySite()) {
            d.step("temporary.emergency-site");
            if (need.type() != TemporaryAssistanceType.EMERGENCY) {
                return d.fail(NOT_RESIDENT).build(Rounding.FEN);
            }
        }
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
        d.component(PaymentComponent.ONE_OFF, null, exact);
        Rounding rounding = d.use(standards, ROUNDING);
        Money amount = rounding.apply(exact);
        boolean caseByCase = false;
        Optional<BigDecimal> yearlyMonths = d.useIfPresent(standards, YEARLY_CAP_MONTHS);
        if (yearlyMonths.isPresent()) {
            BigDecimal yearly = yearlyMonths.get().multiply(standard.amount());
            Money received = r.receivedThisYear();
            r.paidOnLedger().ifPresent(l -> d.step("temporary.received", l, need.receivedThisYear(), received));
            BigDecimal after = received.amount().add(amount.amount());
            d.step("temporary.yearly-cap", yearlyMonths.get(), standard, yearly, received, amount, after);
            if (after.compareTo(yearly) > 0) {
                caseByCase = true;
                d.note(CASE_BY_CASE).step("temporary.case-by-case", after.subtract(yearly));
            }
        }
        Money limit = d.use(standards, TOWNSHIP_LIMIT);
        ApprovalLevel level = !caseByCase && amount.compareTo(limit) <= 0 ? ApprovalLevel.TOWNSHIP
                : ApprovalLevel.COUNTY;
        d.approval(level).step("temporary.approval", amount, limit, level);
        if (need.type() == TemporaryAssistanceType.EMERGENCY) {
            d.note(PRIOR_ASSISTANCE_ALLOWED).step("temporary.prior-assistance");
        }
        return d.build(rounding);
    }
}
