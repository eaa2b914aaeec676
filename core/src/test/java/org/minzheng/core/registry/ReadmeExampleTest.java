package org.minzheng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;

/** The README's "Domain model" example, kept true. */
class ReadmeExampleTest {

    @Test
    void readmeExample_buildsAsDocumented() {
        Person head = Person.builder().id("p-1").name("张建国")
                .idNumber(IdNumber.parse("32111219750308011X"))
                .hukou(HukouType.RURAL)
                .disability(Disability.of(DisabilityCategory.PHYSICAL, 2))
                .selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING))
                .build();
        Person child = Person.builder().id("p-2").name("张小明")
                .birthDate(LocalDate.of(2022, 9, 1)).gender(Gender.MALE).hukou(HukouType.RURAL)
                .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.LOST_CONTACT, LocalDate.of(2022, 1, 5))))
                .build();
        Household h = Household.builder().id("h-1").region(RegionCode.parse("321112100"))
                .address("高桥镇某村 12 号").hukou(HukouType.RURAL)
                .member(head, Relation.HEAD).member(child, Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200.00"), head.id()))
                .assets(Assets.NONE)
                .asOf(LocalDate.of(2022, 10, 31))
                .build();
        assertThat(h.countableMonthlyIncome()).isEqualTo(Money.of("1200.00"));
        assertThat(h.toString()).doesNotContain("张建国", "某村");
        assertThat(head.gender()).isEqualTo(Gender.MALE);
        assertThat(head.birthDate()).isEqualTo(LocalDate.of(1975, 3, 8));
    }

    @Test
    void readmeFactsExample_buildsAsDocumented_andTheSonInPrisonIsASupporterWhoCannotSupport() {
        Person elder = Person.builder().id("p-3").name("王老汉").birthDate(LocalDate.of(1948, 1, 1))
                .gender(Gender.MALE).hukou(HukouType.RURAL).placement(Placement.INSTITUTIONAL)
                .relative(Relative.of(RelativeKind.CHILD, Gender.MALE, LocalDate.of(1975, 1, 1))
                        .withStatus(PersonStatus.of(StatusKind.SERVING_SENTENCE, LocalDate.of(2021, 1, 1))))
                .build();
        Household h = Household.builder().id("h-3").region(RegionCode.parse("321112100")).address("高桥镇某村 3 号")
                .hukou(HukouType.RURAL).member(elder, Relation.HEAD).assets(Assets.NONE).build();
        var facts = org.minzheng.core.rule.SubjectFacts.forPerson(h, elder.id(), java.time.YearMonth.of(2022, 10))
                .build();
        assertThat(facts.placement()).isEqualTo(Placement.INSTITUTIONAL);
        assertThat(org.minzheng.core.rule.Kinship.legalSupporters(facts)).singleElement()
                .satisfies(s -> assertThat(s.person().status().kind()).isEqualTo(StatusKind.SERVING_SENTENCE));
    }
}
