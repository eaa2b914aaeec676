package org.minzheng.core.standards;

import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.tekun.Tekun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;

class StandardsResolverTest {

    static final RegionCode JIANGSU = RegionCode.parse("32");
    static final RegionCode ZHENJIANG = RegionCode.parse("3211");
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final RegionCode GAOZI = RegionCode.parse("321112001");
    static final RegionCode VILLAGE = RegionCode.parse("321112001001");
    static final RegionCode NANJING = RegionCode.parse("3201");
    static final LocalDate D2022 = LocalDate.of(2022, 1, 1);
    static final LocalDate D2023 = LocalDate.of(2023, 1, 1);

    static StandardValue<Money> urban(RegionCode region, LocalDate from, String amount) {
        return StandardValue.of(Dibao.STANDARD_URBAN, region, from, Money.of(amount), "test");
    }

    static StandardValue<Money> urban(RegionCode region, LocalDate from, LocalDate until, String amount) {
        return StandardValue.of(Dibao.STANDARD_URBAN, region, from, until, Money.of(amount), "test");
    }

    @Test
    void resolve_walksFromVillageUpToProvince() {
        StandardsResolver r = StandardsResolver.of(List.of(StandardSet.of("jiangsu", 100, List.of(
                urban(JIANGSU, D2022, "800"), urban(ZHENJIANG, D2022, "810"), urban(DANTU, D2022, "820")))));
        assertThat(r.resolve(VILLAGE, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("820"));
        assertThat(r.resolve(GAOZI, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("820"));
        assertThat(r.resolve(RegionCode.parse("321102"), D2023).get(Dibao.STANDARD_URBAN))
                .isEqualTo(Money.of("810"));
        assertThat(r.resolve(NANJING, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("800"));
    }

    @Test
    void resolve_nationalValueWhenNoRegionHasOne() {
        StandardsResolver r = StandardsResolver.of(List.of(StandardSet.of("nation", 0, List.of(
                StandardValue.national(Tekun.AGE_ELDERLY, D2022, 65, "test")))));
        ResolvedStandards rs = r.resolve(DANTU, D2023);
        assertThat(rs.get(Tekun.AGE_ELDERLY)).isEqualTo(65);
        assertThat(rs.resolved(Tekun.AGE_ELDERLY).origin().orElseThrow().isNational()).isTrue();
    }

    @Test
    void resolve_moreSpecificRegionBeatsHigherPriority() {
        // county value from a low-priority provider beats a province value from a high-priority one
        StandardsResolver r = StandardsResolver.of(List.of(
                StandardSet.of("low", 10, List.of(urban(DANTU, D2022, "820"))),
                StandardSet.of("high", 200, List.of(urban(JIANGSU, D2022, "900")))));
        assertThat(r.resolve(DANTU, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("820"));
    }

    @Test
    void resolve_higherPriorityWinsAtSameRegion() {
        StandardsResolver r = StandardsResolver.of(List.of(
                StandardSet.of("official", 100, List.of(urban(DANTU, D2022, "820"))),
                StandardSet.of("local-fix", 200, List.of(urban(DANTU, D2022, "830")))));
        ResolvedStandards rs = r.resolve(DANTU, D2023);
        assertThat(rs.get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("830"));
    }

    @Test
    void resolve_lowerPriorityUsedWhenHigherNotInForce() {
        StandardsResolver r = StandardsResolver.of(List.of(
                StandardSet.of("official", 100, List.of(urban(DANTU, D2022, "820"))),
                StandardSet.of("local-fix", 200, List.of(urban(DANTU, D2023, "830")))));
        assertThat(r.resolve(DANTU, LocalDate.of(2022, 6, 1)).get(Dibao.STANDARD_URBAN))
                .isEqualTo(Money.of("820"));
        assertThat(r.resolve(DANTU, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("830"));
    }

    @Test
    void resolve_independentOfProviderOrder() {
        List<StandardSet> sets = new ArrayList<>(List.of(
                StandardSet.of("a", 100, List.of(urban(DANTU, D2022, D2023, "820"))),
                StandardSet.of("b", 100, List.of(urban(DANTU, D2023, "840"), urban(JIANGSU, D2022, "700"))),
                StandardSet.of("c", 50, List.of(urban(DANTU, D2022, "999")))));
        StandardsResolver first = StandardsResolver.of(sets);
        Collections.reverse(sets);
        StandardsResolver second = StandardsResolver.of(sets);
        for (LocalDate d : List.of(D2022, LocalDate.of(2022, 12, 31), D2023, LocalDate.of(2030, 1, 1))) {
            assertThat(second.resolve(DANTU, d).values()).isEqualTo(first.resolve(DANTU, d).values());
        }
        assertThat(first.sets()).extracting(StandardSet::providerId).containsExactly("a", "b", "c");
        assertThat(second.sets()).extracting(StandardSet::providerId).containsExactly("a", "b", "c");
    }

    @Test
    void resolve_halfOpenInterval() {
        StandardsResolver r = StandardsResolver.of(List.of(StandardSet.of("p", 1, List.of(
                urban(DANTU, D2022, D2023, "800"), urban(DANTU, D2023, "850")))));
        assertThat(r.resolve(DANTU, LocalDate.of(2021, 12, 31)).find(Dibao.STANDARD_URBAN)).isEmpty();
        assertThat(r.resolve(DANTU, D2022).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("800"));
        assertThat(r.resolve(DANTU, LocalDate.of(2022, 12, 31)).get(Dibao.STANDARD_URBAN))
                .isEqualTo(Money.of("800"));
        assertThat(r.resolve(DANTU, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("850"));
    }

    @Test
    void of_overlapAcrossProvidersAtSamePriority_namesBoth() {
        StandardValue<Money> a = urban(DANTU, D2022, "820");
        StandardValue<Money> b = urban(DANTU, D2023, "830");
        assertThatThrownBy(() -> StandardsResolver.of(List.of(
                StandardSet.of("alpha", 100, List.of(a)), StandardSet.of("beta", 100, List.of(b)))))
                .isInstanceOfSatisfying(OverlappingStandardValuesException.class, e -> {
                    assertThat(List.of(e.first(), e.second())).containsExactlyInAnyOrder(a, b);
                    assertThat(List.of(e.firstProvider(), e.secondProvider())).containsExactlyInAnyOrder("alpha", "beta");
                    assertThat(e.getMessage()).contains("alpha", "beta", "820.00", "830.00", "dibao.standard.urban",
                            "321112");
                });
    }

    @Test
    void of_sameRegionDifferentPriority_noConflict() {
        StandardsResolver r = StandardsResolver.of(List.of(StandardSet.of("alpha", 100, List.of(urban(DANTU, D2022, "820"))),
                StandardSet.of("beta", 101, List.of(urban(DANTU, D2022, "830")))));
        assertThat(r.resolve(DANTU, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("830"));
    }

    @Test
    void of_adjacentIntervals_noConflict() {
        StandardsResolver r = StandardsResolver.of(List.of(StandardSet.of("alpha", 100, List.of(urban(DANTU, D2022, D2023, "820"))),
                StandardSet.of("beta", 100, List.of(urban(DANTU, D2023, "830")))));
        assertThat(r.resolve(DANTU, D2023.minusDays(1)).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("820"));
        assertThat(r.resolve(DANTU, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("830"));
    }

    @Test
    void of_duplicateProviderId_rejected() {
        assertThatThrownBy(() -> StandardsResolver.of(List.of(StandardSet.of("same", 1, List.of()),
                StandardSet.of("same", 2, List.of())))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'same'");
    }

    @Test
    void get_missingMandatory_namesStandardRegionAndDate() {
        ResolvedStandards rs = StandardsResolver.empty().resolve(DANTU, D2023);
        assertThatThrownBy(() -> rs.get(Dibao.STANDARD_RURAL))
                .isInstanceOfSatisfying(MissingStandardException.class, e -> {
                    assertThat(e.standard()).isEqualTo(Dibao.STANDARD_RURAL);
                    assertThat(e.region()).isEqualTo(DANTU);
                    assertThat(e.date()).isEqualTo(D2023);
                    assertThat(e.getMessage()).contains("dibao.standard.rural", "321112", "2023-01-01",
                            "农村最低生活保障标准");
                    assertThat(e.messageZh()).contains("农村最低生活保障标准", "321112");
                });
    }

    @Test
    void get_defaultWhenNoValue_sourceIsDefault() {
        ResolvedStandards rs = StandardsResolver.empty().resolve(DANTU, D2023);
        assertThat(rs.get(Dibao.ROUNDING)).isEqualTo(Rounding.FEN);
        assertThat(rs.resolved(Dibao.ADDON_SHARE_ELDERLY).source()).isEqualTo("default");
        assertThat(rs.resolved(Dibao.ADDON_SHARE_ELDERLY).isDefault()).isTrue();
        assertThat(rs.find(Dibao.ASSET_VEHICLES)).isEmpty();
        assertThat(rs.values()).isEmpty();
    }

    @Test
    void find_sameAnswerAsResolve() {
        StandardsResolver r = StandardsResolver.of(List.of(StandardSet.of("jiangsu", 100, List.of(
                urban(JIANGSU, D2022, "800"), urban(DANTU, D2023, "820")))));
        assertThat(r.find(Dibao.STANDARD_URBAN, GAOZI, D2022).orElseThrow().value()).isEqualTo(Money.of("800"));
        assertThat(r.find(Dibao.STANDARD_URBAN, GAOZI, D2023).orElseThrow().value()).isEqualTo(Money.of("820"));
        assertThat(r.find(Dibao.STANDARD_RURAL, GAOZI, D2023)).isEmpty();
    }

    @Test
    void with_reformReplacesChosenValuesOnly() {
        ResolvedStandards rs = StandardsResolver.of(List.of(StandardSet.of("jiangsu", 100, List.of(
                urban(JIANGSU, D2022, "800"),
                StandardValue.of(Dibao.STANDARD_RURAL, JIANGSU, D2022, Money.of("780"), "test")))))
                .resolve(DANTU, D2023);
        Reform reform = Reform.builder("urban 900").set(Dibao.STANDARD_URBAN, Money.of("900"))
                .set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.1")).build();
        ResolvedStandards what = rs.with(reform);
        assertThat(what.get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("900"));
        assertThat(what.resolved(Dibao.STANDARD_URBAN).source()).isEqualTo("reform: urban 900");
        assertThat(what.get(Dibao.STANDARD_RURAL)).isEqualTo(Money.of("780"));
        assertThat(what.get(Dibao.ADDON_SHARE_MINOR)).isEqualByComparingTo("0.1");
        assertThat(what.reforms()).containsExactly("urban 900");
        assertThat(rs.get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("800"));
    }

    @Test
    void with_reformWithinOtherRegion_noChange() {
        ResolvedStandards rs = ResolvedStandards.builder(DANTU, D2023).set(Dibao.STANDARD_URBAN,
                Money.of("800")).build();
        Reform reform = Reform.builder("nanjing").within(NANJING)
                .set(Dibao.STANDARD_URBAN, Money.of("900")).build();
        assertThat(rs.with(reform).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("800"));
        assertThat(rs.with(reform).reforms()).isEmpty();
    }

    @Test
    void with_reformFromADate_leavesEarlierDatesAsResolved() {
        Reform reform = Reform.builder("urban 900 from July").set(Dibao.STANDARD_URBAN, Money.of("900"))
                .from(LocalDate.of(2023, 7, 1)).build();
        ResolvedStandards june = ResolvedStandards.builder(DANTU, LocalDate.of(2023, 6, 1))
                .set(Dibao.STANDARD_URBAN, Money.of("800")).build();
        ResolvedStandards july = ResolvedStandards.builder(DANTU, LocalDate.of(2023, 7, 1))
                .set(Dibao.STANDARD_URBAN, Money.of("800")).build();
        assertThat(june.with(reform).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("800"));
        assertThat(june.with(reform).reforms()).isEmpty();
        assertThat(july.with(reform).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("900"));
        assertThat(reform.effective()).contains(LocalDate.of(2023, 7, 1));
        assertThat(reform.toString()).contains("from 2023-07-01");
        assertThatThrownBy(() -> Reform.builder("x").from(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void reformBuilder_wrongValue_rejected() {
        assertThatThrownBy(() -> Reform.builder("bad").set(Dibao.STANDARD_URBAN, Money.of("-1")))
                .isInstanceOf(InvalidStandardValueException.class).hasMessageContaining("dibao.standard.urban");
        assertThatThrownBy(() -> Reform.builder("empty").build()).isInstanceOf(IllegalStateException.class);
    }
}
