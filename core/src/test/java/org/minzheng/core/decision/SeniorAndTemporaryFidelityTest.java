package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.alone;
import static org.minzheng.core.decision.Fixtures.standardsBuilder;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.programs.senior.SeniorAllowanceBand;
import org.minzheng.core.programs.temporary.TemporaryAssistance;
import org.minzheng.core.programs.temporary.TemporaryNeed;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Person;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;

/** Issue 12: 尊老金 bands and ages as standards, rounding as a standard, 临时救助's yearly cap. */
class SeniorAndTemporaryFidelityTest {

    static Decision senior(LocalDate birth, YearMonth month, ResolvedStandards s) {
        Person p = Fixtures.person(birth).build();
        Household h = alone(p);
        return SeniorAllowance.PROGRAM.assess(SubjectFacts.forPerson(h, p.id(), month).build(), s);
    }

    /** A region with bands 80/90/95/100: 50, 100, 200, 300. */
    static ResolvedStandards fourBands() {
        return standardsBuilder().set(SeniorAllowance.EXTRA_FROM, 95).set(SeniorAllowance.EXTRA_AMOUNT, Money.of("200"))
                .build();
    }

    @Nested
    class SeniorBands {

        @Test
        void bornOn29February1932_is90InFebruary2022_andPaidThe90Band() {
            Decision d = senior(LocalDate.of(1932, 2, 29), YearMonth.of(2022, 2), Fixtures.standards());
            assertThat(d.amount()).isEqualTo(Money.of("100.00"));
            assertThat(d.category()).contains(SeniorAllowanceBand.AGE_90);
            assertThat(senior(LocalDate.of(1932, 2, 29), YearMonth.of(2022, 1), Fixtures.standards()).amount())
                    .isEqualTo(Money.of("50.00"));
        }

        @Test
        void aFourthBandAt95_needsNoCode() {
            YearMonth oct = YearMonth.of(2022, 10);
            assertThat(senior(LocalDate.of(1927, 10, 31), oct, fourBands()).amount()).isEqualTo(Money.of("200.00"));
            assertThat(senior(LocalDate.of(1927, 10, 31), oct, fourBands()).category().orElseThrow().code())
                    .isEqualTo("95-99");
            assertThat(senior(LocalDate.of(1927, 11, 1), oct, fourBands()).amount()).isEqualTo(Money.of("100.00"));
            assertThat(senior(LocalDate.of(1927, 11, 1), oct, fourBands()).category().orElseThrow().code())
                    .isEqualTo("90-94");
            assertThat(senior(LocalDate.of(1922, 10, 1), oct, fourBands()).amount()).isEqualTo(Money.of("300.00"));
        }

        @Test
        void aRegionalEnrolmentAgeOf70() {
            ResolvedStandards s = standardsBuilder().set(SeniorAllowance.AGE, 70).build();
            YearMonth oct = YearMonth.of(2022, 10);
            assertThat(senior(LocalDate.of(1952, 10, 31), oct, s).amount()).isEqualTo(Money.of("50.00"));
            assertThat(senior(LocalDate.of(1952, 10, 31), oct, s).category().orElseThrow().code()).isEqualTo("70-89");
            assertThat(senior(LocalDate.of(1952, 11, 1), oct, s).reasons()).containsExactly(SeniorAllowance.UNDER_AGE);
            // the screening candidate test lets a 70-year-old through
            Person p = Fixtures.person(LocalDate.of(1952, 10, 31)).build();
            assertThat(SeniorAllowance.PROGRAM.monthly().screening().isCandidate(p, oct)).isTrue();
        }

        @Test
        void nationalBands_keepTheirCategories() {
            YearMonth oct = YearMonth.of(2022, 10);
            assertThat(senior(LocalDate.of(1942, 10, 1), oct, Fixtures.standards()).category())
                    .contains(SeniorAllowanceBand.AGE_80);
            assertThat(senior(LocalDate.of(1922, 10, 1), oct, Fixtures.standards()).category())
                    .contains(SeniorAllowanceBand.AGE_100);
        }

        @Test
        void roundingIsAStandard() {
            ResolvedStandards s = standardsBuilder().set(SeniorAllowance.AMOUNT_80, Money.of("50.50"))
                    .set(SeniorAllowance.ROUNDING, Rounding.YUAN).build();
            assertThat(senior(LocalDate.of(1942, 10, 1), YearMonth.of(2022, 10), s).amount())
                    .isEqualTo(Money.of("51.00"));
        }

        @Test
        void property_theAllowanceNeverFallsAsAPersonAges_withFourBands() {
            qt().withFixedSeed(1216).withExamples(300).forAll(integers().between(0, 60 * 12))
                    .checkAssert(months -> {
                        LocalDate birth = LocalDate.of(1900, 1, 1).plusMonths(months);
                        YearMonth m = YearMonth.of(2022, 10);
                        Decision now = senior(birth, m, fourBands());
                        Decision later = senior(birth, m.plusMonths(1), fourBands());
                        assertThat(later.amount()).isGreaterThanOrEqualTo(now.amount());
                    });
        }
    }

    @Nested
    class YearlyCap {

        Decision temporary(TemporaryNeed need, ResolvedStandards s) {
            Household h = Fixtures.threePersons("1200");
            return Fixtures.assess(NationalPrograms.TEMPORARY_ASSISTANCE,
                    Req.forHousehold(h).temporaryNeed(need).build(), s);
        }

        ResolvedStandards capSix() {
            return standardsBuilder().set(TemporaryAssistance.YEARLY_CAP_MONTHS, new BigDecimal("6")).build();
        }

        @Test
        void aboveTheYearlyCap_paidAsAssessed_caseByCase_withCountyApproval() {
            // yearly cap 6 × 803 = 4818; received 3500 + 1500 = 5000 > 4818 → 一事一议, county, not capped to 1318
            Decision d = temporary(TemporaryNeed.expenditure(Money.of("1500")).withReceivedThisYear(Money.of("3500")),
                    capSix());
            assertThat(d.eligible()).isTrue();
            assertThat(d.amount()).isEqualTo(Money.of("1500.00"));
            assertThat(d.notes()).contains(TemporaryAssistance.CASE_BY_CASE);
            assertThat(d.approval()).contains(ApprovalLevel.COUNTY);
            assertThat(TemporaryAssistance.CASE_BY_CASE.chineseName()).contains("一事一议").contains("县级");
        }

        @Test
        void boundary_exactlyAtTheYearlyCap_isTheTownships() {
            Decision d = temporary(TemporaryNeed.emergency(Money.of("500")).withReceivedThisYear(Money.of("4318")),
                    capSix());
            assertThat(d.amount()).isEqualTo(Money.of("500.00"));
            assertThat(d.notes()).doesNotContain(TemporaryAssistance.CASE_BY_CASE);
            assertThat(d.approval()).contains(ApprovalLevel.TOWNSHIP);
        }

        @Test
        void boundary_aFenAboveTheYearlyCap_goesToTheCounty() {
            Decision d = temporary(TemporaryNeed.emergency(Money.of("500")).withReceivedThisYear(Money.of("4318.01")),
                    capSix());
            assertThat(d.amount()).isEqualTo(Money.of("500.00"));
            assertThat(d.notes()).contains(TemporaryAssistance.CASE_BY_CASE);
            assertThat(d.approval()).contains(ApprovalLevel.COUNTY);
        }

        @Test
        void theLedgerFigure_countsWhenLargerThanTheApplications() {
            Household h = Fixtures.threePersons("1200");
            var facts = org.minzheng.core.rule.SubjectFacts.forHousehold(h, Fixtures.OCT_2022)
                    .application(TemporaryNeed.emergency(Money.of("500")).withReceivedThisYear(Money.of("100")))
                    .paidThisYear(NationalPrograms.TEMPORARY_ASSISTANCE, Money.of("4400")).build();
            Decision d = TemporaryAssistance.PROGRAM.assess(facts, capSix());
            assertThat(d.notes()).contains(TemporaryAssistance.CASE_BY_CASE); // 4400 + 500 > 4818
            var smaller = org.minzheng.core.rule.SubjectFacts.forHousehold(h, Fixtures.OCT_2022)
                    .application(TemporaryNeed.emergency(Money.of("500")).withReceivedThisYear(Money.of("4400")))
                    .paidThisYear(NationalPrograms.TEMPORARY_ASSISTANCE, Money.of("0")).build();
            assertThat(TemporaryAssistance.PROGRAM.assess(smaller, capSix()).notes())
                    .contains(TemporaryAssistance.CASE_BY_CASE); // the application's larger figure still counts
        }

        @Test
        void atTheEmergencySite_onlyEmergencyHelp() {
            Decision e = temporary(TemporaryNeed.emergency(Money.of("500")).appliedAtEmergencySite(), capSix());
            assertThat(e.eligible()).isTrue();
            Decision x = temporary(TemporaryNeed.expenditure(Money.of("500")).appliedAtEmergencySite(), capSix());
            assertThat(x.eligible()).isFalse();
            assertThat(x.reasons()).containsExactly(TemporaryAssistance.NOT_RESIDENT);
        }

        @Test
        void withoutAYearlyCap_whatWasReceivedDoesNotMatter() {
            Decision d = temporary(TemporaryNeed.emergency(Money.of("500")).withReceivedThisYear(Money.of("90000")),
                    Fixtures.standards());
            assertThat(d.amount()).isEqualTo(Money.of("500.00"));
        }

        @Test
        void theApplicationFormatReadsReceivedThisYear_optionally() {
            var format = TemporaryAssistance.PROGRAM.application().orElseThrow();
            assertThat(format.read(java.util.Map.of("type", "emergency", "need", "100")))
                    .isEqualTo(TemporaryNeed.emergency(Money.of("100")));
            assertThat(format.read(java.util.Map.of("type", "emergency", "need", "100", "received-this-year", "20.50")))
                    .isEqualTo(TemporaryNeed.emergency(Money.of("100")).withReceivedThisYear(Money.of("20.50")));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> format.read(java.util.Map.of("type", "emergency",
                    "need", "100", "received-this-year", "-1"))).hasMessageContaining("received-this-year");
            assertThat(format.read(java.util.Map.of("type", "emergency", "need", "100", "applied-at", "emergency-site")))
                    .isEqualTo(TemporaryNeed.emergency(Money.of("100")).appliedAtEmergencySite());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> format.read(java.util.Map.of("type", "emergency",
                    "need", "100", "applied-at", "abroad"))).hasMessageContaining("applied-at");
        }

        @Test
        void property_neverNegative_neverAboveTheNeed_andCountyExactlyAboveTheCapOrTownshipLimit() {
            qt().withFixedSeed(1217).withExamples(300)
                    .forAll(integers().between(0, 6000), integers().between(0, 6000))
                    .checkAssert((need, received) -> {
                        Decision d = temporary(TemporaryNeed.expenditure(Money.of(need + ""))
                                .withReceivedThisYear(Money.of(received + "")), capSix());
                        assertThat(d.amount().isNegative()).isFalse();
                        assertThat(d.amount().amount()).isLessThanOrEqualTo(BigDecimal.valueOf(need));
                        assertThat(d.eligible()).isEqualTo(need > 0);
                        if (d.eligible()) {
                            boolean above = d.amount().amount().add(BigDecimal.valueOf(received))
                                    .compareTo(new BigDecimal("4818")) > 0;
                            assertThat(d.notes().contains(TemporaryAssistance.CASE_BY_CASE)).isEqualTo(above);
                            if (above) {
                                assertThat(d.approval()).contains(ApprovalLevel.COUNTY);
                            }
                        }
                    });
        }
    }
}
