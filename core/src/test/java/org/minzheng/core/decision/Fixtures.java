package org.minzheng.core.decision;

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
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Standards;

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
                .set(Standards.DIBAO_STANDARD_URBAN, Money.of("803"))
                .set(Standards.DIBAO_STANDARD_RURAL, Money.of("803"))
                .set(Standards.TEKUN_BASIC_MULTIPLE, new BigDecimal("1.3"))
                .set(Standards.TEKUN_CARE_SELF_CARE, Money.of("100"))
                .set(Standards.TEKUN_CARE_PARTIAL, Money.of("300"))
                .set(Standards.TEKUN_CARE_COMPLETE, Money.of("600"))
                .set(Standards.TEKUN_SUPPORTER_INCOME_LIMIT, Money.of("40000"))
                .set(Standards.TEMPORARY_CAP_EMERGENCY_MONTHS, new BigDecimal("3"))
                .set(Standards.TEMPORARY_CAP_EXPENDITURE_MONTHS, new BigDecimal("6"))
                .set(Standards.TEMPORARY_TOWNSHIP_LIMIT, Money.of("2000"))
                .set(Standards.DISABILITY_LIVING_SHARE_SEVERE, new BigDecimal("0.35"))
                .set(Standards.DISABILITY_LIVING_SHARE_OTHER, new BigDecimal("0.25"))
                .set(Standards.DISABILITY_CARE_URBAN, Money.of("130"))
                .set(Standards.DISABILITY_CARE_RURAL, Money.of("90"))
                .set(Standards.SENIOR_ALLOWANCE_80, Money.of("50"))
                .set(Standards.SENIOR_ALLOWANCE_90, Money.of("100"))
                .set(Standards.SENIOR_ALLOWANCE_100, Money.of("300"))
                .set(Standards.CHILD_ORPHAN_INSTITUTIONAL, Money.of("2623"))
                .set(Standards.CHILD_ORPHAN_DISPERSED, Money.of("1980"))
                .set(Standards.CHILD_GUARDIANSHIP_MISSING_SHARE, new BigDecimal("0.8"))
                .set(Standards.CHILD_PARENTS_UNABLE_SHARE, new BigDecimal("0.6"))
                .set(Standards.HOMECARE_HOURS_PER_MONTH, new BigDecimal("13"));
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
    public static PersonId headId(Household h) {
        return h.head().id();
    }
}
