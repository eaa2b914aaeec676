package org.minzheng.core.standards;

import org.minzheng.core.programs.dibao.Dibao;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;

class StandardValueTest {

    static final RegionCode DANTU = RegionCode.parse("321112");
    static final LocalDate D1 = LocalDate.of(2022, 1, 1);
    static final LocalDate D2 = LocalDate.of(2022, 7, 1);
    static final LocalDate D3 = LocalDate.of(2023, 1, 1);

    @Test
    void of_untilNotAfterFrom_rejected() {
        assertThatThrownBy(() -> StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D2, D2, Money.of("1"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be before");
    }

    @Test
    void of_blankSource_rejected() {
        assertThatThrownBy(() -> StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D1, Money.of("1"), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    }

    @Test
    void of_negativeMoney_rejectedNamingStandard() {
        assertThatThrownBy(() -> StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D1, Money.of("-1"), "x"))
                .isInstanceOf(InvalidStandardValueException.class).hasMessageContaining("dibao.standard.urban");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void of_wrongJavaType_rejected() {
        Standard raw = Dibao.STANDARD_URBAN;
        assertThatThrownBy(() -> StandardValue.of(raw, DANTU, D1, new BigDecimal("800"), "x"))
                .isInstanceOf(InvalidStandardValueException.class).hasMessageContaining("BigDecimal");
    }

    @Test
    void inForceOn_halfOpen() {
        StandardValue<Money> v = StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D1, D2, Money.of("1"), "x");
        assertThat(v.inForceOn(D1.minusDays(1))).isFalse();
        assertThat(v.inForceOn(D1)).isTrue();
        assertThat(v.inForceOn(D2.minusDays(1))).isTrue();
        assertThat(v.inForceOn(D2)).isFalse();
    }

    @Test
    void overlaps_sharedDayOnly() {
        StandardValue<Money> a = StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D1, D2, Money.of("1"), "x");
        StandardValue<Money> b = StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D2, D3, Money.of("2"), "x");
        StandardValue<Money> c = StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D2.minusDays(1), Money.of("3"),
                "x");
        StandardValue<Money> other = StandardValue.of(Dibao.STANDARD_RURAL, DANTU, D1, Money.of("1"), "x");
        StandardValue<Money> national = StandardValue.national(Dibao.STANDARD_URBAN, D1, Money.of("1"), "x");
        assertThat(a.overlaps(b)).isFalse();
        assertThat(a.overlaps(c)).isTrue();
        assertThat(c.overlaps(b)).isTrue();
        assertThat(a.overlaps(other)).isFalse();
        assertThat(a.overlaps(national)).isFalse();
    }

    @Test
    void standardSet_overlapWithinProvider_namesBoth() {
        StandardValue<Money> a = StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D1, D3, Money.of("800"), "doc-a");
        StandardValue<Money> b = StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D2, Money.of("850"), "doc-b");
        assertThatThrownBy(() -> StandardSet.of("p", 1, List.of(b, a)))
                .isInstanceOfSatisfying(OverlappingStandardValuesException.class, e -> {
                    assertThat(e.first()).isEqualTo(a);
                    assertThat(e.second()).isEqualTo(b);
                    assertThat(e.getMessage()).contains("doc-a", "doc-b");
                });
    }

    @Test
    void standardSet_malformedProviderId_rejected() {
        assertThatThrownBy(() -> StandardSet.of("Jiangsu Province", 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider id");
    }

    @Test
    void toString_showsCodeRegionIntervalValueSource() {
        StandardValue<Money> v = StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D1, Money.of("803"), "苏民规");
        assertThat(v).hasToString("dibao.standard.urban@321112 [2022-01-01, ∞) = 803.00 (苏民规)");
    }

    @Test
    void illustrative_recognised() {
        assertThat(StandardValue.national(Dibao.GRACE_MONTHS, D1, 6, StandardValue.ILLUSTRATIVE)
                .isIllustrative()).isTrue();
    }
}
