package org.minzheng.core.programs.insurance;

import java.time.LocalDate;

import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.programs.Documents;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Person;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.MonthlyBehaviour;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.ReportLines;
import org.minzheng.core.rule.Schedule;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.service.ServiceRecordKind;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 老年人意外伤害保险（安康关爱） (accident insurance for older people), declared in one place. A service program:
 * the benefit is an enrolment ({@link org.minzheng.core.elderly.AccidentInsuranceEnrolment}).
 *
 * <h2>Rule</h2>
 * A person aged {@link #AGE} or more may be enrolled. The premium is paid by the government for special-hardship
 * elderly — in 特困 support or in a 低保 household, or, where {@link #GOVERNMENT_DIBAO_EDGE} is true, in a household on
 * the edge of dibao — and by the person otherwise (a general enrolment); the decision's category is the payer
 * ({@link PremiumPayer}). Screening opens cases for review only for the elderly whose premium the government pays:
 * the others enrol when they choose.
 */
public final class AccidentInsurance {

    private AccidentInsurance() {
    }

    /**
     * {@code insurance.age} — 老年人意外伤害保险参保年龄 (accident-insurance age). Age from which a person may be
     * enrolled. Default 60.
     */
    public static final Standard<Integer> AGE = Standard.builder("insurance.age", ValueType.INTEGER)
            .names("老年人意外伤害保险参保年龄", "accident-insurance age")
            .unit(Unit.YEARS)
            .defaultValue(60)
            .description("Age (completed years on the last day of the month) from which a person may be enrolled in the accident insurance for older people. Default 60.")
            .legalBasis("《老年人权益保障法》第二条")
            .build();

    /**
     * {@code insurance.government.dibao-edge} — 低保边缘家庭老年人由政府出资参保 (government pays for elderly on the edge
     * of dibao). Default false.
     */
    public static final Standard<Boolean> GOVERNMENT_DIBAO_EDGE = Standard.builder("insurance.government.dibao-edge",
                    ValueType.BOOLEAN)
            .names("低保边缘家庭老年人由政府出资参保", "government pays the premium for elderly on the edge of dibao")
            .unit(Unit.FLAG)
            .defaultValue(Boolean.FALSE)
            .description("Whether the government also pays the premium for an elderly member of a household identified "
                    + "as on the edge of dibao (低保边缘家庭). Default false: only 特困 and 低保.")
            .build();

    /** under the insurance age (未达到参保年龄). */
    public static final ReasonCode UNDER_AGE = ReasonCode.failed("insurance.under-age",
            "未达到参保年龄", "under the insurance age");

    /** The explanation texts. */
    public static final Texts TEXTS = Texts.load("texts", name -> AccidentInsurance.class.getResourceAsStream(name));

    /**
     * What the rule reads.
     *
     * @param person the person assessed
     * @param specialHardship whether the person is in 特困 support or in a 低保 household
     * @param endOfMonth the last day of the month
     * @param dibaoEdge whether the person's household is identified as on the edge of dibao
     */
    public record Request(Person person, boolean specialHardship, LocalDate endOfMonth, boolean dibaoEdge) {
        /**
         * A request for a person not on the edge of dibao.
         *
         * @param person the person
         * @param specialHardship whether in 特困 or 低保
         * @param endOfMonth the last day of the month
         */
        public Request(Person person, boolean specialHardship, LocalDate endOfMonth) {
            this(person, specialHardship, endOfMonth, false);
        }

        /**
         * Reads the request from the facts about a person.
         *
         * @param facts the facts
         * @return the request
         */
        public static Request from(SubjectFacts facts) {
            Person p = facts.person();
            boolean hardship = facts.enrolments().personIn(p.id(), NationalPrograms.TEKUN)
                    || facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO);
            return new Request(p, hardship, facts.endOfMonth(),
                    facts.enrolments().householdIn(facts.household().id(), NationalPrograms.DIBAO_EDGE));
        }
    }

    /** The program. */
    public static final ProgramRule<Request> PROGRAM = ProgramRule.builder(NationalPrograms.ELDERLY_ACCIDENT_INSURANCE,
                    Request::from, AccidentInsurance::decide)
            .names("老年人意外伤害保险", "accident insurance for older people")
            .grantedTo(SubjectKind.PERSON)
            .legalBasis(Documents.ELDERLY_LAW)
            .standards(AGE, GOVERNMENT_DIBAO_EDGE)
            .reasons(UNDER_AGE)
            .texts(TEXTS)
            .monthly(MonthlyBehaviour.of(Schedule.service())
                    .withScreening(Screening.monthly(Screening.Action.OPEN_FOR_REVIEW)
                            .candidates("aged 59 or more on the month's last day",
                                    (p, m) -> AgeBasis.ageOn(p.birthDate(), m.atEndOfMonth()) >= 59)
                            .onlyWhen("premium paid by the government",
                                    d -> d.category().filter(c -> c == PremiumPayer.GOVERNMENT).isPresent())))
            .report(ReportLines.of(Measure.IN_COVERAGE, Measure.BY_CATEGORY, Measure.SERVICES)
                    .services(ServiceRecordKind.ACCIDENT_INSURANCE_ENROLMENT))
            .build();

    static Decision decide(Request r, ResolvedStandards standards, Decision.Builder d) {
        int minimum = d.use(standards, AGE);
        int age = AgeBasis.ageOn(r.person().birthDate(), r.endOfMonth());
        d.step("insurance.age", age, minimum);
        if (age < minimum) {
            return d.fail(UNDER_AGE).build(Rounding.FEN);
        }
        boolean government = r.specialHardship() || (r.dibaoEdge() && d.use(standards, GOVERNMENT_DIBAO_EDGE));
        PremiumPayer payer = government ? PremiumPayer.GOVERNMENT : PremiumPayer.SELF;
        return d.category(payer).step("insurance.payer", payer).build(Rounding.FEN);
    }
}
