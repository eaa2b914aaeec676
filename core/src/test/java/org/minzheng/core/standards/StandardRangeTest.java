package org.minzheng.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;

/** The valid range of numeric standards: unit defaults, explicit ranges, and the date window of values. */
class StandardRangeTest {

    private static final RegionCode CITY = RegionCode.parse("3211");
    private static final LocalDate FROM = LocalDate.of(2022, 7, 1);

    private static <T> Standard.Builder<T> standard(String code, ValueType<T> type, Unit unit) {
        return Standard.builder(code, type).names("测试", "test").unit(unit).description("a test standard");
    }

    private static final Standard<BigDecimal> SHARE = standard("test.share", ValueType.DECIMAL, Unit.SHARE).build();
    private static final Standard<Money> AMOUNT = standard("test.amount", ValueType.MONEY, Unit.YUAN_PER_MONTH).build();
    private static final Standard<BigDecimal> CAPPED_SHARE = standard("test.capped-share", ValueType.DECIMAL, Unit.SHARE)
            .range(ValueRange.of("0", "0.5")).build();
    private static final Standard<Integer> AGE = standard("test.age", ValueType.INTEGER, Unit.YEARS).build();

    @Test
    void unitDefaults_asDocumented() {
        assertThat(Unit.SHARE.defaultRange()).contains(ValueRange.of(0, 1));
        assertThat(Unit.MULTIPLE.defaultRange()).contains(ValueRange.of(0, 100));
        assertThat(Unit.YUAN_PER_PERSON_MONTH.defaultRange()).contains(ValueRange.of(0, 1_000_000_000));
        assertThat(Unit.YUAN.defaultRange()).contains(ValueRange.of(0, 1_000_000_000));
        assertThat(Unit.YEARS.defaultRange()).contains(ValueRange.of(0, 150));
        assertThat(Unit.MONTHS.defaultRange()).contains(ValueRange.of(0, 600));
        assertThat(Unit.HOURS_PER_MONTH.defaultRange()).contains(ValueRange.of(0, 744));
        assertThat(Unit.COUNT.defaultRange()).contains(ValueRange.of(0, 1_000_000));
        assertThat(Unit.FLAG.defaultRange()).isEmpty();
        assertThat(Unit.CHOICE.defaultRange()).isEmpty();
    }

    @Test
    void check_shareAboveOne_refusedNamingTheRange() {
        assertThatThrownBy(() -> SHARE.check(new BigDecimal("1.5"))).isInstanceOf(InvalidStandardValueException.class)
                .hasMessageContaining("test.share").hasMessageContaining("from 0 to 1 (share)")
                .hasMessageContaining("1.5").hasMessageContaining("有效范围 0 至 1");
        assertThat(SHARE.check(BigDecimal.ONE)).isEqualByComparingTo("1");
        assertThat(SHARE.check(new BigDecimal("0.30"))).isEqualByComparingTo("0.3");
    }

    @Test
    void check_moneyOf10To60_refusedWithAShortMessage() {
        Money huge = Money.of(BigDecimal.TEN.pow(60));
        assertThatThrownBy(() -> AMOUNT.check(huge)).isInstanceOf(InvalidStandardValueException.class)
                .hasMessageContaining("from 0 to 1000000000")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("0".repeat(41)));
        assertThat(AMOUNT.check(Money.of("1000000000.00"))).isEqualTo(Money.of("1000000000"));
        assertThatThrownBy(() -> AMOUNT.check(Money.of("1000000000.01"))).isInstanceOf(InvalidStandardValueException.class);
    }

    @Test
    void explicitRange_replacesTheUnitDefault() {
        assertThat(CAPPED_SHARE.range()).contains(ValueRange.of("0", "0.5"));
        assertThat(CAPPED_SHARE.isAllowed(new BigDecimal("0.5"))).isTrue();
        assertThat(CAPPED_SHARE.isAllowed(new BigDecimal("0.51"))).isFalse();
        Standard<BigDecimal> wide = standard("test.wide-share", ValueType.DECIMAL, Unit.SHARE)
                .range(ValueRange.of(0, 2)).build();
        assertThat(wide.isAllowed(new BigDecimal("1.5"))).isTrue();
    }

    @Test
    void range_ofNonNumericType_refusedAtBuild() {
        assertThatThrownBy(() -> standard("test.flag", ValueType.BOOLEAN, Unit.FLAG).range(ValueRange.of(0, 1)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not numbers");
        assertThat(standard("test.flag", ValueType.BOOLEAN, Unit.FLAG).build().range()).isEmpty();
        assertThat(standard("test.rounding", ValueType.ROUNDING, Unit.CHOICE).build().range()).isEmpty();
    }

    @Test
    void defaultOutsideRange_refusedAtBuild() {
        assertThatThrownBy(() -> standard("test.age", ValueType.INTEGER, Unit.YEARS).defaultValue(151).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside its range [0, 150]");
    }

    @Test
    void valueRange_minAboveMax_refused() {
        assertThatThrownBy(() -> ValueRange.of(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ValueRange.of("0.50", "1.0")).isEqualTo(ValueRange.of("0.5", "1")).hasToString("[0.5, 1]");
        assertThat(ValueRange.of("0.50", "1.0").hashCode()).isEqualTo(ValueRange.of("0.5", "1").hashCode());
        assertThat(ValueRange.of(0, 1).contains("1")).isFalse();
        assertThat(ValueRange.of(0, 1).contains(null)).isFalse();
    }

    @Test
    void everyCatalogueStandard_hasItsDefaultInRange_andNumericOnesHaveARange() {
        for (Standard<?> s : org.minzheng.core.builtin.BuiltInPrograms.standards()) {
            s.defaultValue().ifPresent(v -> assertThat(s.isAllowed(v)).as(s.code()).isTrue());
            if (ValueRange.appliesTo(s.valueType())) {
                assertThat(s.range()).as(s.code()).isPresent();
            } else {
                assertThat(s.range()).as(s.code()).isEmpty();
            }
        }
        assertThat(org.minzheng.core.programs.dibao.Dibao.ADDON_SHARE_ELDERLY.isAllowed(new BigDecimal("1.5"))).isFalse();
        assertThat(org.minzheng.core.programs.dibao.Dibao.STANDARD_URBAN.isAllowed(Money.of(BigDecimal.TEN.pow(60)))).isFalse();
        assertThat(org.minzheng.core.programs.dibao.Dibao.STANDARD_URBAN.isAllowed(Money.of("803.00"))).isTrue();
    }

    @Test
    void standardValue_outsideRange_refused() {
        assertThatThrownBy(() -> StandardValue.of(SHARE, CITY, FROM, new BigDecimal("1.5"), "x"))
                .isInstanceOf(InvalidStandardValueException.class);
        assertThatThrownBy(() -> Reform.builder("r").set(org.minzheng.core.programs.dibao.Dibao.ADDON_SHARE_MINOR, new BigDecimal("1.5")))
                .isInstanceOf(InvalidStandardValueException.class);
    }

    @Test
    void standardValue_datesOutsideTheWindow_refused() {
        assertThatThrownBy(() -> StandardValue.of(AGE, CITY, LocalDate.of(0, 1, 1), 60, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1949-10-01")
                .hasMessageContaining("2100-01-01").hasMessageContaining("起止日期");
        assertThatThrownBy(() -> StandardValue.of(AGE, CITY, LocalDate.of(2202, 1, 1), 60, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardValue.of(AGE, CITY, FROM, LocalDate.of(2100, 1, 2), 60, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StandardValue.of(AGE, CITY, StandardValue.EARLIEST, StandardValue.LATEST, 60, "x").from())
                .isEqualTo(LocalDate.of(1949, 10, 1));
        assertThat(StandardValue.of(AGE, Optional.empty(), LocalDate.of(2099, 12, 31), Optional.empty(), 60, "x")
                .isNational()).isTrue();
    }

    @Test
    void property_integersAreAllowedExactlyInsideTheRange() {
        qt().forAll(integers().between(-1000, 2000)).checkAssert(i -> {
            boolean inRange = i >= 0 && i <= 150;
            assertThat(AGE.isAllowed(i)).isEqualTo(inRange);
        });
    }
}
