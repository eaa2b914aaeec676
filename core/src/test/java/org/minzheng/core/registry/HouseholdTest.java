package org.minzheng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minzheng.core.testing.ModelFixtures.TODAY;
import static org.minzheng.core.testing.ModelFixtures.child;
import static org.minzheng.core.testing.ModelFixtures.head;
import static org.minzheng.core.testing.ModelFixtures.household;
import static org.minzheng.core.testing.ModelFixtures.idNumber;
import static org.minzheng.core.testing.ModelFixtures.person;
import static org.minzheng.core.testing.ModelFixtures.spouse;
import static org.minzheng.core.testing.Violated.single;
import static org.minzheng.core.testing.Violated.violations;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.money.Money;

class HouseholdTest {

    private static List<Member> withoutHead(Household.Builder b) {
        return b.build().members().stream().filter(m -> m.relation() != Relation.HEAD).toList();
    }

    @Test
    void build_validHousehold_exposesMembersHeadAndIncomes() {
        Household h = household()
                .income(Income.of(IncomeKind.VETERANS_BENEFIT, Money.of("300.00")))
                .income(Income.of(IncomeKind.WAGE, Money.of("800.00"), PersonId.of("p-spouse")))
                .asOf(TODAY).build();
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.head()).isEqualTo(head());
        assertThat(h.members(Relation.CHILD)).extracting(Member::person).containsExactly(child());
        assertThat(h.member(PersonId.of("p-spouse"))).map(Member::relation).contains(Relation.SPOUSE);
        assertThat(h.monthlyIncome(IncomeKind.WAGE)).isEqualTo(Money.of("2000.00"));
        assertThat(h.countableMonthlyIncome()).isEqualTo(Money.of("2000.00"));
        assertThat(h.monthlyIncome(k -> true)).isEqualTo(Money.of("2300.00"));
        assertThat(h.incomesOf(PersonId.of("p-spouse"))).hasSize(1);
        assertThat(h.persons()).hasSize(3);
    }

    @Test
    void toBuilder_roundTrips() {
        Household h = household().version(4).build();
        assertThat(h.toBuilder().build()).isEqualTo(h).hasSameHashCodeAs(h);
        assertThat(h.toBuilder().version(5).build()).isNotEqualTo(h).isEqualTo(h.withVersion(5));
        assertThat(h.head().withVersion(2).version()).isEqualTo(2);
    }

    @Test
    void toString_masksNamesAndAddress() {
        String s = household().build().toString();
        assertThat(s).doesNotContain("张建国", "李秀英", "张小明", "某村").contains("张**", "李**", "p-head");
    }

    @Test
    void build_empty_reportsEveryMissingFieldAtOnce() {
        assertThat(violations(() -> Household.builder().build()))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("id", "required"), tuple("region", "required"),
                        tuple("address", "required"), tuple("hukou", "required"),
                        tuple("assets", "required"), tuple("members", "exactly-one-head"));
    }

    @Test
    void build_blankAddress_reportsNotBlank() {
        single(() -> household().address(" ").build(), "address", "not-blank");
    }

    @Test
    void build_noHead_reportsExactlyOneHead() {
        Household.Builder b = household();
        Violation v = single(() -> b.incomes(List.of()).members(withoutHead(household())).build(), "members",
                "exactly-one-head");
        assertThat(v.messageEn()).contains("found 0");
        assertThat(v.messageZh()).contains("户主");
    }

    @Test
    void build_twoHeads_reportsExactlyOneHead() {
        Violation v = single(() -> household().member(
                person("p-x", "王五", LocalDate.of(1960, 1, 1), 45), Relation.HEAD).build(),
                "members", "exactly-one-head");
        assertThat(v.invalidValue()).contains("2");
    }

    @Test
    void build_twoSpouses_reportsAtMostOneSpouse() {
        single(() -> household().member(person("p-s2", "赵六", LocalDate.of(1976, 1, 1), 48),
                Relation.SPOUSE).build(), "members[3].relation", "at-most-one-spouse");
    }

    @Test
    void build_samePersonTwice_reportsUniquePersonById() {
        Violation v = single(() -> household().member(child(), Relation.OTHER).build(),
                "members[3].person.id", "unique-person");
        assertThat(v.invalidValue()).contains("p-child");
    }

    @Test
    void build_sameIdNumberUnderTwoIds_reportsUniquePersonByIdNumber() {
        Person copy = child().toBuilder().id("p-other").build();
        Violation v = single(() -> household().member(copy, Relation.OTHER).build(),
                "members[3].person.idNumber", "unique-person");
        assertThat(v.invalidValue().orElseThrow()).doesNotContain(copy.idNumber().orElseThrow().value());
    }

    @Test
    void build_childOlderThanHead_reportsYoungerThanHead() {
        Violation v = single(() -> household().member(person("p-old", "张老", LocalDate.of(1950, 1, 1), 51),
                Relation.CHILD).build(), "members[3].relation", "younger-than-head");
        assertThat(v.messageZh()).contains("子女");
    }

    @Test
    void build_grandchildSameBirthDateAsHead_reportsYoungerThanHead() {
        single(() -> household().member(person("p-g", "张同", head().birthDate(), 53),
                Relation.GRANDCHILD).build(), "members[3].relation", "younger-than-head");
    }

    @Test
    void build_parentYoungerThanHead_reportsOlderThanHead() {
        single(() -> household().member(person("p-young", "张幼", LocalDate.of(1990, 1, 1), 55),
                Relation.PARENT).build(), "members[3].relation", "older-than-head");
    }

    @Test
    void build_grandparentYoungerThanHead_reportsOlderThanHead() {
        single(() -> household().member(person("p-gp", "张幼", LocalDate.of(1980, 1, 1), 57),
                Relation.GRANDPARENT).build(), "members[3].relation", "older-than-head");
    }

    @Test
    void build_siblingAndOther_haveNoAgeRule() {
        Household h = household()
                .member(person("p-sib", "张弟", LocalDate.of(1950, 1, 1), 59), Relation.SIBLING)
                .member(person("p-oth", "张某", LocalDate.of(2015, 1, 1), 61), Relation.OTHER).build();
        assertThat(h.size()).isEqualTo(5);
    }

    @Test
    void build_earnerNotMember_reportsEarnerIsMember() {
        single(() -> household().income(Income.of(IncomeKind.PENSION, Money.of("100.00"),
                PersonId.of("ghost"))).build(), "incomes[1].earner", "earner-is-member");
    }

    @Test
    void build_negativeVersion_reportsNonNegative() {
        single(() -> household().version(-3).build(), "version", "non-negative");
    }

    @Test
    void build_memberBornAfterAsOf_reportsNotInFutureWithMemberPath() {
        Person unborn = Person.builder().id("p-new").name("张宝").birthDate(TODAY.plusDays(10))
                .gender(Gender.MALE).hukou(HukouType.RURAL).build();
        single(() -> household().member(unborn, Relation.CHILD).asOf(TODAY).build(),
                "members[3].person.birthDate", "not-in-future");
    }

    @Test
    void build_memberStatusAfterClockDay_reportsNotInFuture() {
        Person away = spouse().toBuilder().status(StatusKind.WORKING_AWAY, TODAY.plusDays(1)).build();
        single(() -> household().members(List.of(Member.of(head(), Relation.HEAD),
                        Member.of(away, Relation.SPOUSE)))
                        .clock(java.time.Clock.fixed(TODAY.atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant(), java.time.ZoneOffset.UTC)).build(),
                "members[1].person.status.since", "not-in-future");
    }

    @Test
    void build_severalProblems_reportsAllTogether() {
        assertThat(violations(() -> household().address("").version(-1)
                .member(child(), Relation.OTHER)
                .member(person("p-old", "张老", LocalDate.of(1950, 1, 1), 51), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1.00"), PersonId.of("ghost")))
                .build()))
                .extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("address", "not-blank"),
                        tuple("members[3].person.id", "unique-person"),
                        tuple("members[4].relation", "younger-than-head"),
                        tuple("incomes[1].earner", "earner-is-member"),
                        tuple("version", "non-negative"));
    }

    @Test
    void exception_message_listsEveryViolationWithoutPersonalData() {
        Person copy = child().toBuilder().id("p-other").build();
        String message = violations(() -> household().address("").member(copy, Relation.OTHER)
                .build()).toString();
        assertThat(message).contains("address", "members[3].person.idNumber")
                .doesNotContain(idNumber(child().birthDate(), 33).value(), "张小明");
    }

    /** Eighteen members: above the size at which the duplicate checks index the members instead of scanning. */
    private static Household.Builder largeHousehold() {
        Household.Builder b = household();
        for (int k = 0; k < 15; k++) {
            b.member(person("p-c" + k, "张" + k, LocalDate.of(2012, 1, 1 + k), 40 + k), Relation.CHILD);
        }
        return b;
    }

    @Test
    void build_largeValidHousehold_acceptsAMemberEarningAnIncome() {
        Household h = largeHousehold().income(Income.of(IncomeKind.PENSION, Money.of("100.00"), PersonId.of("p-c14")))
                .build();
        assertThat(h.size()).isEqualTo(18);
        assertThat(h.member(PersonId.of("p-c14"))).isPresent();
    }

    @Test
    void build_largeHousehold_reportsDuplicatesAndStrangersAsASmallOneDoes() {
        Person copy = child().toBuilder().id("p-other").build();
        List<Violation> found = violations(() -> largeHousehold().member(child(), Relation.OTHER)
                .member(copy, Relation.OTHER)
                .income(Income.of(IncomeKind.PENSION, Money.of("100.00"), PersonId.of("ghost"))).build());
        assertThat(found).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("members[18].person.id", "unique-person"),
                        tuple("members[19].person.idNumber", "unique-person"),
                        tuple("incomes[1].earner", "earner-is-member"));
        // both duplicates name the child, the third member (index 2), as the small household's check does
        assertThat(found.get(0).messageZh()).contains("第 3 名");
        assertThat(found.get(0).messageEn()).contains("as member 2");
        assertThat(found.get(1).messageZh()).contains("第 3 名");
        assertThat(found.get(1).messageEn()).contains("as member 2");
    }
}
