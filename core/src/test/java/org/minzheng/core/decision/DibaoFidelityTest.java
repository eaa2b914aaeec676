package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.born;
import static org.minzheng.core.decision.Fixtures.household;
import static org.minzheng.core.decision.Fixtures.standardsBuilder;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.dibaoedge.DibaoEdge;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.rule.GradualExit;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * Issue 12, 低保: income exclusions and work-cost deductions as regional standards, the minor age as a standard,
 * the cause of gradual exit, 单人保 and 低保边缘家庭. Standard 803 (Fixtures) unless stated.
 */
class DibaoFidelityTest {

    static Decision dibao(Household h, ResolvedStandards s) {
        return Dibao.PROGRAM.assess(Fixtures.facts(h).build(), s);
    }

    static Decision edge(Household h, ResolvedStandards s) {
        return DibaoEdge.PROGRAM.assess(Fixtures.facts(h).build(), s);
    }

    static Household single(IncomeKind kind, String amount, IncomeKind kind2, String amount2) {
        Person head = born(1975, 5, 5);
        Household.Builder b = household(head).income(Income.of(kind, Money.of(amount), head.id()));
        if (kind2 != null) {
            b.income(Income.of(kind2, Money.of(amount2), head.id()));
        }
        return b.build();
    }

    @Nested
    class Exclusions {

        @Test
        void basicPensionFamilyPlanningRewardAndAssistance_notCountedNationally() {
            // an elderly farmer: personal-account pension 100 counts; base amount 148, family-planning award 120,
            // a reward 50 and assistance 200 do not: 803 − 100 = 703
            Person head = born(1955, 5, 5);
            Household h = household(head)
                    .income(Income.of(IncomeKind.PENSION, Money.of("100"), head.id()))
                    .income(Income.of(IncomeKind.BASIC_PENSION, Money.of("148"), head.id()))
                    .income(Income.of(IncomeKind.FAMILY_PLANNING_AWARD, Money.of("120"), head.id()))
                    .income(Income.of(IncomeKind.REWARD, Money.of("50"), head.id()))
                    .income(Income.of(IncomeKind.SOCIAL_ASSISTANCE, Money.of("200"), head.id())).build();
            Decision d = dibao(h, Fixtures.standards());
            assertThat(d.amount()).isEqualTo(Money.of("703.00"));
            assertThat(d.explanation().render(Locale.CHINA)).contains("518.00");
        }

        @Test
        void regionCountingTheBasicPension_countsItInFull() {
            // a region that counts the basic pension: 803 − (100 + 148) = 555
            Household h = single(IncomeKind.PENSION, "100", IncomeKind.BASIC_PENSION, "148");
            ResolvedStandards s = standardsBuilder().set(Dibao.EXCLUDE_BASIC_PENSION, false).build();
            assertThat(dibao(h, s).amount()).isEqualTo(Money.of("555.00"));
            assertThat(dibao(h, s).standardsUsed()).extracting(v -> v.standard().code())
                    .contains("dibao.income.exclude.basic-pension");
        }

        @Test
        void eachExclusionStandard_decidesOnlyItsOwnKind() {
            for (IncomeKind kind : new IncomeKind[] {IncomeKind.FAMILY_PLANNING_AWARD, IncomeKind.REWARD,
                    IncomeKind.SOCIAL_ASSISTANCE, IncomeKind.BASIC_PENSION}) {
                Household h = single(IncomeKind.WAGE, "300", kind, "200");
                ResolvedStandards counted = standardsBuilder().set(Dibao.EXCLUDE_BASIC_PENSION, false)
                        .set(Dibao.EXCLUDE_FAMILY_PLANNING, false).set(Dibao.EXCLUDE_REWARD, false)
                        .set(Dibao.EXCLUDE_SOCIAL_ASSISTANCE, false).build();
                assertThat(dibao(h, Fixtures.standards()).amount()).as(kind.code()).isEqualTo(Money.of("503.00"));
                assertThat(dibao(h, counted).amount()).as(kind.code()).isEqualTo(Money.of("303.00"));
            }
        }

        @Test
        void veteransBenefit_neverCounted() {
            Household h = single(IncomeKind.VETERANS_BENEFIT, "2000", null, null);
            assertThat(dibao(h, Fixtures.standards()).amount()).isEqualTo(Money.of("803.00"));
        }

        @Test
        void property_anExcludedIncomeNeverChangesTheDecision_aCountedOneLowersTheBaseByItself() {
            IncomeKind[] kinds = {IncomeKind.FAMILY_PLANNING_AWARD, IncomeKind.REWARD, IncomeKind.SOCIAL_ASSISTANCE,
                    IncomeKind.BASIC_PENSION};
            qt().withFixedSeed(1212).withExamples(300)
                    .forAll(integers().between(0, 1600), integers().between(1, 800), integers().between(0, 3),
                            booleans().all())
                    .checkAssert((wage, extra, k, exclude) -> {
                        Household without = single(IncomeKind.WAGE, wage + ".00", null, null);
                        Household with = single(IncomeKind.WAGE, wage + ".00", kinds[k], extra + ".00");
                        ResolvedStandards s = standardsBuilder().set(Dibao.EXCLUDE_BASIC_PENSION, exclude)
                                .set(Dibao.EXCLUDE_FAMILY_PLANNING, exclude).set(Dibao.EXCLUDE_REWARD, exclude)
                                .set(Dibao.EXCLUDE_SOCIAL_ASSISTANCE, exclude).build();
                        Decision a = dibao(without, s);
                        Decision b = dibao(with, s);
                        if (exclude) {
                            assertThat(b.amount()).isEqualTo(a.amount());
                            assertThat(b.eligible()).isEqualTo(a.eligible());
                        } else if (wage + extra < 803) {
                            assertThat(a.amount().amount().subtract(b.amount().amount()))
                                    .isEqualByComparingTo(BigDecimal.valueOf(extra));
                        } else {
                            assertThat(b.eligible()).isFalse();
                        }
                    });
        }
    }

    @Nested
    class WorkCosts {

        @Test
        void deductedFromEachEarnersWage_neverBelowZero() {
            // costs 150 a worker: head's wage 1000 → 850, spouse's wage 100 → 0; 803 × 3 − 850 = 1559
            Person head = born(1975, 3, 8);
            Person spouse = born(1978, 6, 20);
            Household h = household(head).member(spouse, Relation.SPOUSE).member(born(2010, 9, 1), Relation.CHILD)
                    .income(Income.of(IncomeKind.WAGE, Money.of("1000"), head.id()))
                    .income(Income.of(IncomeKind.WAGE, Money.of("100"), spouse.id()))
                    .income(Income.of(IncomeKind.PENSION, Money.of("0"), spouse.id())).build();
            ResolvedStandards s = standardsBuilder().set(Dibao.WORK_COSTS, Money.of("150")).build();
            Decision d = dibao(h, s);
            assertThat(d.amount()).isEqualTo(Money.of("1559.00"));
            assertThat(d.explanation().render(Locale.ENGLISH)).contains("250.00");
            // without the standard no deduction: 2409 − 1100 = 1309
            assertThat(dibao(h, Fixtures.standards()).amount()).isEqualTo(Money.of("1309.00"));
        }

        @Test
        void onlyWagesAreReduced_notPensionsOrBusiness() {
            Household h = single(IncomeKind.PENSION, "500", IncomeKind.BUSINESS, "100");
            ResolvedStandards s = standardsBuilder().set(Dibao.WORK_COSTS, Money.of("150")).build();
            assertThat(dibao(h, s).amount()).isEqualTo(Money.of("203.00"));
        }

        @Test
        void deductionCanBringAHouseholdUnderTheLine() {
            // wage 900 ≥ 803; less 150 → 750 < 803: eligible for 53
            Household h = single(IncomeKind.WAGE, "900", null, null);
            assertThat(dibao(h, Fixtures.standards()).eligible()).isFalse();
            ResolvedStandards s = standardsBuilder().set(Dibao.WORK_COSTS, Money.of("150")).build();
            assertThat(dibao(h, s).amount()).isEqualTo(Money.of("53.00"));
        }

        @Test
        void property_theDeductionRaisesTheAmountByAtMostTheCostsOfEachEarner() {
            qt().withFixedSeed(1213).withExamples(300)
                    .forAll(integers().between(0, 1500), integers().between(0, 1500), integers().between(0, 400))
                    .checkAssert((w1, w2, costs) -> {
                        Person a = born(1975, 3, 8);
                        Person b = born(1978, 6, 20);
                        Household h = household(a).member(b, Relation.SPOUSE)
                                .income(Income.of(IncomeKind.WAGE, Money.of(w1 + ""), a.id()))
                                .income(Income.of(IncomeKind.WAGE, Money.of(w2 + ""), b.id())).build();
                        Decision without = dibao(h, Fixtures.standards());
                        Decision with = dibao(h, standardsBuilder().set(Dibao.WORK_COSTS, Money.of(costs + "")).build());
                        int deducted = Math.min(w1, costs) + Math.min(w2, costs);
                        assertThat(with.amount()).isGreaterThanOrEqualTo(without.amount());
                        if (with.eligible()) {
                            assertThat(with.amount().amount()).isEqualByComparingTo(
                                    BigDecimal.valueOf(2 * 803 - (w1 + w2 - deducted)));
                        }
                        if (without.eligible()) {
                            assertThat(with.amount().amount().subtract(without.amount().amount()))
                                    .isEqualByComparingTo(BigDecimal.valueOf(deducted));
                        }
                    });
        }
    }

    @Nested
    class MinorAge {

        @Test
        void regionalMinorAge16_childOf16GetsNoAddOn() {
            Person head = born(1975, 2, 10);
            Household h = household(head).member(born(2006, 1, 1), Relation.CHILD)
                    .income(Income.of(IncomeKind.WAGE, Money.of("1000"), head.id())).build();
            ResolvedStandards national = standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.1")).build();
            ResolvedStandards sixteen = standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.1"))
                    .set(Dibao.ADDON_MINOR_AGE, 16).build();
            // 16 years old on 2022-10-31: a minor under 18 (+80.30), not under 16
            assertThat(dibao(h, national).amount()).isEqualTo(Money.of("686.30"));
            assertThat(dibao(h, sixteen).amount()).isEqualTo(Money.of("606.00"));
        }
    }

    @Nested
    class GradualExitCause {

        @Test
        void incomeAboveTheLineThroughWork_notesTheCause_andOpensGradualExit() {
            // pension 300 alone is below 803; a new wage of 600 lifts it to 900
            Household h = single(IncomeKind.PENSION, "300", IncomeKind.WAGE, "600");
            Decision d = dibao(h, Fixtures.standards());
            assertThat(d.reasons()).containsExactly(Dibao.INCOME_NOT_BELOW_STANDARD);
            assertThat(d.notes()).contains(Dibao.INCOME_FROM_WORK);
            GradualExit g = Dibao.PROGRAM.monthly().gradualExit().orElseThrow();
            assertThat(g.opensOn(d)).isTrue();
        }

        @Test
        void incomeAboveTheLineWithoutWork_noGradualExit() {
            // a pension of 900: above the line, no one works
            Household h = single(IncomeKind.PENSION, "900", null, null);
            Decision d = dibao(h, Fixtures.standards());
            assertThat(d.reasons()).containsExactly(Dibao.INCOME_NOT_BELOW_STANDARD);
            assertThat(d.notes()).doesNotContain(Dibao.INCOME_FROM_WORK);
            assertThat(Dibao.PROGRAM.monthly().gradualExit().orElseThrow().opensOn(d)).isFalse();
        }

        @Test
        void propertyIncomeAloneAboveTheLine_evenWithWages_noGradualExit() {
            // pension 810 is above 803 by itself: the wage is not why the household left the line
            Household h = single(IncomeKind.PENSION, "810", IncomeKind.WAGE, "100");
            assertThat(dibao(h, Fixtures.standards()).notes()).doesNotContain(Dibao.INCOME_FROM_WORK);
        }

        @Test
        void boundary_withoutWorkExactlyAtTheLine_isNotThroughWork() {
            Household h = single(IncomeKind.PENSION, "803", IncomeKind.WAGE, "1");
            assertThat(dibao(h, Fixtures.standards()).notes()).doesNotContain(Dibao.INCOME_FROM_WORK);
            Household h2 = single(IncomeKind.PENSION, "802.99", IncomeKind.WAGE, "0.01");
            assertThat(dibao(h2, Fixtures.standards()).notes()).contains(Dibao.INCOME_FROM_WORK);
        }

        @Test
        void property_theCauseIsNotedExactlyWhenWorkLiftsTheHouseholdOverTheLine() {
            qt().withFixedSeed(1214).withExamples(400)
                    .forAll(integers().between(0, 1200), integers().between(0, 1200), integers().between(0, 600))
                    .checkAssert((pension, wage, business) -> {
                        Person head = born(1975, 5, 5);
                        Household h = household(head)
                                .income(Income.of(IncomeKind.PENSION, Money.of(pension + ""), head.id()))
                                .income(Income.of(IncomeKind.WAGE, Money.of(wage + ""), head.id()))
                                .income(Income.of(IncomeKind.BUSINESS, Money.of(business + ""), head.id())).build();
                        Decision d = dibao(h, Fixtures.standards());
                        boolean above = pension + wage + business >= 803;
                        boolean throughWork = above && pension < 803;
                        assertThat(d.eligible()).isEqualTo(!above);
                        assertThat(d.notes().contains(Dibao.INCOME_FROM_WORK)).isEqualTo(throughWork);
                    });
        }
    }

    @Nested
    class SinglePersonCover {

        /** Head works (1300), son aged 30 grade-1 disabled without income: 1300 / 2 = 650 per capita. */
        Household withDisabledSon(String wage) {
            Person head = born(1960, 4, 4);
            Person son = Fixtures.person(LocalDate.of(1992, 7, 7))
                    .disability(Fixtures.disability(DisabilityCategory.PHYSICAL, 1)).build();
            return household(head).member(son, Relation.CHILD)
                    .income(Income.of(IncomeKind.WAGE, Money.of(wage), head.id())).build();
        }

        ResolvedStandards allowed() {
            return standardsBuilder().set(Dibao.SINGLE_PERSON_COVER, true)
                    .set(Dibao.ADDON_SHARE_SEVERE_DISABILITY, new BigDecimal("0.2")).build();
        }

        @Test
        void severelyDisabledSonOfAnEdgeHousehold_isCoveredAlone() {
            // 2000 / 2 = 1000 per capita: not below 803, below 1.5 × 803 = 1204.50 → edge; the son (no income)
            // is covered alone: 803 − 0 = 803, + 0.2 × 803 = 160.60 → 963.60
            Decision d = dibao(withDisabledSon("2000"), allowed());
            assertThat(d.eligible()).isTrue();
            assertThat(d.notes()).contains(Dibao.SINGLE_PERSON);
            assertThat(d.amount()).isEqualTo(Money.of("963.60"));
            assertThat(d.components()).extracting(DecisionComponent::kind)
                    .containsExactly(PaymentComponent.BASE, PaymentComponent.ADD_ON);
            assertThat(d.components().get(0).person()).isPresent();
        }

        @Test
        void regionWithoutSinglePersonCover_refuses() {
            Decision d = dibao(withDisabledSon("2000"), Fixtures.standards());
            assertThat(d.eligible()).isFalse();
            assertThat(d.reasons()).containsExactly(Dibao.INCOME_NOT_BELOW_STANDARD);
        }

        @Test
        void boundary_householdAtTheEdgeMultiple_isNotOnTheEdge() {
            // 1.5 × 803 × 2 = 2409: income 2409 is not below it; 2408.99 is
            assertThat(dibao(withDisabledSon("2409"), allowed()).eligible()).isFalse();
            assertThat(dibao(withDisabledSon("2408.99"), allowed()).eligible()).isTrue();
        }

        @Test
        void noSeverelyDisabledOrIllMember_noCover() {
            Person head = born(1960, 4, 4);
            Household h = household(head).member(born(1992, 7, 7), Relation.CHILD)
                    .income(Income.of(IncomeKind.WAGE, Money.of("2000"), head.id())).build();
            assertThat(dibao(h, allowed()).eligible()).isFalse();
        }

        @Test
        void assetsOverTheLimit_noCover() {
            Household h = withDisabledSon("2000").toBuilder().assets(new Assets(Money.ZERO, Money.ZERO, 1,
                    Money.of("50000"), 0, Money.ZERO)).build();
            ResolvedStandards s = standardsBuilder().set(Dibao.SINGLE_PERSON_COVER, true)
                    .set(Dibao.ASSET_VEHICLES, 0).build();
            Decision d = dibao(h, s);
            assertThat(d.eligible()).isFalse();
            assertThat(d.reasons()).contains(Dibao.INCOME_NOT_BELOW_STANDARD, Dibao.VEHICLES_OVER_LIMIT);
        }
    }

    @Nested
    class EdgeHouseholds {

        @Test
        void perCapitaBetweenTheStandardAndOneAndAHalfTimesIt_isOnTheEdge() {
            // 3 persons, wage 3000: 1000 per capita, 803 ≤ 1000 < 1204.50
            Decision d = edge(Fixtures.threePersons("3000"), Fixtures.standards());
            assertThat(d.eligible()).isTrue();
            assertThat(d.amount()).isEqualTo(Money.ZERO);
        }

        @Test
        void boundaries() {
            // at the standard: a dibao household, not an edge one; at 1.5 × the standard: neither
            assertThat(edge(Fixtures.threePersons("2408.99"), Fixtures.standards()).reasons())
                    .containsExactly(DibaoEdge.BELOW_DIBAO);
            assertThat(edge(Fixtures.threePersons("2409"), Fixtures.standards()).eligible()).isTrue();
            assertThat(edge(Fixtures.threePersons("3613.49"), Fixtures.standards()).eligible()).isTrue();
            assertThat(edge(Fixtures.threePersons("3613.50"), Fixtures.standards()).reasons())
                    .containsExactly(DibaoEdge.INCOME_NOT_BELOW_MULTIPLE);
        }

        @Test
        void aRegionalMultiple_2() {
            ResolvedStandards s = standardsBuilder().set(Dibao.EDGE_MULTIPLE, new BigDecimal("2")).build();
            assertThat(edge(Fixtures.threePersons("4000"), s).eligible()).isTrue();
        }

        @Test
        void aHouseholdInDibao_isNotAnEdgeHousehold() {
            Household h = Fixtures.threePersons("3000");
            Decision d = DibaoEdge.PROGRAM.assess(Fixtures.facts(h)
                    .enrolments(Fixtures.householdIn(h, NationalPrograms.DIBAO)).build(), Fixtures.standards());
            assertThat(d.reasons()).containsExactly(DibaoEdge.IN_DIBAO);
        }

        @Test
        void property_noHouseholdIsBothADibaoAndAnEdgeHousehold_andEveryHouseholdBelowTheMultipleIsOneOfThem() {
            qt().withFixedSeed(1215).withExamples(300)
                    .forAll(integers().between(0, 5000), integers().between(0, 2))
                    .checkAssert((wage, vehicles) -> {
                        Household h = Fixtures.threePersons(wage + "").toBuilder()
                                .assets(new Assets(Money.ZERO, Money.ZERO, vehicles, Money.ZERO, 0, Money.ZERO)).build();
                        ResolvedStandards s = standardsBuilder().set(Dibao.ASSET_VEHICLES, 1).build();
                        boolean inDibao = dibao(h, s).eligible();
                        boolean onEdge = edge(h, s).eligible();
                        assertThat(inDibao && onEdge).isFalse();
                        if (vehicles <= 1 && wage < 3613.5) {
                            assertThat(inDibao || onEdge).isTrue();
                        }
                    });
        }
    }

    @Nested
    class Tiers {

        /** Tiers: below 0.3 × S → 0.9 S a member; below 0.6 × S → 0.6 S; up to S → 0.3 S. */
        ResolvedStandards tiered() {
            return standardsBuilder().set(Dibao.AMOUNT_METHOD, org.minzheng.core.programs.dibao.AmountMethod.TIERED)
                    .set(Dibao.TIER_1_BELOW, new BigDecimal("0.3")).set(Dibao.TIER_1_SHARE, new BigDecimal("0.9"))
                    .set(Dibao.TIER_2_BELOW, new BigDecimal("0.6")).set(Dibao.TIER_2_SHARE, new BigDecimal("0.6"))
                    .set(Dibao.TIER_3_SHARE, new BigDecimal("0.3")).build();
        }

        @Test
        void eachTier_paysItsShareOfTheStandardPerMember() {
            // 3 persons, S × n = 2409: tier 1 below 722.70, tier 2 below 1445.40, tier 3 below 2409
            assertThat(dibao(Fixtures.threePersons("0"), tiered()).amount()).isEqualTo(Money.of("2168.10"));
            assertThat(dibao(Fixtures.threePersons("722.69"), tiered()).amount()).isEqualTo(Money.of("2168.10"));
            assertThat(dibao(Fixtures.threePersons("722.70"), tiered()).amount()).isEqualTo(Money.of("1445.40"));
            assertThat(dibao(Fixtures.threePersons("1445.40"), tiered()).amount()).isEqualTo(Money.of("722.70"));
            assertThat(dibao(Fixtures.threePersons("2408.99"), tiered()).amount()).isEqualTo(Money.of("722.70"));
            assertThat(dibao(Fixtures.threePersons("2409"), tiered()).eligible()).isFalse();
        }

        @Test
        void tieredWithoutItsTiers_isAnInconsistentSetOfStandards() {
            ResolvedStandards s = standardsBuilder()
                    .set(Dibao.AMOUNT_METHOD, org.minzheng.core.programs.dibao.AmountMethod.TIERED).build();
            assertThat(Dibao.PROGRAM.relations()).anySatisfy(r -> assertThat(r.test(s)).isPresent());
        }

        @Test
        void property_tieredAmountsNeverRiseWithIncome() {
            qt().withFixedSeed(1219).withExamples(300)
                    .forAll(integers().between(0, 2500), integers().between(0, 300))
                    .checkAssert((wage, more) -> {
                        Decision a = dibao(Fixtures.threePersons(wage + ""), tiered());
                        Decision b = dibao(Fixtures.threePersons((wage + more) + ""), tiered());
                        assertThat(b.amount()).isLessThanOrEqualTo(a.amount());
                    });
        }
    }

    @Test
    void aChildBornAfterTheMonth_isNoMember_andEarnsNoMinorAddOn() {
        // issue 12: a child born 2023-03 in a 2022-10 assessment
        Person head = born(1990, 1, 1);
        Household h = household(head).member(Fixtures.person(LocalDate.of(2023, 3, 1)).build(), Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("300"), head.id())).build();
        ResolvedStandards s = standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.1")).build();
        Decision d = dibao(h, s);
        assertThat(d.amount()).isEqualTo(Money.of("503.00"));
        assertThat(d.components()).extracting(DecisionComponent::kind).containsExactly(PaymentComponent.BASE);
        assertThat(OCT_2022).isNotNull();
    }
}
