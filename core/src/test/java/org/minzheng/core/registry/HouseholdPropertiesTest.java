package org.minzheng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.testing.ModelFixtures.GAOQIAO;
import static org.minzheng.core.testing.ModelFixtures.TODAY;
import static org.minzheng.core.testing.ModelFixtures.idNumber;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Properties of the registry model: random valid households build and round-trip through their
 * builders; random corruptions are reported as {@link InvalidRecordException} carrying the
 * expected rule, never as another exception.
 */
class HouseholdPropertiesTest {

    private static final int EXAMPLES = 300;

    /** One random choice drawn from the randomness source, so QuickTheories can shrink it. */
    private static int pick(RandomnessSource in, int lo, int hi) {
        return Generate.range(lo, hi).generate(in);
    }

    private static LocalDate date(RandomnessSource in, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(Generate.longRange(0, Math.max(0, days)).generate(in));
    }

    private static <E extends Enum<E>> E pickEnum(RandomnessSource in, Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[pick(in, 0, all.length - 1)];
    }

    private static Person person(RandomnessSource in, int index, LocalDate birth) {
        Person.Builder b = Person.builder().id("p-" + index).name("成员" + index)
                .hukou(pickEnum(in, HukouType.class));
        if (pick(in, 0, 4) > 0) {
            b.idNumber(idNumber(birth, index * 2 + pick(in, 0, 1)));
        } else {
            b.birthDate(birth).gender(pickEnum(in, Gender.class));
        }
        if (pick(in, 0, 3) == 0) {
            b.disability(Disability.of(pickEnum(in, DisabilityCategory.class), pick(in, 1, 4)));
        }
        if (pick(in, 0, 3) == 0) {
            List<ActivityOfDailyLiving> lost = new ArrayList<>();
            for (ActivityOfDailyLiving a : ActivityOfDailyLiving.values()) {
                if (pick(in, 0, 1) == 1) {
                    lost.add(a);
                }
            }
            b.selfCare(SelfCare.losing(lost.toArray(ActivityOfDailyLiving[]::new)));
        }
        if (pick(in, 0, 2) == 0) {
            b.labourCapacity(pickEnum(in, LabourCapacity.class));
        }
        b.seriouslyIll(pick(in, 0, 5) == 0);
        if (pick(in, 0, 1) == 0) {
            b.status(pickEnum(in, StatusKind.class), date(in, birth, TODAY));
        }
        if (birth.isAfter(TODAY.minusYears(18)) && pick(in, 0, 1) == 0) {
            b.parent(Parent.of(ParentRole.FATHER,
                    PersonStatus.of(pickEnum(in, StatusKind.class), date(in, birth, TODAY))));
            b.parent(Parent.of(ParentRole.MOTHER,
                    PersonStatus.of(pickEnum(in, StatusKind.class), date(in, birth, TODAY)))
                    .withSeriouslyIll(pick(in, 0, 1) == 1));
        }
        return b.version(pick(in, 0, 3)).build();
    }

    /** Random valid households, 1–9 members, with ages consistent with relations. */
    static final Gen<Household> HOUSEHOLDS = in -> {
        LocalDate headBirth = date(in, LocalDate.of(1935, 1, 1), LocalDate.of(1995, 12, 31));
        Household.Builder b = Household.builder().id("h-" + pick(in, 1, 99999)).region(GAOQIAO)
                .address("某村" + pick(in, 1, 200) + "号").hukou(pickEnum(in, HukouType.class));
        int n = 0;
        b.member(person(in, n++, headBirth), Relation.HEAD);
        if (pick(in, 0, 1) == 1) {
            b.member(person(in, n++, date(in, headBirth.minusYears(10), headBirth.plusYears(10))),
                    Relation.SPOUSE);
        }
        for (int i = pick(in, 0, 3); i > 0; i--) {
            LocalDate from = headBirth.plusYears(16);
            if (from.isBefore(TODAY)) {
                b.member(person(in, n++, date(in, from, TODAY)), Relation.CHILD);
            }
        }
        for (int i = pick(in, 0, 2); i > 0; i--) {
            b.member(person(in, n++, date(in, headBirth.minusYears(45), headBirth.minusYears(16))),
                    Relation.PARENT);
        }
        if (pick(in, 0, 3) == 0 && headBirth.plusYears(36).isBefore(TODAY)) {
            b.member(person(in, n++, date(in, headBirth.plusYears(36), TODAY)), Relation.GRANDCHILD);
        }
        if (pick(in, 0, 3) == 0) {
            b.member(person(in, n++, date(in, headBirth.minusYears(15), headBirth.plusYears(15))),
                    pick(in, 0, 1) == 0 ? Relation.SIBLING : Relation.OTHER);
        }
        int members = n;
        for (int i = pick(in, 0, 4); i > 0; i--) {
            Money amount = Money.ofFen(pick(in, 0, 800_000));
            IncomeKind kind = pickEnum(in, IncomeKind.class);
            int earner = pick(in, -1, members - 1);
            b.income(earner < 0 ? Income.of(kind, amount)
                    : Income.of(kind, amount, PersonId.of("p-" + earner)));
        }
        b.assets(new Assets(Money.ofFen(pick(in, 0, 10_000_000)), Money.ofFen(pick(in, 0, 100_000)),
                pick(in, 0, 2), Money.ofFen(pick(in, 0, 5_000_000)), pick(in, 0, 3),
                Money.ofFen(pick(in, 0, 90_000_000))));
        return b.version(pick(in, 0, 1000)).asOf(TODAY).build();
    };

    @Test
    void validHousehold_buildsAndRoundTripsThroughBuilder() {
        qt().withExamples(EXAMPLES).forAll(HOUSEHOLDS).checkAssert(h -> {
            assertThat(h.toBuilder().build()).isEqualTo(h).hasSameHashCodeAs(h);
            assertThat(h.toBuilder().asOf(TODAY).build()).isEqualTo(h);
            for (Person p : h.persons()) {
                assertThat(p.toBuilder().asOf(TODAY).build()).isEqualTo(p);
            }
            assertThat(h.members(Relation.HEAD)).hasSize(1);
            assertThat(h.monthlyIncome(k -> true)).isEqualTo(h.countableMonthlyIncome()
                    .plus(h.monthlyIncome(k -> !k.countsForDibao())));
        });
    }

    /** A named corruption: breaks one rule of a valid household. */
    record Corruption(String rule, Function<Household, Household.Builder> apply) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static Person stranger(String id, LocalDate birth) {
        return Person.builder().id(id).name("外人").birthDate(birth).gender(Gender.MALE)
                .hukou(HukouType.URBAN).build();
    }

    private static final List<Corruption> CORRUPTIONS = List.of(
            new Corruption("exactly-one-head", h -> h.toBuilder()
                    .member(stranger("x-head", LocalDate.of(1950, 1, 1)), Relation.HEAD)),
            new Corruption("exactly-one-head", h -> h.toBuilder().incomes(List.of())
                    .members(h.members().stream().filter(m -> m.relation() != Relation.HEAD).toList())),
            new Corruption("unique-person", h -> h.toBuilder().member(h.members()
                    .get(h.size() - 1).person(), Relation.OTHER)),
            new Corruption("at-most-one-spouse", h -> h.toBuilder()
                    .member(stranger("x-s1", h.head().birthDate()), Relation.SPOUSE)
                    .member(stranger("x-s2", h.head().birthDate()), Relation.SPOUSE)),
            new Corruption("younger-than-head", h -> h.toBuilder()
                    .member(stranger("x-c", h.head().birthDate().minusDays(1)), Relation.CHILD)),
            new Corruption("older-than-head", h -> h.toBuilder()
                    .member(stranger("x-p", h.head().birthDate()), Relation.PARENT)),
            new Corruption("not-in-future", h -> h.toBuilder()
                    .member(stranger("x-f", TODAY.plusDays(1)), Relation.OTHER).asOf(TODAY)),
            new Corruption("not-in-future", h -> h.toBuilder().members(h.members().stream()
                    .map(m -> m.relation() != Relation.HEAD ? m : Member.of(m.person().toBuilder()
                            .status(StatusKind.WORKING_AWAY, TODAY.plusMonths(1)).build(), Relation.HEAD))
                    .toList()).asOf(TODAY)),
            new Corruption("earner-is-member", h -> h.toBuilder()
                    .income(Income.of(IncomeKind.WAGE, Money.ZERO, PersonId.of("x-ghost")))),
            new Corruption("non-negative", h -> h.toBuilder().income(
                    Income.of(IncomeKind.WAGE, Money.of("-100.00")))),
            new Corruption("non-negative", h -> h.toBuilder().assets(
                    h.assets().withDeposits(Money.of("-0.01")))),
            new Corruption("non-negative", h -> h.toBuilder().version(-1)),
            new Corruption("not-blank", h -> h.toBuilder().address("\t")),
            new Corruption("not-blank", h -> h.toBuilder().member(
                    stranger("x-n", LocalDate.of(2000, 1, 1)).toBuilder().name(" ").build(),
                    Relation.OTHER)),
            new Corruption("range", h -> h.toBuilder().member(stranger("x-d", LocalDate.of(2000, 1, 1))
                    .toBuilder().disability(Disability.of(DisabilityCategory.MENTAL, 9)).build(),
                    Relation.OTHER)));

    @Test
    void corruptedHousehold_isReportedAsInvalidRecordWithItsRule() {
        qt().withExamples(EXAMPLES)
                .forAll(HOUSEHOLDS, Generate.pick(CORRUPTIONS))
                .checkAssert((h, c) -> {
                    InvalidRecordException e = null;
                    try {
                        c.apply().apply(h).build();
                    } catch (InvalidRecordException expected) {
                        e = expected;
                    }
                    // any other exception (NPE, IllegalStateException…) fails the property
                    assertThat(e).as("corruption %s must be reported", c).isNotNull();
                    assertThat(e.violations()).extracting(Violation::rule).contains(c.rule());
                    assertThat(e.violations()).allSatisfy(v -> {
                        assertThat(v.messageZh()).isNotBlank();
                        assertThat(v.messageEn()).isNotBlank();
                    });
                });
    }

    @Test
    void randomOperations_onBuilder_neverThrowAnythingButInvalidRecord() {
        List<UnaryOperator<Household.Builder>> ops = List.of(
                b -> b.members(List.of()), b -> b.incomes(List.of()), b -> b.version(-5),
                b -> b.address(""), b -> b.asOf(LocalDate.of(1900, 1, 1)),
                b -> b.member(stranger("x-1", LocalDate.of(1990, 1, 1)), Relation.HEAD),
                b -> b.member(stranger("x-1", LocalDate.of(1990, 1, 1)), Relation.CHILD));
        qt().withExamples(EXAMPLES)
                .forAll(HOUSEHOLDS, integers().between(0, 127))
                .checkAssert((h, mask) -> {
                    Household.Builder b = h.toBuilder();
                    for (int i = 0; i < ops.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            b = ops.get(i).apply(b);
                        }
                    }
                    try {
                        b.build();
                    } catch (InvalidRecordException reported) {
                        assertThat(reported.violations()).isNotEmpty();
                    }
                });
    }
}
