package org.minzheng.core.programs.senior;

import java.time.YearMonth;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Person;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.StandardsRelation;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 尊老金 / 高龄津贴 (senior allowance), declared in one place. Everyone of age qualifies, so the monthly run
 * screens the registry every month and starts payment for each qualifying person without a case (自动纳入).
 * Legal basis: 《老年人权益保障法》第三十三条; band amounts are regional.
 *
 * <h2>Rule</h2>
 * Age in the month is counted per {@link #AGE_BASIS} (default birth-month: completed years on the month's
 * last day). Age ≥ 100 → {@link #AMOUNT_100}; ≥ 90 → {@link #AMOUNT_90}; ≥ 80 → {@link #AMOUNT_80}; below 80
 * nothing.
 */
public final class SeniorAllowance {

    private SeniorAllowance() {
    }

    /**
     * {@code senior.allowance.80} — 尊老金（80至89周岁） (senior allowance, age 80–89). Monthly senior allowance (尊老金 / 高龄津贴) for ages 80 to 89.
     */
    public static final Standard<Money> AMOUNT_80 = Standard.builder("senior.allowance.80", ValueType.MONEY)
            .names("尊老金（80至89周岁）", "senior allowance, age 80–89")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance (尊老金 / 高龄津贴) for ages 80 to 89.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.90} — 尊老金（90至99周岁） (senior allowance, age 90–99). Monthly senior allowance for ages 90 to 99.
     */
    public static final Standard<Money> AMOUNT_90 = Standard.builder("senior.allowance.90", ValueType.MONEY)
            .names("尊老金（90至99周岁）", "senior allowance, age 90–99")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance for ages 90 to 99.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.100} — 尊老金（100周岁及以上） (senior allowance, age 100 and over). Monthly senior allowance for ages 100 and over.
     */
    public static final Standard<Money> AMOUNT_100 = Standard.builder("senior.allowance.100", ValueType.MONEY)
            .names("尊老金（100周岁及以上）", "senior allowance, age 100 and over")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly senior allowance for ages 100 and over.")
            .legalBasis("《老年人权益保障法》第三十三条")
            .build();

    /**
     * {@code senior.allowance.age-basis} — 尊老金年龄计算口径 (senior allowance age basis). How age is counted for the allowance bands: birth-month (age on the last day of the month), birth-day (age on the first day of the month) or birth-year (the month's year minus the birth year). Default birth-month.
     */
    public static final Standard<AgeBasis> AGE_BASIS = Standard.builder("senior.allowance.age-basis", ValueType.AGE_BASIS)
            .names("尊老金年龄计算口径", "senior allowance age basis")
            .unit(Unit.CHOICE)
            .defaultValue(AgeBasis.BIRTH_MONTH)
            .description("How age is counted for the allowance bands: birth-month (age on the last day of the month), birth-day (age on the first day of the month) or birth-year (the month's year minus the birth year). Default birth-month.")
            .build();

    /** under 80 (未满80周岁). */
    public static final ReasonCode UNDER_AGE = ReasonCode.failed("senior.under-80", "未满80周岁", "under 80");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> SeniorAllowance.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param month the month assessed
     */
    public record Request(Person person, YearMonth month) {
        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            return new Request(facts.person(), facts.month());
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.SENIOR_ALLOWANCE,
                    Request::from, SeniorAllowance::decide)
            .names("尊老金", "senior age allowance")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.ELDERLY_LAW)
            .standards(AGE_BASIS, AMOUNT_80, AMOUNT_90, AMOUNT_100)
            .reasons(UNDER_AGE)
            .texts(TEXTS)
            .relations(StandardsRelation.ascending("an older age band must not be paid less", AMOUNT_80, AMOUNT_90,
                    AMOUNT_100))
            .monthly(MonthlyBehaviour.monthly().withApproval(ApprovalLevel.COUNTY)
                    .withScreening(Screening.monthly(Screening.Action.START)
                            .candidates("aged 79 or more on the month's last day", SeniorAllowance::candidate)))
            .report(ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE, Measure.REACHED,
                    Measure.PAYMENTS, Measure.AMOUNT, Measure.BY_CATEGORY))
            .build();

    /**
     * Aged 79 or more on the month's last day: whatever the age basis, a person who is 80 in a month has
     * completed at least 79 years by its end.
     */
    private static boolean candidate(Person p, YearMonth m) {
        return AgeBasis.ageOn(p.birthDate(), m.atEndOfMonth()) >= 79;
    }

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        Person p = r.person();
        AgeBasis basis = d.use(standards, AGE_BASIS);
        int age = basis.ageIn(p.birthDate(), r.month());
        d.step("senior.age", basis, age);
        SeniorAllowanceBand band = age >= 100 ? SeniorAllowanceBand.AGE_100 : age >= 90 ? SeniorAllowanceBand.AGE_90
                : age >= 80 ? SeniorAllowanceBand.AGE_80 : null;
        if (band == null) {
            return d.fail(UNDER_AGE).build(Rounding.FEN);
        }
        Money amount = d.use(standards, band == SeniorAllowanceBand.AGE_100 ? AMOUNT_100
                : band == SeniorAllowanceBand.AGE_90 ? AMOUNT_90 : AMOUNT_80);
        d.category(band).component(PaymentComponent.BASE, null, amount.amount()).step("senior.band", band, amount);
        return d.build(Rounding.FEN);
    }
}
