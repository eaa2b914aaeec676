package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.programs.carevisit.CareVisitGroup;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.adaptation.HomeAdaptationProgram;
import org.minzheng.core.programs.carevisit.CareVisitProgram;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.insurance.AccidentInsurance;
import org.minzheng.core.programs.homecare.HomeCare;
import org.minzheng.core.programs.homecare.HomeCareGroup;
import org.minzheng.core.programs.leftbehind.LeftBehindChildren;
import org.minzheng.core.programs.livingsubsidy.DisabilityLivingSubsidy;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * Boundary cases of the program rules that mutation testing showed were never tried (issue 12, decision record
 * 0240): each asserts the outcome the policy prescribes at the boundary and just beside it, so that a rule with a
 * wrong comparison, a forgotten condition or the wrong standard fails here. Ages are completed years on the last
 * day of the month assessed (October 2022, so the 31st).
 */
class RuleBoundariesTest {

    static final LocalDate END = OCT_2022.atEndOfMonth();

    static List<String> stepKeys(Decision d) {
        return d.explanation().steps().stream().map(ExplanationStep::key).toList();
    }

    /** 特困 (《特困人员认定办法》民发〔2021〕43号). */
    @Nested
    class Tekun_ {

        Decision tekun(Household h, Person p, ResolvedStandards s, Supporter... supporters) {
            Req r = Req.forPerson(h, p.id());
            for (Supporter sup : supporters) {
                r.supporter(sup);
            }
            return Fixtures.assess(NationalPrograms.TEKUN, r.build(), s);
        }

        Decision tekun(Person p, Supporter... supporters) {
            return tekun(alone(p), p, standards(), supporters);
        }

        @Test
        void elderlyAge_exactly60OnTheLastDay_isElderly_oneDayYounger_isNot() {
            // born 1962-10-31: 60 on 2022-10-31 → elderly, so without capacity to work; born 1962-11-01: 59
            Person sixty = born(1962, 10, 31);
            Person fiftyNine = born(1962, 11, 1);
            Decision d = tekun(sixty);
            assertThat(d.eligible()).isTrue();
            assertThat(d.amount()).isEqualTo(Money.of("1143.90"));
            assertThat(tekun(fiftyNine).reasons()).containsExactly(Tekun.NOT_IN_GROUP);
        }

        @Test
        void elderlyAge_isTheRegionsStandard() {
            // a region that sets the elderly age at 65: a 60-year-old is no longer in the group
            ResolvedStandards s65 = standardsBuilder().set(Tekun.AGE_ELDERLY, 65).build();
            Person sixty = born(1962, 10, 31);
            assertThat(tekun(alone(sixty), sixty, s65).reasons()).containsExactly(Tekun.NOT_IN_GROUP);
            Person sixtyFive = born(1957, 10, 31);
            assertThat(tekun(alone(sixtyFive), sixtyFive, s65).eligible()).isTrue();
        }

        @Test
        void assets_financialOverTheLimit_fails_atTheLimit_passes() {
            // 特困 uses the dibao asset tests (no means of living): limit 20000 per capita
            ResolvedStandards s = standardsBuilder().set(Dibao.ASSET_FINANCIAL_PER_CAPITA, Money.of("20000")).build();
            Person p = born(1950, 1, 1);
            Household at = household(p).assets(Assets.NONE.withDeposits(Money.of("20000"))).build();
            Household over = household(p).assets(Assets.NONE.withDeposits(Money.of("20000.01"))).build();
            assertThat(tekun(at, p, s).eligible()).isTrue();
            Decision d = tekun(over, p, s);
            assertThat(d.eligible()).isFalse();
            assertThat(d.reasons()).containsExactly(Tekun.ASSETS_OVER_LIMIT);
            assertThat(d.amount()).isEqualTo(Money.ZERO);
        }

        @Test
        void assets_financialLimitIsPerMemberOfTheHousehold() {
            // 30000 in a household of two is 15000 each: within 20000 per capita; alone it is over
            ResolvedStandards s = standardsBuilder().set(Dibao.ASSET_FINANCIAL_PER_CAPITA, Money.of("20000")).build();
            Person p = born(1950, 1, 1);
            Household two = household(p).member(born(1952, 1, 1), Relation.SPOUSE)
                    .assets(Assets.NONE.withDeposits(Money.of("30000"))).build();
            Household one = household(p).assets(Assets.NONE.withDeposits(Money.of("30000"))).build();
            assertThat(tekun(two, p, s).eligible()).isTrue();
            assertThat(tekun(one, p, s).reasons()).containsExactly(Tekun.ASSETS_OVER_LIMIT);
        }

        @Test
        void assets_vehicleAndSecondHome_failWithTheTekunReason() {
            ResolvedStandards s = standardsBuilder().set(Dibao.ASSET_VEHICLES, 0).set(Dibao.ASSET_EXTRA_HOMES, 0)
                    .build();
            Person p = born(1950, 1, 1);
            Household car = household(p).assets(Assets.NONE.withVehicles(1, Money.of("30000"))).build();
            Household homes = household(p).assets(Assets.NONE.withRealEstate(2, Money.of("400000"))).build();
            Household oneHome = household(p).assets(Assets.NONE.withRealEstate(1, Money.of("200000"))).build();
            assertThat(tekun(car, p, s).reasons()).containsExactly(Tekun.ASSETS_OVER_LIMIT);
            assertThat(tekun(homes, p, s).reasons()).containsExactly(Tekun.ASSETS_OVER_LIMIT);
            assertThat(tekun(oneHome, p, s).eligible()).isTrue();
        }

        @Test
        void supporter_severelyDisabledWithLowIncome_cannotSupport() {
            // a 52-year-old son, physical disability grade 1, 30000 a year < 40000 (上年人均可支配收入) → unable
            Person p = born(1940, 1, 1);
            Supporter son = Supporter.of(person(LocalDate.of(1970, 1, 1))
                    .disability(disability(DisabilityCategory.PHYSICAL, 1)).build()).withAnnualIncome(Money.of("30000"));
            Decision d = tekun(p, son);
            assertThat(d.eligible()).isTrue();
            assertThat(stepKeys(d)).contains("tekun.supporter-disabled-low-income")
                    .doesNotContain("tekun.supporter-old-low-income");
        }

        @Test
        void supporter_severelyDisabledWithIncomeAtTheLimit_canSupport() {
            Person p = born(1940, 1, 1);
            Person disabledSon = person(LocalDate.of(1970, 1, 1)).disability(disability(DisabilityCategory.PHYSICAL, 2))
                    .build();
            assertThat(tekun(p, Supporter.of(disabledSon).withAnnualIncome(Money.of("40000"))).reasons())
                    .containsExactly(Tekun.SUPPORTER_ABLE);
            assertThat(tekun(p, Supporter.of(disabledSon).withAnnualIncome(Money.of("39999.99"))).eligible()).isTrue();
            // income unknown: capacity cannot be ruled out
            assertThat(tekun(p, Supporter.of(disabledSon)).reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void supporter_grade3IntellectualOrMental_countsAsSevere_grade3Physical_doesNot() {
            Person p = born(1940, 1, 1);
            Money low = Money.of("10000");
            for (DisabilityCategory c : List.of(DisabilityCategory.INTELLECTUAL, DisabilityCategory.MENTAL)) {
                Supporter s = Supporter.of(person(LocalDate.of(1970, 1, 1)).disability(disability(c, 3)).build())
                        .withAnnualIncome(low);
                assertThat(tekun(p, s).eligible()).as("%s grade 3", c).isTrue();
            }
            for (DisabilityCategory c : List.of(DisabilityCategory.PHYSICAL, DisabilityCategory.VISUAL,
                    DisabilityCategory.HEARING)) {
                Supporter s = Supporter.of(person(LocalDate.of(1970, 1, 1)).disability(disability(c, 3)).build())
                        .withAnnualIncome(low);
                assertThat(tekun(p, s).reasons()).as("%s grade 3", c).containsExactly(Tekun.SUPPORTER_ABLE);
            }
            // grade 4 intellectual is not listed
            Supporter g4 = Supporter.of(person(LocalDate.of(1970, 1, 1))
                    .disability(disability(DisabilityCategory.INTELLECTUAL, 4)).build()).withAnnualIncome(low);
            assertThat(tekun(p, g4).reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void supporter_oldAge_exactly70_withLowIncome_cannotSupport_69_can() {
            Person p = born(1930, 1, 1);
            Supporter seventy = Supporter.of(born(1952, 10, 31)).withAnnualIncome(Money.of("30000"));
            Supporter sixtyNine = Supporter.of(born(1952, 11, 1)).withAnnualIncome(Money.of("30000"));
            Decision d = tekun(p, seventy);
            assertThat(d.eligible()).isTrue();
            assertThat(stepKeys(d)).contains("tekun.supporter-old-low-income");
            assertThat(tekun(p, sixtyNine).reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void supporter_dibaoRecipient_exactlyTheElderlyAge_cannotSupport_oneDayYounger_can() {
            Person p = born(1930, 1, 1);
            Supporter sixty = Supporter.of(born(1962, 10, 31)).enrolledIn(NationalPrograms.DIBAO);
            Supporter fiftyNine = Supporter.of(born(1962, 11, 1)).enrolledIn(NationalPrograms.DIBAO);
            assertThat(tekun(p, sixty).eligible()).isTrue();
            assertThat(tekun(p, fiftyNine).reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void supporter_inTekun_deceased_missing_cannotSupport() {
            Person p = born(1930, 1, 1);
            Supporter inTekun = Supporter.of(born(1960, 1, 1)).enrolledIn(NationalPrograms.TEKUN);
            Supporter deceased = Supporter.of(person(LocalDate.of(1960, 1, 1))
                    .status(StatusKind.DECEASED, LocalDate.of(2021, 5, 1)).build());
            Supporter missing = Supporter.of(person(LocalDate.of(1960, 1, 1))
                    .status(StatusKind.DECLARED_MISSING, LocalDate.of(2021, 5, 1)).build());
            assertThat(stepKeys(tekun(p, inTekun))).contains("tekun.supporter-in-tekun");
            assertThat(stepKeys(tekun(p, deceased))).contains("tekun.supporter-deceased");
            assertThat(stepKeys(tekun(p, missing))).contains("tekun.supporter-missing");
            assertThat(tekun(p, inTekun, deceased, missing).eligible()).isTrue();
        }

        @Test
        void supporter_statusFromAfterTheMonth_doesNotCountYet() {
            // the son dies on 1 November: in October he was able to support
            Person p = born(1930, 1, 1);
            Supporter son = Supporter.of(person(LocalDate.of(1960, 1, 1))
                    .status(StatusKind.DECEASED, END.plusDays(1)).build());
            assertThat(tekun(p, son).reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
            Supporter diedOnTheLastDay = Supporter.of(person(LocalDate.of(1960, 1, 1))
                    .status(StatusKind.DECEASED, END).build());
            assertThat(tekun(p, diedOnTheLastDay).eligible()).isTrue();
        }

        @Test
        void supporter_oneAbleAmongSeveral_isEnough_toRefuse() {
            Person p = born(1930, 1, 1);
            Supporter deceased = Supporter.of(person(LocalDate.of(1960, 1, 1))
                    .status(StatusKind.DECEASED, LocalDate.of(2020, 1, 1)).build());
            Supporter able = Supporter.of(born(1965, 1, 1));
            assertThat(tekun(p, deceased, able).reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
            assertThat(tekun(p, able, deceased).reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void urbanPerson_urbanStandardAndUrbanBasicAmount() {
            // urban dibao 900, rural 803; urban 特困 basic 1200 + care 100 = 1300.00; a rural person: 1.3 × 803 + 100
            ResolvedStandards s = standardsBuilder().set(Dibao.STANDARD_URBAN, Money.of("900"))
                    .set(Tekun.BASIC_URBAN, Money.of("1200")).build();
            Person urban = person(LocalDate.of(1950, 1, 1)).hukou(HukouType.URBAN).selfCare(SelfCare.ABLE).build();
            Person rural = person(LocalDate.of(1950, 1, 1)).selfCare(SelfCare.ABLE).build();
            assertThat(tekun(alone(urban), urban, s).amount()).isEqualTo(Money.of("1300.00"));
            assertThat(tekun(alone(rural), rural, s).amount()).isEqualTo(Money.of("1143.90"));
            // own income 850 is below the urban standard 900 but not below the rural 803
            Person urbanPensioner = person(LocalDate.of(1950, 1, 1)).hukou(HukouType.URBAN).build();
            Household hu = household(urbanPensioner).income(org.minzheng.core.registry.Income.of(
                    org.minzheng.core.registry.IncomeKind.PENSION, Money.of("850"), urbanPensioner.id())).build();
            assertThat(tekun(hu, urbanPensioner, s).eligible()).isTrue();
            Person ruralPensioner = born(1950, 1, 1);
            Household hr = household(ruralPensioner).income(org.minzheng.core.registry.Income.of(
                    org.minzheng.core.registry.IncomeKind.PENSION, Money.of("850"), ruralPensioner.id())).build();
            assertThat(tekun(hr, ruralPensioner, s).reasons()).containsExactly(Tekun.INCOME_NOT_BELOW_STANDARD);
        }
    }

    /** 低保 分类施保 (《最低生活保障审核确认办法》民发〔2021〕57号). */
    @Nested
    class DibaoAddOns {

        Decision dibao(Household h, ResolvedStandards s) {
            return Fixtures.assess(NationalPrograms.DIBAO, Req.forHousehold(h).build(), s);
        }

        Household withMember(Person member) {
            Person head = born(1975, 3, 8);
            return household(head).member(member, Relation.CHILD)
                    .income(org.minzheng.core.registry.Income.of(org.minzheng.core.registry.IncomeKind.WAGE,
                            Money.of("1000"), head.id())).build();
        }

        @Test
        void minorAddOn_17_paid_exactly18_not() {
            // 2 × 803 − 1000 = 606 base; minor share 0.15 × 803 = 120.45 for a member under 18
            ResolvedStandards s = standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.15")).build();
            Decision seventeen = dibao(withMember(born(2004, 11, 1)), s);
            assertThat(seventeen.amount()).isEqualTo(Money.of("726.45"));
            assertThat(seventeen.amountsByComponent()).containsEntry(PaymentComponent.ADD_ON, Money.of("120.45"));
            Decision eighteen = dibao(withMember(born(2004, 10, 31)), s);
            assertThat(eighteen.amount()).isEqualTo(Money.of("606.00"));
            assertThat(eighteen.amountsByComponent()).doesNotContainKey(PaymentComponent.ADD_ON);
        }

        @Test
        void seriousIllnessAddOn_paidForASeriouslyIllMember() {
            // serious-illness share 0.2 × 803 = 160.60 on top of the base 606
            ResolvedStandards s = standardsBuilder().set(Dibao.ADDON_SHARE_SERIOUS_ILLNESS, new BigDecimal("0.2"))
                    .build();
            Person ill = person(LocalDate.of(2000, 1, 1)).seriouslyIll(true).build();
            Decision d = dibao(withMember(ill), s);
            assertThat(d.amount()).isEqualTo(Money.of("766.60"));
            assertThat(stepKeys(d)).contains("dibao.addon.serious-illness");
            assertThat(dibao(withMember(born(2000, 1, 1)), s).amount()).isEqualTo(Money.of("606.00"));
        }

        @Test
        void seriousIllnessAddOn_largestShareWins_notTheSum() {
            // a seriously ill 17-year-old: minor 0.15 or illness 0.2 → 0.2 (160.60), never 0.35
            Person illMinor = person(LocalDate.of(2005, 1, 1)).seriouslyIll(true).build();
            ResolvedStandards illLarger = standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.15"))
                    .set(Dibao.ADDON_SHARE_SERIOUS_ILLNESS, new BigDecimal("0.2")).build();
            assertThat(dibao(withMember(illMinor), illLarger).amount()).isEqualTo(Money.of("766.60"));
            // minor 0.25 (200.75) beats illness 0.2
            ResolvedStandards minorLarger = standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.25"))
                    .set(Dibao.ADDON_SHARE_SERIOUS_ILLNESS, new BigDecimal("0.2")).build();
            Decision d = dibao(withMember(illMinor), minorLarger);
            assertThat(d.amount()).isEqualTo(Money.of("806.75"));
            assertThat(stepKeys(d)).contains("dibao.addon.minor").doesNotContain("dibao.addon.serious-illness");
        }

        @Test
        void noAddOnShares_noAddOnAndTheAddOnAgeIsNotCited() {
            // 分类施保 is a regional option: with every share at its default 0 a household with an elderly, a minor,
            // a severely disabled and a seriously ill member gets the base only, and the decision does not cite
            // the add-on age as if it had decided anything
            Person head = born(1975, 3, 8);
            Household h = household(head).member(born(1940, 1, 1), Relation.PARENT)
                    .member(born(2010, 1, 1), Relation.CHILD)
                    .member(person(LocalDate.of(1978, 1, 1)).disability(disability(DisabilityCategory.PHYSICAL, 1))
                            .seriouslyIll(true).build(), Relation.SPOUSE)
                    .income(org.minzheng.core.registry.Income.of(org.minzheng.core.registry.IncomeKind.WAGE,
                            Money.of("1000"), head.id())).build();
            Decision d = dibao(h, standards());
            // 4 × 803 − 1000 = 2212.00
            assertThat(d.amount()).isEqualTo(Money.of("2212.00"));
            assertThat(d.amountsByComponent()).containsOnlyKeys(PaymentComponent.BASE);
            assertThat(d.standardsUsed()).extracting(v -> v.standard().code())
                    .doesNotContain(Dibao.ADDON_ELDERLY_AGE.code());
            // any one share switches the add-ons on
            for (var share : List.of(Dibao.ADDON_SHARE_ELDERLY, Dibao.ADDON_SHARE_MINOR,
                    Dibao.ADDON_SHARE_SEVERE_DISABILITY, Dibao.ADDON_SHARE_SERIOUS_ILLNESS)) {
                Decision with = dibao(h, standardsBuilder().set(share, new BigDecimal("0.1")).build());
                assertThat(with.amountsByComponent()).as(share.code()).containsKey(PaymentComponent.ADD_ON);
            }
            // and the age that decided the group is then cited: the elderly age for the elderly share, the minor
            // age (a standard since issue 12's rules) for the minor share
            Decision elderly = dibao(h, standardsBuilder().set(Dibao.ADDON_SHARE_ELDERLY, new BigDecimal("0.1")).build());
            assertThat(elderly.standardsUsed()).extracting(v -> v.standard().code())
                    .contains(Dibao.ADDON_ELDERLY_AGE.code());
            Decision minor = dibao(h, standardsBuilder().set(Dibao.ADDON_SHARE_MINOR, new BigDecimal("0.1")).build());
            assertThat(minor.standardsUsed()).extracting(v -> v.standard().code())
                    .contains(Dibao.ADDON_MINOR_AGE.code());
        }

        @Test
        void onlySeriousIllnessShareSet_otherGroupsGetNothing() {
            // only the illness share is set: a healthy minor and a severely disabled adult receive no add-on
            ResolvedStandards s = standardsBuilder().set(Dibao.ADDON_SHARE_SERIOUS_ILLNESS, new BigDecimal("0.2"))
                    .build();
            assertThat(dibao(withMember(born(2010, 1, 1)), s).amount()).isEqualTo(Money.of("606.00"));
            Person disabled = person(LocalDate.of(2000, 1, 1)).disability(disability(DisabilityCategory.PHYSICAL, 1))
                    .build();
            assertThat(dibao(withMember(disabled), s).amount()).isEqualTo(Money.of("606.00"));
        }
    }

    /** 困难残疾人生活补贴 (国发〔2015〕52号): a share of the dibao standard the household is paid at. */
    @Nested
    class LivingSubsidy {

        Decision living(Household h, Person p) {
            ResolvedStandards s = standardsBuilder().set(Dibao.STANDARD_URBAN, Money.of("900")).build();
            return Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY,
                    Req.forPerson(h, p.id()).enrolled(NationalPrograms.DIBAO).build(), s);
        }

        @Test
        void urbanDibaoHousehold_urbanStandard_ruralHousehold_ruralStandard() {
            // severe share 0.35: urban household 0.35 × 900 = 315.00; rural household 0.35 × 803 = 281.05
            Person p = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.VISUAL, 1)).build();
            Household urban = household(p).hukou(HukouType.URBAN).build();
            Household rural = household(p).hukou(HukouType.RURAL).build();
            assertThat(living(urban, p).amount()).isEqualTo(Money.of("315.00"));
            assertThat(living(rural, p).amount()).isEqualTo(Money.of("281.05"));
        }

        @Test
        void theHouseholdsHukouDecides_notThePersons() {
            // a rural-hukou member of an urban dibao household is paid on the urban standard the household receives
            Person ruralMember = person(LocalDate.of(1980, 1, 1)).hukou(HukouType.RURAL)
                    .disability(disability(DisabilityCategory.HEARING, 3)).build();
            Household urban = household(born(1975, 1, 1)).hukou(HukouType.URBAN)
                    .member(ruralMember, Relation.SPOUSE).build();
            // non-severe share 0.25 × 900 = 225.00
            assertThat(living(urban, ruralMember).amount()).isEqualTo(Money.of("225.00"));
        }

        @Test
        void anIncomeRecordOfZero_isNoIncome_forTheNoIncomeShare() {
            // 重度残疾且无固定收入: a wage recorded at 0.00 is no income, so the region's 100 % applies (1.0 × 803);
            // 0.01 of wage is an income (0.35 × 803 = 281.05); a non-countable income does not matter
            ResolvedStandards s = standardsBuilder()
                    .set(DisabilityLivingSubsidy.SHARE_SEVERE_NO_INCOME, BigDecimal.ONE).build();
            Person p = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.VISUAL, 1)).build();
            java.util.function.Function<org.minzheng.core.registry.Income, Money> paid = inc -> Fixtures.assess(
                    NationalPrograms.DISABILITY_LIVING_SUBSIDY, Req.forPerson(household(p).income(inc).build(), p.id())
                            .enrolled(NationalPrograms.DIBAO).build(), s).amount();
            assertThat(paid.apply(org.minzheng.core.registry.Income.of(org.minzheng.core.registry.IncomeKind.WAGE,
                    Money.ZERO, p.id()))).isEqualTo(Money.of("803.00"));
            assertThat(paid.apply(org.minzheng.core.registry.Income.of(org.minzheng.core.registry.IncomeKind.WAGE,
                    Money.of("0.01"), p.id()))).isEqualTo(Money.of("281.05"));
            assertThat(paid.apply(org.minzheng.core.registry.Income.of(
                    org.minzheng.core.registry.IncomeKind.SOCIAL_ASSISTANCE, Money.of("500"), p.id())))
                    .isEqualTo(Money.of("803.00"));
        }

        @Test
        void noIncomeShare_neverLowersTheSevereShare() {
            // a region's no-income share below the severe share (0.3 < 0.35) is not applied
            ResolvedStandards s = standardsBuilder()
                    .set(DisabilityLivingSubsidy.SHARE_SEVERE_NO_INCOME, new BigDecimal("0.3")).build();
            Person p = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.VISUAL, 1)).build();
            Decision d = Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY,
                    Req.forPerson(alone(p), p.id()).enrolled(NationalPrograms.DIBAO).build(), s);
            assertThat(d.amount()).isEqualTo(Money.of("281.05"));
            // a non-severe disability never gets the no-income share
            ResolvedStandards full = standardsBuilder()
                    .set(DisabilityLivingSubsidy.SHARE_SEVERE_NO_INCOME, BigDecimal.ONE).build();
            Person g3 = person(LocalDate.of(1980, 1, 1)).disability(disability(DisabilityCategory.HEARING, 3)).build();
            assertThat(Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY,
                    Req.forPerson(alone(g3), g3.id()).enrolled(NationalPrograms.DIBAO).build(), full).amount())
                    .isEqualTo(Money.of("200.75"));
        }
    }

    /** 居家养老上门服务: each age threshold is met on the day the person reaches it. */
    @Nested
    class HomeCareAges {

        Decision homeCare(Req r, ResolvedStandards s) {
            return Fixtures.assess(NationalPrograms.HOME_CARE, r.build(), s);
        }

        Household withSpouse(Person p) {
            return household(born(1950, 1, 1)).member(p, Relation.SPOUSE).build();
        }

        @Test
        void generalAge_exactly80_qualifies_79_doesNot() {
            ResolvedStandards s = standardsBuilder().set(HomeCare.AGE_GENERAL, 80).build();
            Person eighty = born(1942, 10, 31);
            Person seventyNine = born(1942, 11, 1);
            assertThat(homeCare(Req.forPerson(withSpouse(eighty), eighty.id()), s).category())
                    .contains(HomeCareGroup.GENERAL_AGE);
            assertThat(homeCare(Req.forPerson(withSpouse(seventyNine), seventyNine.id()), s).reasons())
                    .containsExactly(HomeCare.NOT_IN_GROUP);
        }

        @Test
        void lowIncomeAge_exactly60_qualifies_59_doesNot() {
            Person sixty = born(1962, 10, 31);
            Person fiftyNine = born(1962, 11, 1);
            Household h60 = withSpouse(sixty);
            Household h59 = withSpouse(fiftyNine);
            assertThat(homeCare(Req.forPerson(h60, sixty.id()).enrolled(NationalPrograms.DIBAO), standards())
                    .category()).contains(HomeCareGroup.LOW_INCOME);
            assertThat(homeCare(Req.forPerson(h59, fiftyNine.id()).enrolled(NationalPrograms.DIBAO), standards())
                    .reasons()).containsExactly(HomeCare.NOT_IN_GROUP);
            // a person in 特困 support is low-income too
            assertThat(homeCare(Req.forPerson(h60, sixty.id()).enrolled(sixty.id(), NationalPrograms.TEKUN),
                    standards()).category()).contains(HomeCareGroup.LOW_INCOME);
            // not low-income: no group at 60
            assertThat(homeCare(Req.forPerson(h60, sixty.id()), standards()).eligible()).isFalse();
        }

        @Test
        void lowIncomeGroupSwitchedOff_noLowIncomeVisits() {
            ResolvedStandards off = standardsBuilder().set(HomeCare.GROUP_LOW_INCOME, false).build();
            Person p = born(1950, 1, 1);
            assertThat(homeCare(Req.forPerson(withSpouse(p), p.id()).enrolled(NationalPrograms.DIBAO), off)
                    .reasons()).containsExactly(HomeCare.NOT_IN_GROUP);
        }

        @Test
        void disabledAge_exactly60_qualifies_59_doesNot() {
            Person sixty = person(LocalDate.of(1962, 10, 31)).disability(disability(DisabilityCategory.PHYSICAL, 2))
                    .build();
            Person fiftyNine = person(LocalDate.of(1962, 11, 1))
                    .disability(disability(DisabilityCategory.PHYSICAL, 2)).build();
            assertThat(homeCare(Req.forPerson(withSpouse(sixty), sixty.id()), standards()).category())
                    .contains(HomeCareGroup.DISABLED);
            assertThat(homeCare(Req.forPerson(withSpouse(fiftyNine), fiftyNine.id()), standards()).reasons())
                    .containsExactly(HomeCare.NOT_IN_GROUP);
        }

        @Test
        void disabled_severeDisabilityOrModerateLossOfCapability_notMildOrGrade3() {
            Person severe = person(LocalDate.of(1950, 1, 1)).disability(disability(DisabilityCategory.VISUAL, 1))
                    .build();
            Person grade3 = person(LocalDate.of(1950, 1, 1)).disability(disability(DisabilityCategory.VISUAL, 3))
                    .build();
            Person severeLoss = person(LocalDate.of(1950, 1, 1)).selfCare(SelfCare.ABLE.withAssessment(
                    CapabilityLevel.SEVERE, LocalDate.of(2022, 5, 1))).build();
            assertThat(homeCare(Req.forPerson(withSpouse(severe), severe.id()), standards()).category())
                    .contains(HomeCareGroup.DISABLED);
            assertThat(homeCare(Req.forPerson(withSpouse(severeLoss), severeLoss.id()), standards()).category())
                    .contains(HomeCareGroup.DISABLED);
            assertThat(homeCare(Req.forPerson(withSpouse(grade3), grade3.id()), standards()).eligible()).isFalse();
        }

        @Test
        void livingAloneAge_exactly60_qualifies_59_doesNot() {
            ResolvedStandards s = standardsBuilder().set(HomeCare.GROUP_LIVING_ALONE, true).build();
            Person sixty = born(1962, 10, 31);
            Person fiftyNine = born(1962, 11, 1);
            assertThat(homeCare(Req.forPerson(alone(sixty), sixty.id()), s).category())
                    .contains(HomeCareGroup.LIVING_ALONE);
            assertThat(homeCare(Req.forPerson(alone(fiftyNine), fiftyNine.id()), s).reasons())
                    .containsExactly(HomeCare.NOT_IN_GROUP);
            // living with a spouse is not living alone
            assertThat(homeCare(Req.forPerson(withSpouse(sixty), sixty.id()), s).eligible()).isFalse();
            // by default the living-alone group is off
            assertThat(homeCare(Req.forPerson(alone(sixty), sixty.id()), standards()).eligible()).isFalse();
        }

        @Test
        void hoursAreTheRegionsStandard() {
            ResolvedStandards s = standardsBuilder().set(HomeCare.HOURS_PER_MONTH, new BigDecimal("20")).build();
            Person p = born(1950, 1, 1);
            Decision d = homeCare(Req.forPerson(withSpouse(p), p.id()).enrolled(NationalPrograms.DIBAO), s);
            assertThat(d.hoursPerMonth().orElseThrow()).isEqualByComparingTo("20");
        }
    }

    /** 农村留守儿童 (国发〔2016〕13号): both parents away, or one away and the other unable to be guardian. */
    @Nested
    class LeftBehind {

        Parent parent(ParentRole role, StatusKind kind, LocalDate since) {
            return Parent.of(role, PersonStatus.of(kind, since));
        }

        Parent away(ParentRole role) {
            return parent(role, StatusKind.WORKING_AWAY, LocalDate.of(2021, 1, 1));
        }

        Parent atHome(ParentRole role) {
            return parent(role, StatusKind.AT_HOME, LocalDate.of(2000, 1, 1));
        }

        Person child(LocalDate birth, Parent father, Parent mother) {
            return person(birth).parent(father).parent(mother).build();
        }

        Decision leftBehind(Person child) {
            GuardianshipConfirmation c = GuardianshipConfirmation.builder().id(ServiceRecordId.of("g-" + child.id()))
                    .subject(SubjectRef.person(child.id())).region(Fixtures.GAOQIAO).guardianName("王奶奶")
                    .guardianRelation(GuardianRelation.GRANDPARENT).signedOn(LocalDate.of(2022, 3, 1))
                    .termStart(LocalDate.of(2022, 3, 1)).build();
            return LeftBehindChildren.PROGRAM.assess(Fixtures.facts(alone(child), child.id()).record(c).build(),
                    standards());
        }

        @Test
        void motherAway_fatherUnable_isLeftBehind() {
            // the mirror of the father-away case: each parent may be the one away
            LocalDate birth = LocalDate.of(2012, 5, 1);
            Parent severelyDisabled = atHome(ParentRole.FATHER).withDisability(Disability.of(DisabilityCategory.PHYSICAL, 1));
            Parent seriouslyIll = atHome(ParentRole.FATHER).withSeriouslyIll(true);
            Parent deceased = parent(ParentRole.FATHER, StatusKind.DECEASED, LocalDate.of(2019, 1, 1));
            Parent inPrison = parent(ParentRole.FATHER, StatusKind.SERVING_SENTENCE, LocalDate.of(2022, 6, 1));
            for (Parent father : List.of(severelyDisabled, seriouslyIll, deceased, inPrison)) {
                Decision d = leftBehind(child(birth, father, away(ParentRole.MOTHER)));
                assertThat(d.category()).as("father %s", father.status().kind()).contains(ChildCategory.LEFT_BEHIND);
                assertThat(d.eligible()).isTrue();
            }
        }

        @Test
        void oneAway_otherAtHomeAndAble_notLeftBehind_eitherWay() {
            LocalDate birth = LocalDate.of(2012, 5, 1);
            assertThat(leftBehind(child(birth, atHome(ParentRole.FATHER), away(ParentRole.MOTHER))).reasons())
                    .containsExactly(LeftBehindChildren.PARENTS_NOT_AWAY);
            assertThat(leftBehind(child(birth, away(ParentRole.FATHER), atHome(ParentRole.MOTHER))).reasons())
                    .containsExactly(LeftBehindChildren.PARENTS_NOT_AWAY);
            // both unable and neither away: not left behind (that is a child in difficulty, another program)
            Parent ill = atHome(ParentRole.FATHER).withSeriouslyIll(true);
            Parent illMother = atHome(ParentRole.MOTHER).withSeriouslyIll(true);
            assertThat(leftBehind(child(birth, ill, illMother)).category()).isEmpty();
        }

        @Test
        void age_15_isLeftBehind_16_isNot() {
            // born 2006-11-01: 15 on 2022-10-31; born 2006-10-31: 16
            Decision fifteen = leftBehind(child(LocalDate.of(2006, 11, 1), away(ParentRole.FATHER),
                    away(ParentRole.MOTHER)));
            assertThat(fifteen.category()).contains(ChildCategory.LEFT_BEHIND);
            Decision sixteen = leftBehind(child(LocalDate.of(2006, 10, 31), away(ParentRole.FATHER),
                    away(ParentRole.MOTHER)));
            assertThat(sixteen.reasons()).containsExactly(LeftBehindChildren.AGE);
            assertThat(sixteen.category()).isEmpty();
        }

        @Test
        void parentLeavesAfterTheMonth_notYetAway() {
            // the mother starts working away on 1 November: in October she is at home
            LocalDate birth = LocalDate.of(2012, 5, 1);
            Parent leavesLater = parent(ParentRole.MOTHER, StatusKind.WORKING_AWAY, END.plusDays(1));
            assertThat(leftBehind(child(birth, away(ParentRole.FATHER), leavesLater)).reasons())
                    .containsExactly(LeftBehindChildren.PARENTS_NOT_AWAY);
        }
    }

    /** 关爱巡访: elderly living alone or in an empty nest are to be visited. */
    @Nested
    class CareVisits {

        Decision visit(Household h, Person p, ResolvedStandards s) {
            return Fixtures.assess(NationalPrograms.CARE_VISIT, Req.forPerson(h, p.id()).build(), s);
        }

        @Test
        void livingAlone_fromExactlyTheAge() {
            Person sixty = born(1962, 10, 31);
            Person fiftyNine = born(1962, 11, 1);
            Decision d = visit(alone(sixty), sixty, standards());
            assertThat(d.eligible()).isTrue();
            assertThat(d.category()).contains(CareVisitGroup.LIVING_ALONE);
            assertThat(visit(alone(fiftyNine), fiftyNine, standards()).reasons())
                    .containsExactly(CareVisitProgram.UNDER_AGE);
        }

        @Test
        void emptyNest_everyMemberElderly_aYoungerMemberIsFamily() {
            Person him = born(1950, 1, 1);
            Person spouseSixty = born(1962, 10, 31);
            Person spouseFiftyNine = born(1962, 11, 1);
            Household nest = household(him).member(spouseSixty, Relation.SPOUSE).build();
            assertThat(visit(nest, him, standards()).category()).contains(CareVisitGroup.EMPTY_NEST);
            Household withYounger = household(him).member(spouseFiftyNine, Relation.SPOUSE).build();
            assertThat(visit(withYounger, him, standards()).reasons())
                    .containsExactly(CareVisitProgram.NOT_ALONE_OR_EMPTY_NEST);
            Household withGrandchild = household(him).member(spouseSixty, Relation.SPOUSE)
                    .member(born(2010, 1, 1), Relation.GRANDCHILD).build();
            assertThat(visit(withGrandchild, him, standards()).eligible()).isFalse();
        }

        @Test
        void ageIsTheRegionsStandard() {
            ResolvedStandards s70 = standardsBuilder().set(CareVisitProgram.AGE, 70).build();
            Person sixtyFive = born(1957, 1, 1);
            assertThat(visit(alone(sixtyFive), sixtyFive, s70).reasons()).containsExactly(CareVisitProgram.UNDER_AGE);
            // two 65-year-olds are an empty nest at 60, not at 70
            Household couple = household(sixtyFive).member(born(1957, 2, 1), Relation.SPOUSE).build();
            assertThat(visit(couple, sixtyFive, standards()).category()).contains(CareVisitGroup.EMPTY_NEST);
        }
    }

    /** 居家适老化改造 (民发〔2020〕86号): special-hardship elderly households. */
    @Nested
    class HomeAdaptation {

        Decision adaptation(Req r) {
            return Fixtures.assess(NationalPrograms.HOME_ADAPTATION, r.build(), standards());
        }

        @Test
        void dibaoHouseholdWithAMemberOfExactly60_qualifies() {
            Household h = household(born(1985, 1, 1)).member(born(1962, 10, 31), Relation.PARENT).build();
            assertThat(adaptation(Req.forHousehold(h).enrolled(NationalPrograms.DIBAO)).eligible()).isTrue();
            Household younger = household(born(1985, 1, 1)).member(born(1962, 11, 1), Relation.PARENT).build();
            assertThat(adaptation(Req.forHousehold(younger).enrolled(NationalPrograms.DIBAO)).reasons())
                    .containsExactly(HomeAdaptationProgram.NO_ELDERLY);
        }

        @Test
        void memberInTekun_qualifies_withoutDibao() {
            Person elder = born(1940, 1, 1);
            Household h = household(elder).build();
            assertThat(adaptation(Req.forHousehold(h).enrolled(elder.id(), NationalPrograms.TEKUN)).eligible())
                    .isTrue();
        }

        @Test
        void elderlyWithoutAssistance_notSpecialHardship_andBothReasonsWhenBothFail() {
            Household elderly = household(born(1940, 1, 1)).build();
            assertThat(adaptation(Req.forHousehold(elderly)).reasons())
                    .containsExactly(HomeAdaptationProgram.NOT_SPECIAL_HARDSHIP);
            Household young = household(born(1985, 1, 1)).build();
            assertThat(adaptation(Req.forHousehold(young)).reasons())
                    .containsExactlyInAnyOrder(HomeAdaptationProgram.NO_ELDERLY, HomeAdaptationProgram.NOT_SPECIAL_HARDSHIP);
        }
    }

    /** 老年人意外伤害保险: the government pays for special-hardship elderly, others pay themselves. */
    @Nested
    class Insurance {

        Decision insurance(Req r) {
            return Fixtures.assess(NationalPrograms.ELDERLY_ACCIDENT_INSURANCE, r.build(), standards());
        }

        @Test
        void fromExactly60_payerByHardship() {
            Person sixty = born(1962, 10, 31);
            Household h = alone(sixty);
            assertThat(insurance(Req.forPerson(h, sixty.id())).category()).contains(PremiumPayer.SELF);
            assertThat(insurance(Req.forPerson(h, sixty.id()).enrolled(NationalPrograms.DIBAO)).category())
                    .contains(PremiumPayer.GOVERNMENT);
            assertThat(insurance(Req.forPerson(h, sixty.id()).enrolled(sixty.id(), NationalPrograms.TEKUN))
                    .category()).contains(PremiumPayer.GOVERNMENT);
            Person fiftyNine = born(1962, 11, 1);
            assertThat(insurance(Req.forPerson(alone(fiftyNine), fiftyNine.id()).enrolled(NationalPrograms.DIBAO))
                    .reasons()).containsExactly(AccidentInsurance.UNDER_AGE);
        }
    }

    /** 低保 members of the month (decision record 0102) and the members not counted. */
    @Nested
    class DibaoMembers {

        Decision dibao(Household h) {
            return Fixtures.assess(NationalPrograms.DIBAO, Req.forHousehold(h).build(), standards());
        }

        @Test
        void pensionOfAMemberWhoDiedBeforeTheMonth_isNoIncomeOfTheMonth() {
            // the father died in August; his pension of 1500 is no income of October: 1 × 803 − 0 = 803.00
            Person head = born(1975, 3, 8);
            Person father = person(LocalDate.of(1945, 1, 1)).status(StatusKind.DECEASED, LocalDate.of(2022, 8, 15))
                    .build();
            Household h = household(head).member(father, Relation.PARENT)
                    .income(org.minzheng.core.registry.Income.of(org.minzheng.core.registry.IncomeKind.PENSION,
                            Money.of("1500"), father.id())).build();
            Decision d = dibao(h);
            assertThat(d.eligible()).isTrue();
            assertThat(d.amount()).isEqualTo(Money.of("803.00"));
        }

        @Test
        void nobodyCounted_noMembers() {
            Person prisoner = person(LocalDate.of(1980, 1, 1)).status(StatusKind.SERVING_SENTENCE,
                    LocalDate.of(2021, 1, 1)).build();
            Decision d = dibao(alone(prisoner));
            assertThat(d.reasons()).containsExactly(Dibao.NO_MEMBERS);
            assertThat(d.amount()).isEqualTo(Money.ZERO);
        }

        @Test
        void excludedMembers_notedWithTheirNumber_noNoteWhenAllCount() {
            // head + a son in prison + a daughter declared missing: 1 counted, 2 not
            Person head = born(1970, 1, 1);
            Household h = household(head)
                    .member(person(LocalDate.of(1995, 1, 1)).status(StatusKind.SERVING_SENTENCE,
                            LocalDate.of(2021, 1, 1)).build(), Relation.CHILD)
                    .member(person(LocalDate.of(1997, 1, 1)).status(StatusKind.DECLARED_MISSING,
                            LocalDate.of(2021, 1, 1)).build(), Relation.CHILD).build();
            Decision d = dibao(h);
            assertThat(d.notes()).contains(Dibao.MEMBER_EXCLUDED);
            assertThat(d.amount()).isEqualTo(Money.of("803.00"));
            assertThat(d.explanation().render(java.util.Locale.ENGLISH)).contains("2 member(s) not counted");
            Decision all = dibao(Fixtures.threePersons("1200"));
            assertThat(all.notes()).doesNotContain(Dibao.MEMBER_EXCLUDED);
        }
    }

    /** What a 特困 decision says about supporters, and the national test of capacity to work. */
    @Nested
    class TekunExplanations {

        Decision tekun(Person p, Supporter... supporters) {
            Req r = Req.forPerson(alone(p), p.id());
            for (Supporter s : supporters) {
                r.supporter(s);
            }
            return Fixtures.assess(NationalPrograms.TEKUN, r.build(), standards());
        }

        @Test
        void noSupporter_saidSo() {
            Person p = born(1940, 1, 1);
            assertThat(stepKeys(tekun(p))).contains("tekun.no-supporter");
            assertThat(stepKeys(tekun(p, Supporter.of(born(1965, 1, 1))))).doesNotContain("tekun.no-supporter");
        }

        @Test
        void theSupporterWhoCanSupport_isNamedByNumber() {
            Person p = born(1940, 1, 1);
            Supporter deceased = Supporter.of(person(LocalDate.of(1960, 1, 1))
                    .status(StatusKind.DECEASED, LocalDate.of(2020, 1, 1)).build());
            Decision d = tekun(p, deceased, Supporter.of(born(1965, 1, 1)));
            String text = d.explanation().render(java.util.Locale.ENGLISH);
            assertThat(text).contains("Supporter 1 has died.").contains("Supporter 2 is able to support.");
        }

        @Test
        void supporterWithoutCivilCapacity_saidSo() {
            Person p = born(1940, 1, 1);
            Decision d = tekun(p, Supporter.of(born(1965, 1, 1)).declaredWithoutCivilCapacity());
            assertThat(d.eligible()).isTrue();
            assertThat(stepKeys(d)).contains("tekun.supporter-no-capacity");
        }

        @Test
        void unableToWorkNationally_byCategoryAndGrade() {
            // 《特困人员认定办法》: grade 1–3 intellectual or mental, grade 1–2 physical or multiple, grade 1 visual
            assertThat(org.minzheng.core.programs.tekun.TekunRule.unableToWorkNationally(born(1980, 1, 1))).isFalse();
            record Case(DisabilityCategory category, int grade, boolean unable) {
            }
            for (Case c : List.of(new Case(DisabilityCategory.INTELLECTUAL, 3, true),
                    new Case(DisabilityCategory.INTELLECTUAL, 4, false), new Case(DisabilityCategory.MENTAL, 3, true),
                    new Case(DisabilityCategory.PHYSICAL, 2, true), new Case(DisabilityCategory.PHYSICAL, 3, false),
                    new Case(DisabilityCategory.MULTIPLE, 2, true), new Case(DisabilityCategory.MULTIPLE, 3, false),
                    new Case(DisabilityCategory.VISUAL, 1, true), new Case(DisabilityCategory.VISUAL, 2, false),
                    new Case(DisabilityCategory.HEARING, 1, false), new Case(DisabilityCategory.SPEECH, 1, false))) {
                Person p = person(LocalDate.of(1980, 1, 1)).disability(disability(c.category(), c.grade())).build();
                assertThat(org.minzheng.core.programs.tekun.TekunRule.unableToWorkNationally(p)).as("%s", c)
                        .isEqualTo(c.unable());
            }
        }
    }

    /** 临时救助: the cap is a ceiling, reached exactly without being "capped". */
    @Nested
    class TemporaryCap {

        @Test
        void needExactlyAtTheCap_paidInFull_notCapped() {
            // emergency cap 3 × 803 = 2409.00
            Household h = Fixtures.threePersons("1200");
            Decision at = Fixtures.assess(NationalPrograms.TEMPORARY_ASSISTANCE, Req.forHousehold(h)
                    .temporaryNeed(org.minzheng.core.programs.temporary.TemporaryNeed.emergency(Money.of("2409")))
                    .build(), standards());
            assertThat(at.amount()).isEqualTo(Money.of("2409.00"));
            assertThat(at.notes()).doesNotContain(org.minzheng.core.programs.temporary.TemporaryAssistance.CAPPED);
            assertThat(org.minzheng.core.programs.temporary.TemporaryNeed.emergency(Money.of("1")).program())
                    .isEqualTo(NationalPrograms.TEMPORARY_ASSISTANCE);
        }
    }

    @Test
    void categoryCodes_asStoredAndReported() {
        assertThat(java.util.Arrays.stream(HomeCareGroup.values()).map(HomeCareGroup::code))
                .containsExactly("general-age", "low-income", "disabled", "living-alone");
        assertThat(java.util.Arrays.stream(org.minzheng.core.programs.temporary.TemporaryAssistanceType.values())
                .map(org.minzheng.core.programs.temporary.TemporaryAssistanceType::code))
                .containsExactly("emergency", "expenditure");
        assertThat(HomeCareGroup.LOW_INCOME.chineseName()).isEqualTo("低保、特困老年人");
        assertThat(HomeCareGroup.LOW_INCOME.englishName()).isEqualTo("low-income elderly");
        assertThat(org.minzheng.core.programs.temporary.TemporaryAssistanceType.EMERGENCY.chineseName())
                .isEqualTo("急难型");
        assertThat(org.minzheng.core.programs.temporary.TemporaryAssistanceType.EXPENDITURE.englishName())
                .isEqualTo("expenditure");
    }
}
