package org.minzheng.core.decision;

import org.minzheng.core.rule.MissingFactException;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.programs.temporary.TemporaryAssistance;
import org.minzheng.core.programs.livingsubsidy.DisabilityLivingSubsidy;
import org.minzheng.core.programs.caresubsidy.DisabilityCareSubsidy;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.programs.homecare.HomeCare;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.programs.temporary.TemporaryNeed;
import org.minzheng.core.programs.senior.SeniorAllowanceBand;
import org.minzheng.core.programs.homecare.HomeCareGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.alone;
import static org.minzheng.core.decision.Fixtures.born;
import static org.minzheng.core.decision.Fixtures.disability;
import static org.minzheng.core.decision.Fixtures.household;
import static org.minzheng.core.decision.Fixtures.person;
import static org.minzheng.core.decision.Fixtures.standards;
import static org.minzheng.core.decision.Fixtures.standardsBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;


import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.PaymentComponent;


import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.SelfCareAbility;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.standards.AgeBasis;
import org.minzheng.core.standards.MissingStandardException;
import org.minzheng.core.standards.ResolvedStandards;

class PersonProgramsTest {

    static Decision assess(ProgramCode program, Household h, Person p) {
        return Fixtures.assess(program, Req.forPerson(h, p.id()).build(), standards());
    }

    @Nested
    class TekunRule {

        Decision tekun(SubjectFacts r) {
            return Fixtures.assess(NationalPrograms.TEKUN, r, standards());
        }

        Decision tekun(SubjectFacts r, ResolvedStandards s) {
            return Fixtures.assess(NationalPrograms.TEKUN, r, s);
        }

        @Test
        void assess_elderlyAlonePartialSelfCare_basicPlusCare() {
            // 1.3 × 803 = 1043.90 basic + 300 partial care (2 activities lost) = 1343.90
            Person p = person(LocalDate.of(1952, 1, 1))
                    .selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING, ActivityOfDailyLiving.DRESSING)).build();
            Decision d = tekun(Req.forPerson(alone(p), p.id()).build());
            assertThat(d.eligible()).isTrue();
            assertThat(d.amount()).isEqualTo(Money.of("1343.90"));
            assertThat(d.category()).contains(SelfCareAbility.PARTIALLY_LOST);
            assertThat(d.amountsByComponent()).containsEntry(PaymentComponent.BASE, Money.of("1043.90"))
                    .containsEntry(PaymentComponent.CARE, Money.of("300.00"));
            assertThat(d.notes()).contains(Tekun.NOT_ALSO_DIBAO);
        }

        @Test
        void assess_careTiers_byActivitiesLost() {
            // 0 lost → 100; 3 lost → 300; 4 lost → 600 (plus 1043.90 basic)
            Person able = person(LocalDate.of(1952, 1, 1)).selfCare(SelfCare.ABLE).build();
            Person three = person(LocalDate.of(1952, 1, 1)).selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING,
                    ActivityOfDailyLiving.DRESSING, ActivityOfDailyLiving.EATING)).build();
            Person four = person(LocalDate.of(1952, 1, 1)).selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING,
                    ActivityOfDailyLiving.DRESSING, ActivityOfDailyLiving.EATING, ActivityOfDailyLiving.TOILETING)).build();
            assertThat(tekun(Req.forPerson(alone(able), able.id()).build()).amount())
                    .isEqualTo(Money.of("1143.90"));
            assertThat(tekun(Req.forPerson(alone(three), three.id()).build()).amount())
                    .isEqualTo(Money.of("1343.90"));
            Decision d4 = tekun(Req.forPerson(alone(four), four.id()).build());
            assertThat(d4.amount()).isEqualTo(Money.of("1643.90"));
            assertThat(d4.category()).contains(SelfCareAbility.FULLY_LOST);
        }

        @Test
        void assess_noSelfCareRecord_selfCareTierWithNote() {
            Person p = born(1952, 1, 1);
            Decision d = tekun(Req.forPerson(alone(p), p.id()).build());
            assertThat(d.amount()).isEqualTo(Money.of("1143.90"));
            assertThat(d.notes()).contains(Tekun.SELF_CARE_NOT_ASSESSED);
        }

        @Test
        void assess_basicAmountWinsOverMultiple() {
            // tekun.basic.rural 1100 + care 100 = 1200.00
            Person p = person(LocalDate.of(1952, 1, 1)).selfCare(SelfCare.ABLE).build();
            Decision d = tekun(Req.forPerson(alone(p), p.id()).build(),
                    standardsBuilder().set(Tekun.BASIC_RURAL, Money.of("1100")).build());
            assertThat(d.amount()).isEqualTo(Money.of("1200.00"));
        }

        @Test
        void assess_noBasicStandard_missingNamesMultiple() {
            Person p = born(1952, 1, 1);
            ResolvedStandards s = ResolvedStandards.builder(Fixtures.GAOQIAO, OCT_2022.atDay(1))
                    .set(Dibao.STANDARD_RURAL, Money.of("803")).build();
            assertThatThrownBy(() -> tekun(Req.forPerson(alone(p), p.id()).build(), s))
                    .isInstanceOf(MissingStandardException.class).hasMessageContaining("tekun.basic.multiple");
        }

        @Test
        void assess_labourCapacityByDisability() {
            // 40 years old: physical grade 2 → unable to work; physical grade 3 → able; intellectual grade 3 → unable
            Person g2 = person(LocalDate.of(1982, 1, 1)).disability(disability(DisabilityCategory.PHYSICAL, 2)).build();
            Person g3 = person(LocalDate.of(1982, 1, 1)).disability(disability(DisabilityCategory.PHYSICAL, 3)).build();
            Person i3 = person(LocalDate.of(1982, 1, 1)).disability(disability(DisabilityCategory.INTELLECTUAL, 3)).build();
            Person none = born(1982, 1, 1);
            assertThat(tekun(Req.forPerson(alone(g2), g2.id()).build()).eligible()).isTrue();
            assertThat(tekun(Req.forPerson(alone(g3), g3.id()).build()).reasons())
                    .containsExactly(Tekun.HAS_LABOUR_CAPACITY);
            assertThat(tekun(Req.forPerson(alone(i3), i3.id()).build()).eligible()).isTrue();
            assertThat(tekun(Req.forPerson(alone(none), none.id()).build()).reasons())
                    .containsExactly(Tekun.NOT_IN_GROUP);
        }

        @Test
        void assess_minorAges_16ForNew18ForContinued() {
            // born 2006-10-31: 16 on the last day of October 2022
            Person child = born(2006, 10, 31);
            Person child15 = born(2006, 11, 1);
            Household h1 = alone(child);
            assertThat(tekun(Req.forPerson(h1, child.id()).build()).reasons())
                    .containsExactly(Tekun.NOT_IN_GROUP);
            assertThat(tekun(Req.forPerson(h1, child.id()).enrolled(child.id(), NationalPrograms.TEKUN).build())
                    .eligible()).isTrue();
            assertThat(tekun(Req.forPerson(alone(child15), child15.id()).build()).eligible()).isTrue();
        }

        @Test
        void assess_ownIncomeAtStandard_hasMeans() {
            Person p = born(1952, 1, 1);
            Household h = household(p).income(Income.of(IncomeKind.PENSION, Money.of("803"), p.id())).build();
            assertThat(tekun(Req.forPerson(h, p.id()).build()).reasons())
                    .containsExactly(Tekun.INCOME_NOT_BELOW_STANDARD);
            Household below = household(p).income(Income.of(IncomeKind.PENSION, Money.of("802.99"), p.id())).build();
            assertThat(tekun(Req.forPerson(below, p.id()).build()).eligible()).isTrue();
        }

        @Test
        void assess_supporters() {
            Person p = born(1940, 1, 1);
            Household h = alone(p);
            Supporter son = Supporter.of(born(1970, 1, 1));
            Supporter oldPoorSon = Supporter.of(born(1950, 1, 1)).withAnnualIncome(Money.of("30000"));
            Supporter oldRichSon = Supporter.of(born(1950, 1, 1)).withAnnualIncome(Money.of("40000"));
            Supporter oldUnknown = Supporter.of(born(1950, 1, 1));
            Supporter prisoner = Supporter.of(person(LocalDate.of(1970, 1, 1))
                    .status(StatusKind.SERVING_SENTENCE, LocalDate.of(2020, 1, 1)).build());
            Supporter dibaoElder = Supporter.of(born(1960, 1, 1)).enrolledIn(NationalPrograms.DIBAO);
            Supporter dibaoYoung = Supporter.of(born(1970, 1, 1)).enrolledIn(NationalPrograms.DIBAO);
            assertThat(tekun(Req.forPerson(h, p.id()).supporter(son).build()).reasons())
                    .containsExactly(Tekun.SUPPORTER_ABLE);
            // 72 years old, 30000 < 40000 limit → unable; 40000 is not below → able; unknown income → able
            assertThat(tekun(Req.forPerson(h, p.id()).supporter(oldPoorSon).build()).eligible()).isTrue();
            assertThat(tekun(Req.forPerson(h, p.id()).supporter(oldRichSon).build()).eligible()).isFalse();
            assertThat(tekun(Req.forPerson(h, p.id()).supporter(oldUnknown).build()).eligible()).isFalse();
            assertThat(tekun(Req.forPerson(h, p.id()).supporter(prisoner).supporter(dibaoElder).build())
                    .eligible()).isTrue();
            assertThat(tekun(Req.forPerson(h, p.id()).supporter(dibaoYoung).build()).eligible()).isFalse();
            assertThat(tekun(Req.forPerson(h, p.id()).supporter(son.declaredWithoutCivilCapacity()).build())
                    .eligible()).isTrue();
            assertThat(son.toString()).doesNotContain("测试人员");
        }
    }

    @Nested
    class TemporaryRule {

        Decision temporary(TemporaryNeed need) {
            Household h = Fixtures.threePersons("1200");
            return Fixtures.assess(NationalPrograms.TEMPORARY_ASSISTANCE,
                    Req.forHousehold(h).temporaryNeed(need).build(), standards());
        }

        @Test
        void assess_emergencyOverCap_cappedCountyApproves() {
            // cap 3 × 803 = 2409.00 < need 3000; 2409 > township limit 2000 → county
            Decision d = temporary(TemporaryNeed.emergency(Money.of("3000")));
            assertThat(d.amount()).isEqualTo(Money.of("2409.00"));
            assertThat(d.approval()).contains(ApprovalLevel.COUNTY);
            assertThat(d.notes()).containsExactly(TemporaryAssistance.CAPPED, TemporaryAssistance.PRIOR_ASSISTANCE_ALLOWED);
        }

        @Test
        void assess_expenditureWithinLimit_townshipApproves() {
            // cap 6 × 803 = 4818; need 1500 → 1500.00 ≤ 2000 → township; no 先行救助 for expenditure
            Decision d = temporary(TemporaryNeed.expenditure(Money.of("1500")));
            assertThat(d.amount()).isEqualTo(Money.of("1500.00"));
            assertThat(d.approval()).contains(ApprovalLevel.TOWNSHIP);
            assertThat(d.notes()).isEmpty();
        }

        @Test
        void assess_amountEqualToLimit_township_oneFenMore_county() {
            assertThat(temporary(TemporaryNeed.expenditure(Money.of("2000"))).approval()).contains(ApprovalLevel.TOWNSHIP);
            assertThat(temporary(TemporaryNeed.expenditure(Money.of("2000.01"))).approval()).contains(ApprovalLevel.COUNTY);
        }

        @Test
        void assess_zeroNeed_notEligible() {
            assertThat(temporary(TemporaryNeed.emergency(Money.ZERO)).reasons()).containsExactly(TemporaryAssistance.NO_NEED);
        }

        @Test
        void assess_noNeedGiven_rejected() {
            assertThatThrownBy(() -> Fixtures.assess(NationalPrograms.TEMPORARY_ASSISTANCE,
                    Req.forHousehold(Fixtures.threePersons("1")).build(), standards()))
                    .isInstanceOf(MissingFactException.class).hasMessageContaining("application(TemporaryNeed)")
                    .hasMessageContaining("临时救助测算需要提供评估的救助需求");
        }
    }

    @Nested
    class DisabilityRule {

        @Test
        void living_severeInDibaoHousehold() {
            // 0.35 × 803 = 281.05
            Person p = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.VISUAL, 1)).build();
            Household h = alone(p);
            Decision d = Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY,
                    Req.forPerson(h, p.id()).enrolled(NationalPrograms.DIBAO).build(), standards());
            assertThat(d.amount()).isEqualTo(Money.of("281.05"));
        }

        @Test
        void living_severeWithoutOwnIncome_regionalShare() {
            // share for severe without income 1.0: 1.0 × 803 = 803.00; with a 100 wage of their own: 0.35 × 803 = 281.05
            ResolvedStandards s = standardsBuilder()
                    .set(DisabilityLivingSubsidy.SHARE_SEVERE_NO_INCOME, BigDecimal.ONE).build();
            Person p = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.VISUAL, 1)).build();
            Decision none = Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY,
                    Req.forPerson(alone(p), p.id()).enrolled(NationalPrograms.DIBAO).build(), s);
            assertThat(none.amount()).isEqualTo(Money.of("803.00"));
            Household earning = household(p).income(Income.of(IncomeKind.WAGE, Money.of("100"), p.id())).build();
            Decision some = Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY,
                    Req.forPerson(earning, p.id()).enrolled(NationalPrograms.DIBAO).build(), s);
            assertThat(some.amount()).isEqualTo(Money.of("281.05"));
        }

        @Test
        void living_grade3_otherShare() {
            // 0.25 × 803 = 200.75
            Person p = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.HEARING, 3)).build();
            Decision d = Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY,
                    Req.forPerson(alone(p), p.id()).enrolled(NationalPrograms.DIBAO).build(), standards());
            assertThat(d.amount()).isEqualTo(Money.of("200.75"));
        }

        @Test
        void living_exclusions() {
            Person p = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.HEARING, 3)).build();
            Household h = alone(p);
            assertThat(assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY, h, p).reasons())
                    .containsExactly(DisabilityLivingSubsidy.NOT_DIBAO_HOUSEHOLD);
            assertThat(Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY, Req.forPerson(h, p.id())
                    .enrolled(NationalPrograms.DIBAO).enrolled(p.id(), NationalPrograms.TEKUN).build(), standards()).reasons())
                    .containsExactly(DisabilityLivingSubsidy.IN_TEKUN);
            Person healthy = born(1980, 1, 1);
            assertThat(assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY, alone(healthy), healthy).reasons())
                    .containsExactly(DisabilityLivingSubsidy.NO_DISABILITY);
        }

        @Test
        void care_byGradeHukouAndOptIn() {
            Person rural2 = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.PHYSICAL, 2)).build();
            Person urban1 = person(LocalDate.of(1980, 1, 1)).hukou(HukouType.URBAN)
                    .disability(disability(DisabilityCategory.PHYSICAL, 1)).build();
            Person mental3 = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.MENTAL, 3)).build();
            Person physical3 = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.PHYSICAL, 3)).build();
            assertThat(assess(NationalPrograms.DISABILITY_CARE_SUBSIDY, alone(rural2), rural2).amount()).isEqualTo(Money.of("90.00"));
            assertThat(assess(NationalPrograms.DISABILITY_CARE_SUBSIDY, alone(urban1), urban1).amount()).isEqualTo(Money.of("130.00"));
            assertThat(assess(NationalPrograms.DISABILITY_CARE_SUBSIDY, alone(mental3), mental3).reasons())
                    .containsExactly(DisabilityCareSubsidy.GRADE_NOT_COVERED);
            ResolvedStandards optIn = standardsBuilder().set(DisabilityCareSubsidy.GRADE34_INTELLECTUAL_MENTAL, true).build();
            assertThat(Fixtures.assess(NationalPrograms.DISABILITY_CARE_SUBSIDY,
                    Req.forPerson(alone(mental3), mental3.id()).build(), optIn).amount())
                    .isEqualTo(Money.of("90.00"));
            assertThat(Fixtures.assess(NationalPrograms.DISABILITY_CARE_SUBSIDY,
                    Req.forPerson(alone(physical3), physical3.id()).build(), optIn).eligible())
                    .isFalse();
            Household h = alone(rural2);
            assertThat(Fixtures.assess(NationalPrograms.DISABILITY_CARE_SUBSIDY,
                    Req.forPerson(h, rural2.id()).enrolled(rural2.id(), NationalPrograms.TEKUN).build(), standards()).reasons()).containsExactly(DisabilityLivingSubsidy.IN_TEKUN);
        }
    }

    @Nested
    class SeniorAllowanceRule {

        Decision senior(Person p, YearMonth month, AgeBasis basis) {
            return Fixtures.assess(NationalPrograms.SENIOR_ALLOWANCE, Req.forPerson(alone(p), p.id(), month).build(),
                    standardsBuilder().set(SeniorAllowance.AGE_BASIS, basis).build());
        }

        @Test
        void assess_exactly80InBirthMonth_byBasis() {
            // born 1942-10-15: birth-month → 80 in October 2022 (50); birth-day → 79 in October, 80 in November
            Person p = born(1942, 10, 15);
            assertThat(senior(p, OCT_2022, AgeBasis.BIRTH_MONTH).amount()).isEqualTo(Money.of("50.00"));
            assertThat(senior(p, OCT_2022.minusMonths(1), AgeBasis.BIRTH_MONTH).reasons())
                    .containsExactly(SeniorAllowance.UNDER_AGE);
            assertThat(senior(p, OCT_2022, AgeBasis.BIRTH_DAY).reasons()).containsExactly(SeniorAllowance.UNDER_AGE);
            assertThat(senior(p, OCT_2022.plusMonths(1), AgeBasis.BIRTH_DAY).amount()).isEqualTo(Money.of("50.00"));
            assertThat(senior(p, YearMonth.of(2022, 1), AgeBasis.BIRTH_YEAR).amount()).isEqualTo(Money.of("50.00"));
            assertThat(senior(p, YearMonth.of(2021, 12), AgeBasis.BIRTH_YEAR).eligible()).isFalse();
        }

        @Test
        void assess_defaultBasisIsBirthMonth() {
            Person p = born(1942, 10, 15);
            assertThat(assess(NationalPrograms.SENIOR_ALLOWANCE, alone(p), p).amount()).isEqualTo(Money.of("50.00"));
        }

        @Test
        void assess_bands() {
            Person p89 = born(1933, 1, 1);
            Person p90 = born(1932, 10, 31);
            Person p100 = born(1922, 10, 1);
            assertThat(assess(NationalPrograms.SENIOR_ALLOWANCE, alone(p89), p89).category()).contains(SeniorAllowanceBand.AGE_80);
            assertThat(assess(NationalPrograms.SENIOR_ALLOWANCE, alone(p90), p90).amount()).isEqualTo(Money.of("100.00"));
            assertThat(assess(NationalPrograms.SENIOR_ALLOWANCE, alone(p100), p100).amount()).isEqualTo(Money.of("300.00"));
        }

        @Test
        void assess_deceased_notEligible() {
            Person p = person(LocalDate.of(1930, 1, 1)).status(StatusKind.DECEASED, LocalDate.of(2022, 9, 1)).build();
            assertThat(assess(NationalPrograms.SENIOR_ALLOWANCE, alone(p), p).reasons()).containsExactly(ReasonCode.SUBJECT_DECEASED);
        }
    }

    @Nested
    class HomeCareRule {

        Decision homeCare(SubjectFacts r, ResolvedStandards s) {
            return Fixtures.assess(NationalPrograms.HOME_CARE, r, s);
        }

        @Test
        void assess_groups() {
            ResolvedStandards s = standardsBuilder().set(HomeCare.AGE_GENERAL, 80)
                    .set(HomeCare.GROUP_LIVING_ALONE, true).build();
            Person old = born(1940, 1, 1);
            Person young = born(1957, 1, 1);
            Person disabled = person(LocalDate.of(1957, 1, 1)).selfCare(SelfCare.ABLE.withAssessment(
                    CapabilityLevel.MODERATE, LocalDate.of(2022, 5, 1))).build();
            Person mild = person(LocalDate.of(1957, 1, 1)).selfCare(SelfCare.ABLE.withAssessment(
                    CapabilityLevel.MILD, LocalDate.of(2022, 5, 1))).build();
            Household two = household(born(1950, 1, 1)).member(young, Relation.SPOUSE).build();
            Decision general = homeCare(Req.forPerson(alone(old), old.id()).build(), s);
            assertThat(general.category()).contains(HomeCareGroup.GENERAL_AGE);
            assertThat(general.hoursPerMonth().orElseThrow()).isEqualByComparingTo("13");
            assertThat(general.amount()).isEqualTo(Money.ZERO);
            assertThat(homeCare(Req.forPerson(two, young.id()).enrolled(NationalPrograms.DIBAO).build(), s).category())
                    .contains(HomeCareGroup.LOW_INCOME);
            Household withDisabled = household(born(1950, 1, 1)).member(disabled, Relation.SPOUSE).build();
            assertThat(homeCare(Req.forPerson(withDisabled, disabled.id()).build(), s).category())
                    .contains(HomeCareGroup.DISABLED);
            assertThat(homeCare(Req.forPerson(alone(young), young.id()).build(), s).category())
                    .contains(HomeCareGroup.LIVING_ALONE);
            Household withMild = household(born(1950, 1, 1)).member(mild, Relation.SPOUSE).build();
            Decision no = homeCare(Req.forPerson(withMild, mild.id()).build(), s);
            assertThat(no.reasons()).containsExactly(HomeCare.NOT_IN_GROUP);
            assertThat(no.hoursPerMonth()).isEmpty();
        }

        @Test
        void assess_generalAgeAbsent_ageAloneNeverQualifies() {
            Person old = born(1920, 1, 1);
            Household two = household(born(1950, 1, 1)).member(old, Relation.PARENT).build();
            assertThat(homeCare(Req.forPerson(two, old.id()).build(), standards()).eligible()).isFalse();
        }
    }

    @Test
    void explanations_renderInBothLanguages() {
        Person p = person(LocalDate.of(1952, 1, 1)).selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING)).build();
        Decision d = Fixtures.assess(NationalPrograms.TEKUN, Req.forPerson(alone(p), p.id()).build(),
                standards());
        assertThat(d.explanation().render(Locale.ENGLISH)).contains("Basic living: 1.30 × dibao standard 803.00 = 1043.90 yuan.");
        assertThat(d.explanation().render(Locale.CHINA)).contains("基本生活标准：1.30 × 低保标准 803.00 = 1043.90 元。");
        assertThat(new BigDecimal("1.3").multiply(new BigDecimal("803"))).isEqualByComparingTo("1043.9");
    }
}
