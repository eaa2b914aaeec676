package org.minzheng.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parse_groupedAmount_isExact() {
        assertThat(Money.parse("1,354.75")).isEqualTo(Money.ofFen(135_475));
        assertThat(Money.parse("1,354.75").toString()).isEqualTo("1354.75");
        assertThat(Money.parse("1,354.75 元")).isEqualTo(Money.of("1354.75"));
        assertThat(Money.parse("¥12.5")).isEqualTo(Money.of("12.50"));
    }

    @Test
    void parse_misplacedSeparatorOrThirdDecimal_rejected() {
        assertThatThrownBy(() -> Money.parse("1,35,4")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parse("1.234")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void format_zhCn_usesSeparatorAndYuan() {
        assertThat(Money.of("1354.75").format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("1,354.75 元");
        assertThat(Money.of("-5").format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("-5.00 元");
    }

    @Test
    void of_moreThanTwoDecimals_throwsUnlessRounded() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005")))
                .isInstanceOf(ArithmeticException.class);
        assertThat(Money.of(new BigDecimal("1.005"), RoundingMode.HALF_UP)).isEqualTo(Money.of("1.01"));
        assertThat(Money.of(new BigDecimal("1.500"))).isEqualTo(Money.of("1.5"));
    }

    @Test
    void arithmetic_isExactToTheFen() {
        Money a = Money.of("0.10");
        assertThat(a.plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(a.minus(Money.of("0.30")).isNegative()).isTrue();
        assertThat(a.times(3)).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("803").times(new BigDecimal("0.3"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("240.90"));
        assertThat(Money.of("100").allocate(3)).containsExactly(
                Money.of("33.34"), Money.of("33.33"), Money.of("33.33"));
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.of("1").max(Money.of("2"))).isEqualTo(Money.of("2"));
    }
    @Test
    void format_otherLocales_prefixIsoCodeWithLocaleSeparators() {
        assertThat(Money.of("1354.75").format(Locale.ENGLISH)).isEqualTo("CNY 1,354.75");
        assertThat(Money.of("1354.75").format(Locale.GERMANY)).isEqualTo("CNY 1.354,75");
    }

    @Test
    void of_malformedStrings_rejected() {
        assertThatThrownBy(() -> Money.of("1,354.75")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.of("1e3")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.of(" 1")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.of("1.001")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.parse("元")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void roundingOperations_withUnnecessary_throwInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("10").times(new BigDecimal("0.3333"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of("10").dividedBy(3, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of("10").dividedBy(0, RoundingMode.HALF_UP))
                .isInstanceOf(ArithmeticException.class);
        assertThat(Money.of("10").dividedBy(3, RoundingMode.HALF_UP)).isEqualTo(Money.of("3.33"));
        assertThat(Money.of("10").dividedBy(3, RoundingMode.CEILING)).isEqualTo(Money.of("3.34"));
    }

    @Test
    void allocate_negativeAmount_distributesTheExtraFenToo() {
        assertThat(Money.of("-100").allocate(3)).containsExactly(
                Money.of("-33.34"), Money.of("-33.33"), Money.of("-33.33"));
        assertThatThrownBy(() -> Money.ZERO.allocate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalsAndCompareTo_agreeAcrossScales() {
        assertThat(Money.of(new BigDecimal("1.5"))).isEqualTo(Money.of("1.50"))
                .hasSameHashCodeAs(Money.of("1.50"));
        assertThat(Money.of("1.5").compareTo(Money.of("1.50"))).isZero();
        assertThat(Money.of("-0.01").isNegative()).isTrue();
        assertThat(Money.of("0.01").isPositive()).isTrue();
        assertThat(Money.of("-3").abs()).isEqualTo(Money.of("3"));
        assertThat(Money.of("-3").negate().toString()).isEqualTo("3.00");
        assertThat(Money.sum(java.util.List.of(Money.of("1.10"), Money.of("2.20")))).isEqualTo(Money.of("3.30"));
    }
}
