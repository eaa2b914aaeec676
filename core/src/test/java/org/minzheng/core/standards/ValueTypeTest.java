package org.minzheng.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;

class ValueTypeTest {

    @Test
    void parse_eachType() {
        assertThat(ValueType.MONEY.parse("803")).isEqualTo(Money.of("803.00"));
        assertThat(ValueType.DECIMAL.parse("0.35")).isEqualByComparingTo("0.35");
        assertThat(ValueType.INTEGER.parse("60")).isEqualTo(60);
        assertThat(ValueType.BOOLEAN.parse("true")).isTrue();
        assertThat(ValueType.ROUNDING.parse("yuan")).isEqualTo(Rounding.YUAN);
        assertThat(ValueType.AGE_BASIS.parse("birth-year")).isEqualTo(AgeBasis.BIRTH_YEAR);
    }

    @Test
    void parse_invalid_namesTypeAndAllowed() {
        assertThatThrownBy(() -> ValueType.MONEY.parse("-5")).hasMessageContaining("money").hasMessageContaining("-5");
        assertThatThrownBy(() -> ValueType.MONEY.parse("1.005")).hasMessageContaining("2 decimals");
        assertThatThrownBy(() -> ValueType.DECIMAL.parse("abc")).hasMessageContaining("decimal");
        assertThatThrownBy(() -> ValueType.INTEGER.parse("1.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> ValueType.BOOLEAN.parse("yes")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> ValueType.ROUNDING.parse("jiao")).hasMessageContaining("fen, yuan");
    }

    @Test
    void format_roundTrips() {
        assertThat(ValueType.MONEY.format(ValueType.MONEY.parse("803"))).isEqualTo("803.00");
        assertThat(ValueType.ROUNDING.format(Rounding.FEN)).isEqualTo("fen");
        assertThat(ValueType.DECIMAL.format(new BigDecimal("1.30"))).isEqualTo("1.30");
    }

    @Test
    void rounding_halfUpOnce() {
        assertThat(Rounding.FEN.apply(new BigDecimal("100.005"))).isEqualTo(Money.of("100.01"));
        assertThat(Rounding.FEN.apply(new BigDecimal("100.0049"))).isEqualTo(Money.of("100.00"));
        assertThat(Rounding.YUAN.apply(new BigDecimal("100.50"))).isEqualTo(Money.of("101"));
        assertThat(Rounding.YUAN.apply(new BigDecimal("100.49"))).isEqualTo(Money.of("100"));
    }

    @Test
    void ageBasis_turning80InOctober() {
        LocalDate born = LocalDate.of(1942, 10, 15);
        YearMonth oct = YearMonth.of(2022, 10);
        // birth-month: 80 on 2022-10-31 → 80 in October
        assertThat(AgeBasis.BIRTH_MONTH.ageIn(born, oct)).isEqualTo(80);
        assertThat(AgeBasis.BIRTH_MONTH.ageIn(born, oct.minusMonths(1))).isEqualTo(79);
        // birth-day: 79 on 2022-10-01 → 80 only from November
        assertThat(AgeBasis.BIRTH_DAY.ageIn(born, oct)).isEqualTo(79);
        assertThat(AgeBasis.BIRTH_DAY.ageIn(born, oct.plusMonths(1))).isEqualTo(80);
        // birth-year: 2022 − 1942 = 80 from January
        assertThat(AgeBasis.BIRTH_YEAR.ageIn(born, YearMonth.of(2022, 1))).isEqualTo(80);
        assertThat(AgeBasis.BIRTH_YEAR.ageIn(born, YearMonth.of(2021, 12))).isEqualTo(79);
    }

    @Test
    void ageBasis_bornOnFirst_birthDayCountsInBirthMonth() {
        assertThat(AgeBasis.BIRTH_DAY.ageIn(LocalDate.of(1942, 10, 1), YearMonth.of(2022, 10))).isEqualTo(80);
    }

    @Test
    void ageBasis_leapDayBirth() {
        // issue 12: born on 29 February, a person completes the year on 28 February of a common year
        LocalDate born = LocalDate.of(1940, 2, 29);
        assertThat(AgeBasis.ageOn(born, LocalDate.of(2021, 2, 27))).isEqualTo(80);
        assertThat(AgeBasis.ageOn(born, LocalDate.of(2021, 2, 28))).isEqualTo(81);
        assertThat(AgeBasis.ageOn(born, LocalDate.of(2021, 3, 1))).isEqualTo(81);
        assertThat(AgeBasis.BIRTH_MONTH.ageIn(born, YearMonth.of(2021, 2))).isEqualTo(81);
        assertThat(AgeBasis.BIRTH_MONTH.ageIn(born, YearMonth.of(2021, 1))).isEqualTo(80);
        // in a leap year the birthday is the 29th itself
        assertThat(AgeBasis.ageOn(born, LocalDate.of(2024, 2, 28))).isEqualTo(83);
        assertThat(AgeBasis.ageOn(born, LocalDate.of(2024, 2, 29))).isEqualTo(84);
        // birth-day basis: completed years on 1 February 2021 → still 80; 81 from March
        assertThat(AgeBasis.BIRTH_DAY.ageIn(born, YearMonth.of(2021, 2))).isEqualTo(80);
        assertThat(AgeBasis.BIRTH_DAY.ageIn(born, YearMonth.of(2021, 3))).isEqualTo(81);
    }

    @Test
    void ageBasis_bornOn29February1932_is90InFebruary2022() {
        LocalDate born = LocalDate.of(1932, 2, 29);
        assertThat(AgeBasis.BIRTH_MONTH.ageIn(born, YearMonth.of(2022, 2))).isEqualTo(90);
        assertThat(AgeBasis.BIRTH_MONTH.ageIn(born, YearMonth.of(2022, 1))).isEqualTo(89);
    }

    @Test
    void ageOn_agreesWithTheNextBirthdayOnEveryDayOfFourYears() {
        // property over every birth date of a leap cycle and many counting dates: the age rises by one exactly
        // on the day plusYears names as the birthday, and the person, IdNumber and AgeBasis counts agree
        org.quicktheories.QuickTheory.qt().withFixedSeed(12).withExamples(2000)
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 4 * 366),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 120 * 366))
                .checkAssert((b, later) -> {
                    LocalDate birth = LocalDate.of(1900, 3, 1).plusDays(b);
                    LocalDate on = birth.plusDays(later);
                    int age = AgeBasis.ageOn(birth, on);
                    assertThat(birth.plusYears(age)).isBeforeOrEqualTo(on);
                    assertThat(birth.plusYears(age + 1L)).isAfter(on);
                    org.minzheng.core.registry.Person p = org.minzheng.core.decision.Fixtures.person(birth).build();
                    assertThat(p.ageOn(on)).isEqualTo(age);
                });
    }
}
