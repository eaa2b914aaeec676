package com.example.dantu.meals;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.LegalBasis;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 老年助餐补贴 (meal subsidy for older people): each month, a person aged 70 or more whose household receives 低保
 * gets a subsidy towards meals at a community canteen. The monthly run finds everyone who qualifies and starts
 * payment at once.
 */
public final class MealSubsidy {

    private MealSubsidy() {
    }

    /** The program's code: the region's prefix {@code dt-}, then the program. */
    public static final ProgramCode CODE = ProgramCode.of("dt-meal-subsidy");

    /** The age from which a person qualifies. */
    static final int AGE = 70;

    /** {@code dt-meal-subsidy.amount}: the monthly subsidy, a number the region sets. */
    public static final Standard<Money> AMOUNT = Standard.builder("dt-meal-subsidy.amount", ValueType.MONEY)
            .names("老年助餐补贴标准", "meal subsidy for older people")
            .unit(Unit.YUAN_PER_MONTH)
            .mandatory()
            .description("Monthly meal subsidy for a person aged 70 or more in a household receiving dibao.")
            .build();

    /** The person is under 70. */
    public static final ReasonCode UNDER_AGE = ReasonCode.failed("dt-meal-subsidy.under-70",
            "未满70周岁", "under 70");

    /** The household does not receive 低保. */
    public static final ReasonCode NOT_IN_DIBAO = ReasonCode.failed("dt-meal-subsidy.not-in-dibao",
            "家庭未享受最低生活保障", "the household does not receive dibao");

    /** The explanation texts: texts_zh.properties and texts_en.properties beside this class. */
    public static final Texts TEXTS = Texts.load("texts", name -> MealSubsidy.class.getResourceAsStream(name));

    /**
     * What the rule reads about a person.
     *
     * @param age the person's age on the last day of the month
     * @param householdInDibao whether the person's household receives 低保
     */
    public record Request(int age, boolean householdInDibao) {

        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            return new Request(AgeBasis.ageOn(facts.person().birthDate(), facts.endOfMonth()),
                    facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO));
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(CODE, Request::from, MealSubsidy::decide)
            .names("老年助餐补贴", "meal subsidy for older people")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(new LegalBasis("丹徒区老年助餐服务实施办法（示例）", "示例文件，非真实文号"))
            .standards(AMOUNT)
            .reasons(UNDER_AGE, NOT_IN_DIBAO)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.monthly()
                    .withScreening(Screening.monthly(Screening.Action.START)
                            .candidates("aged 70 or more", (person, month) ->
                                    AgeBasis.ageOn(person.birthDate(), month.atEndOfMonth()) >= AGE)))
            .report(ReportLines.of(Measure.NEW, Measure.CANCELLED, Measure.IN_COVERAGE, Measure.REACHED,
                    Measure.PAYMENTS, Measure.AMOUNT))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        d.step("dt-meal-subsidy.person", r.age(), r.householdInDibao());
        if (r.age() < AGE) {
            d.fail(UNDER_AGE);
        }
        if (!r.householdInDibao()) {
            d.fail(NOT_IN_DIBAO);
        }
        if (d.failed()) {
            return d.build(Rounding.FEN);
        }
        Money amount = d.use(standards, AMOUNT);
        return d.component(PaymentComponent.BASE, null, amount.amount())
                .step("dt-meal-subsidy.amount", amount)
                .build(Rounding.FEN);
    }
}
