package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.born;
import static org.minzheng.core.decision.Fixtures.household;
import static org.minzheng.core.decision.Fixtures.standardsBuilder;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.registry.ExpenditureKind;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.RigidExpenditure;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * 刚性支出扣减 (decision record 0350): worked examples on the fixture standard 803 (rural), boundaries of the window,
 * the cap and the kinds, and properties (never negative; more expenditure never lowers dibao when the deduction is on).
 */
class DibaoRigidExpenditureTest {

    /** Two adults (47 and 44 in 2022-10, no add-on), the head earning a wage, with expenditures. */
    static Household couple(String wage, RigidExpenditure... spent) {
        Person head = born(1975, 3, 8);
        Household.Builder b = household(head).member(born(1978, 6, 20), Relation.SPOUSE)
                .income(Income.of(IncomeKind.WAGE, Money.of(wage), head.id()));
        for (RigidExpenditure e : spent) {
            b.rigidExpenditure(e);
        }
        return b.build();
    }

    static RigidExpenditure medical(String month, String amount) {
        return new RigidExpenditure(ExpenditureKind.MEDICAL, YearMonth.parse(month), Money.of(amount));
    }

    static ResolvedStandards on() {
        return standardsBuilder().set(Dibao.RIGID_DEDUCTION, true).build();
    }

    static Decision dibao(Household h, ResolvedStandards s) {
        return Dibao.PROGRAM.assess(Fixtures.facts(h).build(), s);
    }

    @Test
    void workedExample_medicalCostsAveragedOverTwelveMonths() {
        // line 803 × 2 = 1606; wage 2000; medical 4800 + 2400 = 7200 / 12 = 600 → income 1400 → 206
        Decision d = dibao(couple("2000", medical("2022-03", "4800"), medical("2022-08", "2400")), on());
        assertThat(d.eligible()).isTrue();
        assertThat(d.amount()).isEqualTo(Money.of("206.00"));
        assertThat(d.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("扣减刚性支出").contains("600.00");
        assertThat(d.standardsUsed()).extracting(u -> u.standard().code()).contains("dibao.deduction.rigid",
                "dibao.deduction.rigid.medical", "dibao.deduction.rigid.months");
    }

    @Test
    void off_byDefault_theExpenditureChangesNothing() {
        Household h = couple("2000", medical("2022-03", "7200"));
        Decision d = dibao(h, Fixtures.standards());
        assertThat(d.eligible()).isFalse();
        assertThat(d.reasons()).containsExactly(Dibao.INCOME_NOT_BELOW_STANDARD);
        assertThat(d.explanation().render(Locale.ENGLISH)).doesNotContain("Rigid expenditure");
    }

    @Test
    void boundary_theWindowEndsWithTheMonthAndStartsElevenMonthsEarlier() {
        assertThat(dibao(couple("2000", medical("2021-10", "7200")), on()).eligible()).isFalse();
        assertThat(dibao(couple("2000", medical("2021-11", "7200")), on()).amount()).isEqualTo(Money.of("206.00"));
        assertThat(dibao(couple("2000", medical("2022-10", "7200")), on()).amount()).isEqualTo(Money.of("206.00"));
        // a shorter window: 3 months → 7200 / 3 = 2400 → income 0 → 1606
        ResolvedStandards three = standardsBuilder().set(Dibao.RIGID_DEDUCTION, true).set(Dibao.RIGID_MONTHS, 3).build();
        assertThat(dibao(couple("2000", medical("2022-08", "7200")), three).amount()).isEqualTo(Money.of("1606.00"));
        assertThat(dibao(couple("2000", medical("2022-07", "7200")), three).eligible()).isFalse();
    }

    @Test
    void boundary_theCap_atAndAboveIt() {
        ResolvedStandards capped = standardsBuilder().set(Dibao.RIGID_DEDUCTION, true)
                .set(Dibao.RIGID_CAP, Money.of("600")).build();
        // exactly the cap: 600 deducted either way
        assertThat(dibao(couple("2000", medical("2022-03", "7200")), capped).amount()).isEqualTo(Money.of("206.00"));
        // a fen a month above it (7200.12 / 12 = 600.01): still 600
        assertThat(dibao(couple("2000", medical("2022-03", "7200.12")), capped).amount())
                .isEqualTo(Money.of("206.00"));
        assertThat(dibao(couple("2000", medical("2022-03", "7200.12")), on()).amount())
                .isEqualTo(Money.of("206.01"));
    }

    @Test
    void kinds_asTheRegionSays() {
        RigidExpenditure other = new RigidExpenditure(ExpenditureKind.OTHER, YearMonth.of(2022, 3), Money.of("7200"));
        RigidExpenditure school = new RigidExpenditure(ExpenditureKind.EDUCATION, YearMonth.of(2022, 3),
                Money.of("7200"));
        assertThat(dibao(couple("2000", other), on()).eligible()).isFalse();
        assertThat(dibao(couple("2000", school), on()).amount()).isEqualTo(Money.of("206.00"));
        ResolvedStandards noSchool = standardsBuilder().set(Dibao.RIGID_DEDUCTION, true)
                .set(Dibao.RIGID_EDUCATION, false).set(Dibao.RIGID_OTHER, true).build();
        assertThat(dibao(couple("2000", school), noSchool).eligible()).isFalse();
        assertThat(dibao(couple("2000", other), noSchool).amount()).isEqualTo(Money.of("206.00"));
    }

    @Test
    void theIncomeNeverGoesBelowZero() {
        // wage 100, 24000 / 12 = 2000 deducted → income 0, paid the full line 1606 (not 1606 + 1900)
        assertThat(dibao(couple("100", medical("2022-03", "24000")), on()).amount()).isEqualTo(Money.of("1606.00"));
    }

    @Test
    void property_neverNegative_andMoreExpenditureNeverLowersDibao() {
        qt().withFixedSeed(350).withExamples(300)
                .forAll(integers().between(0, 5000), integers().between(0, 40000), integers().between(0, 40000))
                .checkAssert((wage, a, b) -> {
                    int less = Math.min(a, b);
                    int more = Math.max(a, b);
                    Decision d1 = dibao(couple(wage + "", medical("2022-05", less + ".37")), on());
                    Decision d2 = dibao(couple(wage + "", medical("2022-05", more + ".37")), on());
                    assertThat(d1.amount().isNegative()).isFalse();
                    assertThat(d2.amount().isNegative()).isFalse();
                    assertThat(d2.amount()).isGreaterThanOrEqualTo(d1.amount());
                    if (d1.eligible()) {
                        assertThat(d2.eligible()).isTrue();
                    }
                    // at most the whole line: the deduction never pays beyond a household without income
                    assertThat(d2.amount()).isLessThanOrEqualTo(Money.of("1606.00"));
                });
    }

    @Test
    void property_off_theExpenditureNeverMatters() {
        qt().withFixedSeed(351).withExamples(200)
                .forAll(integers().between(0, 5000), integers().between(0, 40000))
                .checkAssert((wage, spent) -> assertThat(dibao(couple(wage + "", medical("2022-05", spent + "")),
                        Fixtures.standards()).amount()).isEqualTo(dibao(couple(wage + ""), Fixtures.standards()).amount()));
    }
}
