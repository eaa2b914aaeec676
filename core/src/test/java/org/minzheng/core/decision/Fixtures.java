package org.minzheng.core.decision;

import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.programs.temporary.TemporaryAssistance;
import org.minzheng.core.programs.livingsubsidy.DisabilityLivingSubsidy;
import org.minzheng.core.programs.caresubsidy.DisabilityCareSubsidy;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.programs.childsubsidy.ChildSubsidy;
import org.minzheng.core.programs.homecare.HomeCare;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.ResolvedStandards;

/** Test data for calculators: persons, households and a full set of illustrative standards. */
public final class Fixtures {

    /** 丹徒区 高桥镇. */
    public static final RegionCode GAOQIAO = RegionCode.parse("321112100");
    /** October 2022. */
    public static final YearMonth OCT_2022 = YearMonth.of(2022, 10);

    private static final AtomicInteger IDS = new AtomicInteger();

    private Fixtures() {
    }

    /**
     * Illustrative standards with round numbers, so that tests can state the arithmetic: dibao 803 (both),
     * tekun multiple 1.3, care 100/300/600, temporary caps 3 and 6 months and a township limit of 2000,
     * living shares 0.35/0.25, care 130/90, senior 50/100/300, orphans 2623/1980, shares 1/0.8/0.6, home care
     * 13 hours, supporter income limit 40000.
     *
     * @return a builder holding these values, to add more
     */
    public static ResolvedStandards.Builder standardsBuilder() {
        return ResolvedStandards.builder(GAOQIAO, OCT_2022.atDay(1))
                .set(Dibao.STANDARD_URBAN, Money.of("803"))
                .set(Dibao.STANDARD_RURAL, Money.of("803"))
                .set(Tekun.BASIC_MULTIPLE, new BigDecimal("1.3"))
                .set(Tekun.CARE_SELF_CARE, Money.of("100"))
                .set(Tekun.CARE_PARTIAL, Money.of("300"))
                .set(Tekun.CARE_COMPLETE, Money.of("600"))
                .set(Tekun.SUPPORTER_INCOME_LIMIT, Money.of("40000"))
                .set(TemporaryAssistance.CAP_EMERGENCY_MONTHS, new BigDecimal("3"))
                .set(TemporaryAssistance.CAP_EXPENDITURE_MONTHS, new BigDecimal("6"))
                .set(TemporaryAssistance.TOWNSHIP_LIMIT, Money.of("2000"))
                .set(DisabilityLivingSubsidy.SHARE_SEVERE, new BigDecimal("0.35"))
                .set(DisabilityLivingSubsidy.SHARE_OTHER, new BigDecimal("0.25"))
                .set(DisabilityCareSubsidy.CARE_URBAN, Money.of("130"))
                .set(DisabilityCareSubsidy.CARE_RURAL, Money.of("90"))
                .set(SeniorAllowance.AMOUNT_80, Money.of("50"))
                .set(SeniorAllowance.AMOUNT_90, Money.of("100"))
                .set(SeniorAllowance.AMOUNT_100, Money.of("300"))
                .set(ChildSubsidy.ORPHAN_INSTITUTIONAL, Money.of("2623"))
                .set(ChildSubsidy.ORPHAN_DISPERSED, Money.of("1980"))
                .set(ChildSubsidy.GUARDIANSHIP_MISSING_SHARE, new BigDecimal("0.8"))
                .set(ChildSubsidy.PARENTS_UNABLE_SHARE, new BigDecimal("0.6"))
                .set(HomeCare.HOURS_PER_MONTH, new BigDecimal("13"));
    }

    /**
     * {@link #standardsBuilder()} built.
     *
     * @return the standards
     */
    public static ResolvedStandards standards() {
        return standardsBuilder().build();
    }

    /**
     * A person builder: rural, at home, born on the date.
     *
     * @param birth the birth date
     * @return the builder
     */
    public static Person.Builder person(LocalDate birth) {
        int n = IDS.incrementAndGet();
        return Person.builder().id("p-" + n).name("测试人员" + n).birthDate(birth).gender(Gender.FEMALE)
                .hukou(HukouType.RURAL);
    }

    /**
     * A person born on a date, built.
     *
     * @param year birth year
     * @param month birth month
     * @param day birth day
     * @return the person
     */
    public static Person born(int year, int month, int day) {
        return person(LocalDate.of(year, month, day)).build();
    }

    /**
     * A household builder with a head and no income.
     *
     * @param head the head
     * @return the builder
     */
    public static Household.Builder household(Person head) {
        return Household.builder().id("h-" + IDS.incrementAndGet()).region(GAOQIAO).address("高桥镇某村1号")
                .hukou(HukouType.RURAL).member(head, Relation.HEAD).assets(Assets.NONE);
    }

    /**
     * A household of one.
     *
     * @param person the person
     * @return the household
     */
    public static Household alone(Person person) {
        return household(person).build();
    }

    /**
     * The worked 3-person household: head 1975, spouse 1978, child 2010, with a wage of the given amount.
     *
     * @param wage the head's monthly wage
     * @return the household
     */
    public static Household threePersons(String wage) {
        Person head = born(1975, 3, 8);
        return household(head).member(born(1978, 6, 20), Relation.SPOUSE).member(born(2010, 9, 1), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of(wage), head.id())).build();
    }

    /**
     * A disability.
     *
     * @param category the category
     * @param grade the grade
     * @return the disability
     */
    public static Disability disability(DisabilityCategory category, int grade) {
        return Disability.of(category, grade);
    }

    /**
     * The id of a household's head.
     *
     * @param h the household
     * @return the id
     */
    public static SubjectFacts.Builder facts(Household h) {
        return SubjectFacts.forHousehold(h, OCT_2022);
    }

    public static SubjectFacts.Builder facts(Household h, PersonId person) {
        return SubjectFacts.forPerson(h, person, OCT_2022);
    }

    public static Enrolments householdIn(Household h, ProgramCode program) {
        return Enrolments.builder().household(h.id(), program).build();
    }

    public static Enrolments personIn(PersonId person, ProgramCode program) {
        return Enrolments.builder().person(person, program).build();
    }

    public static Decision assess(ProgramCode program, SubjectFacts facts, ResolvedStandards standards) {
        return BuiltInPrograms.all().stream().filter(p -> p.programCode().equals(program)).findFirst().orElseThrow()
                .assess(facts, standards);
    }

    public static PersonId headId(Household h) {
        return h.head().id();
    }
}
