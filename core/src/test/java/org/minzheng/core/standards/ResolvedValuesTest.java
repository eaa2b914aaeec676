package org.minzheng.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.tekun.Tekun;

/**
 * What a decision cites about the standards it used (issue 12, decision record 0240): the regional values chosen,
 * in a stable order, each with its source, told apart from documented defaults, national values and
 * illustrative figures.
 */
class ResolvedValuesTest {

    static final RegionCode DANTU = RegionCode.parse("321112");
    static final LocalDate D2022 = LocalDate.of(2022, 1, 1);

    static ResolvedStandards resolved() {
        StandardsResolver r = StandardsResolver.of(List.of(StandardSet.of("jiangsu", 100, List.of(
                StandardValue.of(Tekun.CARE_PARTIAL, DANTU, D2022, Money.of("300"), "镇政办发〔2022〕1号"),
                StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D2022, Money.of("900"), StandardValue.ILLUSTRATIVE),
                StandardValue.national(Tekun.AGE_ELDERLY, D2022, 60, "《特困人员认定办法》"),
                StandardValue.of(Dibao.STANDARD_RURAL, DANTU, D2022, Money.of("803"), "镇政办发〔2022〕1号")))));
        return r.resolve(DANTU, LocalDate.of(2022, 10, 1));
    }

    @Test
    void values_areTheChosenValuesByStandardCode_withoutDefaults() {
        ResolvedStandards s = resolved();
        assertThat(s.values()).extracting(v -> v.standard().code()).containsExactly("dibao.standard.rural",
                "dibao.standard.urban", "tekun.age.elderly", "tekun.care.partial");
        assertThat(s.values()).noneMatch(ResolvedValue::isDefault);
        // a default applies but is not listed among the values chosen
        assertThat(s.find(Dibao.ADDON_ELDERLY_AGE)).contains(60);
        assertThat(s.resolved(Dibao.ADDON_ELDERLY_AGE).isDefault()).isTrue();
        assertThat(s.resolved(Dibao.ADDON_ELDERLY_AGE).source()).isEqualTo(ResolvedValue.DEFAULT_SOURCE);
    }

    @Test
    void find_regionalValue_elseDefault_elseEmpty() {
        ResolvedStandards s = resolved();
        assertThat(s.find(Dibao.STANDARD_URBAN)).contains(Money.of("900"));
        assertThat(s.find(Tekun.AGE_MINOR)).contains(16);
        assertThat(s.find(Tekun.BASIC_URBAN)).isEmpty();
    }

    @Test
    void origin_tellsNationalRegionalAndIllustrative() {
        ResolvedStandards s = resolved();
        StandardValue<Integer> national = s.resolved(Tekun.AGE_ELDERLY).origin().orElseThrow();
        StandardValue<Money> urban = s.resolved(Dibao.STANDARD_URBAN).origin().orElseThrow();
        StandardValue<Money> rural = s.resolved(Dibao.STANDARD_RURAL).origin().orElseThrow();
        assertThat(national.isNational()).isTrue();
        assertThat(urban.isNational()).isFalse();
        assertThat(urban.isIllustrative()).isTrue();
        assertThat(rural.isIllustrative()).isFalse();
        assertThat(s.resolved(Dibao.STANDARD_RURAL).isDefault()).isFalse();
        assertThat(s.resolved(Dibao.STANDARD_RURAL).source()).isEqualTo("镇政办发〔2022〕1号");
    }

    @Test
    void aResolvedValueMustMatchItsOrigin() {
        StandardValue<Money> origin = StandardValue.of(Dibao.STANDARD_URBAN, DANTU, D2022, Money.of("900"), "x");
        assertThat(new ResolvedValue<>(Dibao.STANDARD_URBAN, Money.of("900"), Optional.of(origin)).value())
                .isEqualTo(Money.of("900"));
        assertThatThrownBy(() -> new ResolvedValue<>(Dibao.STANDARD_URBAN, Money.of("901"), Optional.of(origin)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResolvedValue<>(Dibao.STANDARD_RURAL, Money.of("900"), Optional.of(origin)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
