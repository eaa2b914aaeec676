package org.minzheng.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** Invariants of {@link Money}, checked on generated amounts (QuickTheories). */
class MoneyPropertiesTest implements WithQuickTheories {

    private static final int EXAMPLES = 2_000;

    /** Amounts up to ±10¹³ yuan, in fen. */
    private Gen<Money> amounts() {
        return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L).map(Money::ofFen)
                .describedAs(Money::toString);
    }

    @Test
    void plusThenMinus_returnsTheOriginal() {
        qt().withExamples(EXAMPLES).forAll(amounts(), amounts())
                .checkAssert((a, b) -> assertThat(a.plus(b).minus(b)).isEqualTo(a));
    }

    @Test
    void fenAndStringForms_roundTrip() {
        qt().withExamples(EXAMPLES).forAll(amounts()).checkAssert(a -> {
            assertThat(Money.ofFen(a.toFen())).isEqualTo(a);
            assertThat(Money.of(a.toString())).isEqualTo(a);
            assertThat(Money.parse(a.toString())).isEqualTo(a);
            assertThat(a.amount().scale()).isEqualTo(2);
        });
    }

    @Test
    void formatZhCn_parsesBackToTheSameAmount() {
        qt().withExamples(EXAMPLES).forAll(amounts()).checkAssert(a -> {
            String formatted = a.format(Locale.SIMPLIFIED_CHINESE);
            assertThat(formatted).endsWith(" 元");
            assertThat(Money.parse(formatted)).isEqualTo(a);
        });
    }

    @Test
    void allocate_partsAddUpExactlyAndDifferByAtMostOneFen() {
        qt().withExamples(EXAMPLES).forAll(amounts(), integers().between(1, 50)).checkAssert((a, n) -> {
            List<Money> parts = a.allocate(n);
            assertThat(parts).hasSize(n);
            assertThat(Money.sum(parts)).isEqualTo(a);
            long max = parts.stream().mapToLong(Money::toFen).max().orElseThrow();
            long min = parts.stream().mapToLong(Money::toFen).min().orElseThrow();
            assertThat(max - min).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void timesAndDividedBy_neverLoseAFenSilently() {
        qt().withExamples(EXAMPLES).forAll(amounts(), integers().between(-1_000, 1_000)).checkAssert((a, n) -> {
            assertThat(a.times(n).amount()).isEqualByComparingTo(a.amount().multiply(BigDecimal.valueOf(n)));
            if (n != 0) {
                // Rounding down and up bracket the exact quotient within one fen.
                Money down = a.dividedBy(n, RoundingMode.FLOOR);
                Money up = a.dividedBy(n, RoundingMode.CEILING);
                assertThat(up.minus(down).toFen()).isBetween(0L, 1L);
                assertThat(down.times(n).amount().compareTo(a.amount()) * Integer.signum(n))
                        .isLessThanOrEqualTo(0);
            }
        });
    }
}
