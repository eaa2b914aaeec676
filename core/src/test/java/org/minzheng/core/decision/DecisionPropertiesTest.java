package org.minzheng.core.decision;

import org.minzheng.core.programs.temporary.TemporaryAssistance;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.temporary.TemporaryNeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.quicktheories.core.Gen;

/** Invariants of the calculators over generated households and standards (bounded example counts). */
class DecisionPropertiesTest {

    private static final int EXAMPLES = 300;

    /** A household of 1–6 members; member i born in year 1935 + 13·i, so ages span minors to the very old. */
    static Household household(int members, long incomeFen) {
        Person head = Fixtures.born(1935 + (members % 3) * 10, 1 + members, 1);
        Household.Builder b = Fixtures.household(head);
        for (int i = 1; i < members; i++) {
            b.member(Fixtures.born(1950 + 12 * i, 1 + i, 10 + i), Relation.OTHER);
        }
        return b.income(Income.of(IncomeKind.WAGE, Money.ofFen(incomeFen))).build();
    }

    static ResolvedStandards standards(long standardFen, int shareThousandths, Rounding rounding) {
        BigDecimal share = BigDecimal.valueOf(shareThousandths, 3);
        return Fixtures.standardsBuilder().set(Dibao.STANDARD_RURAL, Money.ofFen(standardFen))
                .set(Dibao.ADDON_SHARE_ELDERLY, share).set(Dibao.ADDON_SHARE_MINOR, share)
                .set(Dibao.ROUNDING, rounding).build();
    }

    static Decision dibao(Household h, ResolvedStandards s) {
        return Dibao.PROGRAM.assess(Fixtures.facts(h).build(), s);
    }

    static Gen<Rounding> roundings() {
        return integers().between(0, 1).map(i -> Rounding.values()[i]);
    }

    static void assertConsistent(Decision d) {
        assertThat(d.amount().isNegative()).isFalse();
        assertThat(d.explanation().total()).contains(d.amount());
        BigDecimal sum = d.roundingAdjustment();
        for (DecisionComponent c : d.components()) {
            assertThat(c.exactAmount().signum()).isGreaterThanOrEqualTo(0);
            sum = sum.add(c.exactAmount());
        }
        assertThat(sum).isEqualByComparingTo(d.amount().amount());
        assertThat(d.amountsByComponent().values().stream().reduce(Money.ZERO, Money::plus))
                .isEqualTo(d.components().isEmpty() ? Money.ZERO : d.amount());
        assertThat(d.eligible()).isEqualTo(d.reasons().isEmpty());
    }

    @Test
    void dibao_neverNegative_andExplanationTotalsEqualAmount() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 6), longs().between(0, 1_000_000),
                longs().between(1, 200_000), integers().between(0, 500))
                .checkAssert((members, income, standard, share) -> assertConsistent(
                        dibao(household(members, income), standards(standard, share, Rounding.FEN))));
    }

    @Test
    void dibao_moreIncomeNeverRaisesAmount() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 6), longs().between(0, 500_000),
                longs().between(0, 100_000), roundings())
                .checkAssert((members, income, extra, rounding) -> {
                    ResolvedStandards s = standards(80_300, 150, rounding);
                    Money less = dibao(household(members, income), s).amount();
                    Money more = dibao(household(members, income + extra), s).amount();
                    assertThat(more).isLessThanOrEqualTo(less);
                });
    }

    @Test
    void dibao_higherStandardNeverLowersAmount() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 6), longs().between(0, 500_000),
                longs().between(1, 150_000), longs().between(0, 50_000))
                .checkAssert((members, income, standard, raise) -> {
                    Household h = household(members, income);
                    Money low = dibao(h, standards(standard, 120, Rounding.YUAN)).amount();
                    Money high = dibao(h, standards(standard + raise, 120, Rounding.YUAN)).amount();
                    assertThat(high).isGreaterThanOrEqualTo(low);
                });
    }

    @Test
    void temporary_neverAboveCapNorNegative() {
        qt().withExamples(EXAMPLES).forAll(longs().between(0, 10_000_000), longs().between(1, 200_000),
                integers().between(0, 1))
                .checkAssert((needFen, standardFen, type) -> {
                    TemporaryNeed need = type == 0 ? TemporaryNeed.emergency(Money.ofFen(needFen))
                            : TemporaryNeed.expenditure(Money.ofFen(needFen));
                    ResolvedStandards s = standards(standardFen, 0, Rounding.FEN);
                    Decision d = TemporaryAssistance.PROGRAM.assess(Fixtures.facts(household(2, 0)).application(need).build(),
                            s);
                    assertConsistent(d);
                    BigDecimal months = type == 0 ? BigDecimal.valueOf(3) : BigDecimal.valueOf(6);
                    assertThat(d.amount().amount()).isLessThanOrEqualTo(Money.ofFen(standardFen).amount().multiply(months));
                    assertThat(d.amount()).isLessThanOrEqualTo(need.assessedNeed());
                });
    }

    @Test
    void tekun_consistentForAnyAge() {
        qt().withExamples(100).forAll(integers().between(1920, 2021), longs().between(0, 200_000))
                .checkAssert((year, incomeFen) -> {
                    Person p = Fixtures.born(year, 6, 15);
                    Household h = Fixtures.household(p).income(Income.of(IncomeKind.PENSION, Money.ofFen(incomeFen), p.id()))
                            .build();
                    Decision d = Tekun.PROGRAM.assess(Fixtures.facts(h, p.id()).build(), Fixtures.standards());
                    assertConsistent(d);
                });
    }
}
