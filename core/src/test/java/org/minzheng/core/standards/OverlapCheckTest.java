package org.minzheng.core.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.dibao.Dibao;
import org.quicktheories.WithQuickTheories;

/**
 * Two values of one standard for one region at one priority must never be in force on the same day: a bureau's
 * standard has one value a day. The resolver finds such a pair wherever the two values sit among the providers'
 * sets — not only when they happen to be neighbours in the order given (issue 12, decision record 0240).
 */
class OverlapCheckTest implements WithQuickTheories {

    static final RegionCode JIANGSU = RegionCode.parse("32");
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final LocalDate D2022 = LocalDate.of(2022, 1, 1);
    static final LocalDate D2023 = LocalDate.of(2023, 1, 1);

    static StandardValue<Money> urban(RegionCode region, LocalDate from, LocalDate until, String amount) {
        return until == null ? StandardValue.of(Dibao.STANDARD_URBAN, region, from, Money.of(amount), "test")
                : StandardValue.of(Dibao.STANDARD_URBAN, region, from, until, Money.of(amount), "test");
    }

    @Test
    void overlapBetweenValuesThatAreNotNeighboursInTheSets_isFound() {
        // alpha lists Dantu 2022– and then Jiangsu; beta, at the same priority, lists Dantu from mid-2022:
        // the two Dantu values are far apart in the order given, yet both are in force on 2022-07-01
        StandardValue<Money> dantuAlpha = urban(DANTU, D2022, null, "820");
        StandardValue<Money> jiangsu = urban(JIANGSU, D2022, null, "700");
        StandardValue<Money> dantuBeta = urban(DANTU, LocalDate.of(2022, 7, 1), null, "830");
        assertThatThrownBy(() -> StandardsResolver.of(List.of(
                StandardSet.of("alpha", 100, List.of(dantuAlpha, jiangsu)),
                StandardSet.of("beta", 100, List.of(dantuBeta)))))
                .isInstanceOfSatisfying(OverlappingStandardValuesException.class, e ->
                        assertThat(List.of(e.first(), e.second())).containsExactlyInAnyOrder(dantuAlpha, dantuBeta));
    }

    @Test
    void overlapFoundWhateverTheOrderOfValuesWithinASet() {
        StandardValue<Money> early = urban(DANTU, D2022, D2023, "820");
        StandardValue<Money> other = urban(JIANGSU, D2022, null, "700");
        StandardValue<Money> late = urban(DANTU, LocalDate.of(2022, 12, 31), null, "830");
        for (List<StandardValue<Money>> alpha : List.of(List.of(early, other), List.of(other, early))) {
            assertThatThrownBy(() -> StandardsResolver.of(List.of(StandardSet.of("alpha", 100, alpha),
                    StandardSet.of("beta", 100, List.of(late)))))
                    .isInstanceOf(OverlappingStandardValuesException.class);
        }
        // one day later the two Dantu values meet without overlapping (half-open periods)
        StandardValue<Money> next = urban(DANTU, D2023, null, "830");
        StandardsResolver r = StandardsResolver.of(List.of(StandardSet.of("alpha", 100, List.of(other, early)),
                StandardSet.of("beta", 100, List.of(next))));
        assertThat(r.resolve(DANTU, D2023.minusDays(1)).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("820"));
        assertThat(r.resolve(DANTU, D2023).get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("830"));
    }

    @Test
    void overlapFound_whenAnotherStandardsValueFallsBetweenTheTwo() {
        // urban from 2022, rural from mid-2022, urban again from 2023 (still overlapping the first urban value):
        // by date alone the rural value sits between the two urban ones
        StandardValue<Money> urbanA = urban(DANTU, D2022, null, "820");
        StandardValue<Money> rural = StandardValue.of(Dibao.STANDARD_RURAL, DANTU, LocalDate.of(2022, 6, 1),
                Money.of("700"), "test");
        StandardValue<Money> urbanB = urban(DANTU, D2023, null, "830");
        assertThatThrownBy(() -> StandardsResolver.of(List.of(StandardSet.of("alpha", 100, List.of(urbanA, rural)),
                StandardSet.of("beta", 100, List.of(urbanB)))))
                .isInstanceOfSatisfying(OverlappingStandardValuesException.class, e ->
                        assertThat(List.of(e.first(), e.second())).containsExactlyInAnyOrder(urbanA, urbanB));
    }

    /** One generated value: which provider lists it, region, and its period. */
    record Spec(int provider, boolean county, int fromYear, int years) {

        StandardValue<Money> value(int n) {
            LocalDate from = LocalDate.of(fromYear, 1, 1);
            return urban(county ? DANTU : JIANGSU, from, years == 0 ? null : from.plusYears(years),
                    (800 + n) + "");
        }

        int priority() {
            return provider == 2 ? 50 : 100;
        }

        LocalDate until() {
            return years == 0 ? LocalDate.MAX : LocalDate.of(fromYear + years, 1, 1);
        }

        boolean clashesWith(Spec o) {
            return county == o.county && priority() == o.priority()
                    && fromYear < o.until().getYear() && o.fromYear < until().getYear();
        }
    }

    @Test
    void refusedExactlyWhenTwoValuesAtOnePriorityOverlap_inAnyArrangement() {
        qt().withExamples(1_000).forAll(lists().of(integers().between(0, 3 * 2 * 5 * 4 - 1)).ofSizeBetween(1, 7))
                .checkAssert(codes -> {
                    List<Spec> specs = new ArrayList<>();
                    for (int c : codes) {
                        specs.add(new Spec(c % 3, c / 3 % 2 == 0, 2020 + c / 6 % 5, c / 30 % 4));
                    }
                    boolean clash = false;
                    for (int i = 0; i < specs.size(); i++) {
                        for (int j = i + 1; j < specs.size(); j++) {
                            clash |= specs.get(i).clashesWith(specs.get(j));
                        }
                    }
                    Map<Integer, List<StandardValue<?>>> byProvider = new LinkedHashMap<>();
                    for (int i = 0; i < specs.size(); i++) {
                        byProvider.computeIfAbsent(specs.get(i).provider(), k -> new ArrayList<>())
                                .add(specs.get(i).value(i));
                    }
                    Throwable t = catchThrowable(() -> {
                        List<StandardSet> sets = new ArrayList<>();
                        byProvider.forEach((p, values) -> sets.add(StandardSet.of("p" + p, p == 2 ? 50 : 100,
                                values)));
                        StandardsResolver.of(sets);
                    });
                    if (clash) {
                        assertThat(t).as("%s", specs).isInstanceOf(OverlappingStandardValuesException.class);
                    } else {
                        assertThat(t).as("%s", specs).isNull();
                    }
                });
    }
}
