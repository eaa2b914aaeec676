package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.alone;
import static org.minzheng.core.decision.Fixtures.born;
import static org.minzheng.core.decision.Fixtures.disability;
import static org.minzheng.core.decision.Fixtures.household;
import static org.minzheng.core.decision.Fixtures.person;
import static org.minzheng.core.decision.Fixtures.standards;
import static org.minzheng.core.decision.Fixtures.standardsBuilder;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.adaptation.HomeAdaptationProgram;
import org.minzheng.core.programs.caresubsidy.DisabilityCareSubsidy;
import org.minzheng.core.programs.carevisit.CareVisitGroup;
import org.minzheng.core.programs.carevisit.CareVisitProgram;
import org.minzheng.core.programs.homecare.HomeCare;
import org.minzheng.core.programs.homecare.HomeCareGroup;
import org.minzheng.core.programs.insurance.AccidentInsurance;
import org.minzheng.core.programs.livingsubsidy.DisabilityLivingSubsidy;
import org.minzheng.core.programs.senior.SeniorAllowance;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * The issue-12 rules of the two disability subsidies and the elderly services, with worked examples from the
 * policy texts (国发〔2015〕52号, 苏民规〔2022〕4号, 民发〔2017〕193号, 民发〔2020〕86号), their boundaries and
 * properties. The fixtures' dibao standard is 803 (both hukou), care subsidy 130 urban / 90 rural, living shares 0.35
 * severe / 0.25 other, home care 13 hours; October 2022, ages on the 31st.
 */
class ServiceAndSubsidyRulesTest {

    static final BigDecimal SIXTY = new BigDecimal("0.6");

    static Person disabledBorn(int year, DisabilityCategory category, int grade) {
        return person(LocalDate.of(year, 1, 1)).disability(disability(category, grade)).build();
    }

    static Decision care(Household h, Person p, ResolvedStandards s) {
        return Fixtures.assess(NationalPrograms.DISABILITY_CARE_SUBSIDY, Req.forPerson(h, p.id()).build(), s);
    }

    static Decision living(Household h, Person p, ResolvedStandards s, boolean dibao) {
        Req r = Req.forPerson(h, p.id());
        if (dibao) {
            r.enrolled(NationalPrograms.DIBAO);
        }
        return Fixtures.assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY, r.build(), s);
    }

    static ResolvedStandards withSeveral() {
        return standardsBuilder().set(DisabilityLivingSubsidy.SHARE_SEVERAL_OR_ELDERLY_PARENTS, SIXTY).build();
    }

    /** 重度残疾人护理补贴 (国发〔2015〕52号). */
    @Nested
    class CareSubsidy {

        @Test
        void workInjuryCarePay_ofTheirOwn_excludesTheCareSubsidy() {
            // 国发〔2015〕52号: 享受工伤保险生活护理费的，不享受护理补贴
            Person p = disabledBorn(1970, DisabilityCategory.PHYSICAL, 1);
            Household with = household(p).income(Income.of(IncomeKind.WORK_INJURY_CARE, Money.of("1200"), p.id())).build();
            Decision d = care(with, p, standards());
            assertThat(d.eligible()).isFalse();
            assertThat(d.reasons()).containsExactly(DisabilityCareSubsidy.WORK_INJURY_CARE);
            assertThat(d.amount()).isEqualTo(Money.ZERO);
            assertThat(care(alone(p), p, standards()).amount()).isEqualTo(Money.of("90.00"));
        }

        @Test
        void workInjuryCarePay_ofAnotherMember_doesNotExcludeThem() {
            Person p = disabledBorn(1970, DisabilityCategory.PHYSICAL, 2);
            Person husband = born(1968, 1, 1);
            Household h = household(p).member(husband, Relation.SPOUSE)
                    .income(Income.of(IncomeKind.WORK_INJURY_CARE, Money.of("1200"), husband.id())).build();
            assertThat(care(h, p, standards()).amount()).isEqualTo(Money.of("90.00"));
        }

        @Test
        void longTermCareInsurance_excludesOnlyWhereTheRegionSaysSo() {
            Person p = disabledBorn(1970, DisabilityCategory.VISUAL, 1);
            Household h = household(p).income(Income.of(IncomeKind.LONG_TERM_CARE_INSURANCE, Money.of("600"), p.id()))
                    .build();
            assertThat(care(h, p, standards()).amount()).isEqualTo(Money.of("90.00"));
            ResolvedStandards linked = standardsBuilder().set(DisabilityCareSubsidy.EXCLUDED_WITH_LTCI, true).build();
            assertThat(care(h, p, linked).reasons()).containsExactly(DisabilityCareSubsidy.RECEIVES_LTCI);
            assertThat(care(alone(p), p, linked).eligible()).isTrue();
        }

        @Test
        void careNeed_whereRequired_needsALostActivityOrACapabilityLevelBelowIntact() {
            ResolvedStandards s = standardsBuilder().set(DisabilityCareSubsidy.CARE_NEED_REQUIRED, true).build();
            Person unrecorded = disabledBorn(1970, DisabilityCategory.PHYSICAL, 1);
            assertThat(care(alone(unrecorded), unrecorded, s).reasons()).containsExactly(DisabilityCareSubsidy.NO_CARE_NEED);
            Person intact = unrecorded.toBuilder().selfCare(SelfCare.ABLE.withAssessment(CapabilityLevel.INTACT,
                    LocalDate.of(2022, 3, 1))).build();
            assertThat(care(alone(intact), intact, s).reasons()).containsExactly(DisabilityCareSubsidy.NO_CARE_NEED);
            Person oneLost = unrecorded.toBuilder().selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING)).build();
            assertThat(care(alone(oneLost), oneLost, s).amount()).isEqualTo(Money.of("90.00"));
            Person mild = unrecorded.toBuilder().selfCare(SelfCare.ABLE.withAssessment(CapabilityLevel.MILD,
                    LocalDate.of(2022, 3, 1))).build();
            assertThat(care(alone(mild), mild, s).amount()).isEqualTo(Money.of("90.00"));
        }

        @Test
        void property_neverNegative_andOnlyTheHukouStandardOrNothing() {
            qt().withExamples(300).forAll(integers().between(1, 4), integers().between(0, 3000), integers().between(0, 1))
                    .checkAssert((grade, workInjury, urban) -> {
                        Person p = person(LocalDate.of(1970, 1, 1)).hukou(urban == 1 ? HukouType.URBAN : HukouType.RURAL)
                                .disability(disability(DisabilityCategory.PHYSICAL, grade)).build();
                        Household h = household(p).income(Income.of(IncomeKind.WORK_INJURY_CARE,
                                Money.of(String.valueOf(workInjury)), p.id())).build();
                        Decision d = care(h, p, standards());
                        assertThat(d.amount().isNegative()).isFalse();
                        Money expected = grade <= 2 && workInjury == 0 ? Money.of(urban == 1 ? "130.00" : "90.00") : Money.ZERO;
                        assertThat(d.amount()).isEqualTo(expected);
                    });
        }
    }

    /** 困难残疾人生活补贴: 一户多残、依老养残 (苏民规〔2022〕4号). */
    @Nested
    class SeveralOrElderlyParents {

        @Test
        void twoDisabledMembers_outsideDibao_perCapitaUnderTwiceTheStandard_receiveSixtyPercent() {
            // 一户多残: two members, wage 2000 → 1000 a head ≤ 2 × 803 = 1606 → 0.6 × 803 = 481.80 each
            Person head = disabledBorn(1970, DisabilityCategory.PHYSICAL, 2);
            Person wife = disabledBorn(1972, DisabilityCategory.HEARING, 3);
            Household h = household(head).member(wife, Relation.SPOUSE)
                    .income(Income.of(IncomeKind.WAGE, Money.of("2000"), wife.id())).build();
            assertThat(living(h, head, withSeveral(), false).amount()).isEqualTo(Money.of("481.80"));
            assertThat(living(h, wife, withSeveral(), false).amount()).isEqualTo(Money.of("481.80"));
        }

        @Test
        void incomeExactlyTwiceTheStandard_qualifies_aFenAbove_doesNot() {
            Person head = disabledBorn(1970, DisabilityCategory.PHYSICAL, 2);
            Person wife = disabledBorn(1972, DisabilityCategory.HEARING, 3);
            Household at = household(head).member(wife, Relation.SPOUSE)
                    .income(Income.of(IncomeKind.WAGE, Money.of("3212.00"), wife.id())).build();
            Household above = household(head).member(wife, Relation.SPOUSE)
                    .income(Income.of(IncomeKind.WAGE, Money.of("3212.01"), wife.id())).build();
            assertThat(living(at, head, withSeveral(), false).amount()).isEqualTo(Money.of("481.80"));
            Decision d = living(above, head, withSeveral(), false);
            assertThat(d.eligible()).isFalse();
            assertThat(d.reasons()).containsExactly(DisabilityLivingSubsidy.INCOME_ABOVE_MULTIPLE);
        }

        @Test
        void aDisabledChildOfParentsAged60AndOver_isADependantOfElderlyParents() {
            // 依老养残: parents 65 and 60 (born 1962-10-31: 60 on the 31st), son 35 with a grade-4 intellectual disability
            Person father = born(1957, 5, 1);
            Person mother = born(1962, 10, 31);
            Person son = disabledBorn(1987, DisabilityCategory.INTELLECTUAL, 4);
            Household h = household(father).member(mother, Relation.SPOUSE).member(son, Relation.CHILD)
                    .income(Income.of(IncomeKind.PENSION, Money.of("1500"), father.id())).build();
            assertThat(living(h, son, withSeveral(), false).amount()).isEqualTo(Money.of("481.80"));
            // the mother one day younger (59): not elderly parents, and not a dibao household
            Person youngerMother = born(1962, 11, 1);
            Household h59 = household(father).member(youngerMother, Relation.SPOUSE).member(son, Relation.CHILD).build();
            assertThat(living(h59, son, withSeveral(), false).reasons())
                    .containsExactly(DisabilityLivingSubsidy.NOT_DIBAO_HOUSEHOLD);
        }

        @Test
        void aDisabledHeadLivingWithTheirParents_isADependantOfElderlyParents() {
            Person head = disabledBorn(1980, DisabilityCategory.MENTAL, 2);
            Household h = household(head).member(born(1950, 1, 1), Relation.PARENT).build();
            assertThat(living(h, head, withSeveral(), false).amount()).isEqualTo(Money.of("481.80"));
        }

        @Test
        void inADibaoHousehold_theLargerShareIsPaid() {
            // dibao severe share 0.35 → 281.05; one disabled member only, no elderly parents: 0.35
            Person head = disabledBorn(1970, DisabilityCategory.PHYSICAL, 1);
            assertThat(living(alone(head), head, withSeveral(), true).amount()).isEqualTo(Money.of("281.05"));
            // two disabled members in dibao: 0.6 > 0.35
            Person wife = disabledBorn(1972, DisabilityCategory.HEARING, 3);
            Household two = household(head).member(wife, Relation.SPOUSE).build();
            assertThat(living(two, head, withSeveral(), true).amount()).isEqualTo(Money.of("481.80"));
            // …but in dibao a household over twice the standard still gets its dibao share, not nothing
            Household rich = household(head).member(wife, Relation.SPOUSE)
                    .income(Income.of(IncomeKind.WAGE, Money.of("5000"), wife.id())).build();
            assertThat(living(rich, head, withSeveral(), true).amount()).isEqualTo(Money.of("281.05"));
        }

        @Test
        void withoutTheRegionalShare_outsideDibao_nothingChanges() {
            Person head = disabledBorn(1970, DisabilityCategory.PHYSICAL, 2);
            Household two = household(head).member(disabledBorn(1972, DisabilityCategory.HEARING, 3), Relation.SPOUSE)
                    .build();
            assertThat(living(two, head, standards(), false).reasons())
                    .containsExactly(DisabilityLivingSubsidy.NOT_DIBAO_HOUSEHOLD);
        }

        @Test
        void property_neverNegative_andNotIncreasingWithIncome() {
            Person head = disabledBorn(1970, DisabilityCategory.PHYSICAL, 2);
            Person wife = disabledBorn(1972, DisabilityCategory.HEARING, 3);
            qt().withExamples(300).forAll(integers().between(0, 6000), integers().between(0, 6000))
                    .checkAssert((a, b) -> {
                        int low = Math.min(a, b);
                        int high = Math.max(a, b);
                        Money atLow = living(household(head).member(wife, Relation.SPOUSE).income(Income.of(IncomeKind.WAGE,
                                Money.of(String.valueOf(low)), wife.id())).build(), head, withSeveral(), false).amount();
                        Money atHigh = living(household(head).member(wife, Relation.SPOUSE).income(Income.of(IncomeKind.WAGE,
                                Money.of(String.valueOf(high)), wife.id())).build(), head, withSeveral(), false).amount();
                        assertThat(atLow.isNegative()).isFalse();
                        assertThat(atHigh.compareTo(atLow)).isLessThanOrEqualTo(0);
                    });
        }
    }

    /** 居家养老上门服务. */
    @Nested
    class HomeCareRules {

        ResolvedStandards byLevel() {
            return standardsBuilder().set(HomeCare.AGE_GENERAL, 80).set(HomeCare.HOURS_MILD, new BigDecimal("12"))
                    .set(HomeCare.HOURS_MODERATE, new BigDecimal("16")).set(HomeCare.HOURS_SEVERE, new BigDecimal("20"))
                    .set(HomeCare.HOURS_COMPLETE, new BigDecimal("24")).build();
        }

        Decision homeCare(Household h, Person p, ResolvedStandards s, boolean dibao, boolean edge) {
            Req r = Req.forPerson(h, p.id());
            if (dibao) {
                r.enrolled(NationalPrograms.DIBAO);
            }
            if (edge) {
                r.enrolled(NationalPrograms.DIBAO_EDGE);
            }
            return Fixtures.assess(NationalPrograms.HOME_CARE, r.build(), s);
        }

        Person assessed(int year, CapabilityLevel level) {
            return person(LocalDate.of(year, 1, 1)).selfCare(SelfCare.ABLE.withAssessment(level, LocalDate.of(2022, 2, 1)))
                    .build();
        }

        @Test
        void hoursFollowTheCapabilityLevel_whereTheRegionSetsThem() {
            for (CapabilityLevel level : CapabilityLevel.values()) {
                Person p = assessed(1935, level); // 87: eligible by age whatever the level
                BigDecimal expected = switch (level) {
                    case INTACT -> new BigDecimal("13");
                    case MILD -> new BigDecimal("12");
                    case MODERATE -> new BigDecimal("16");
                    case SEVERE -> new BigDecimal("20");
                    case COMPLETE -> new BigDecimal("24");
                };
                assertThat(homeCare(alone(p), p, byLevel(), false, false).hoursPerMonth()).contains(expected);
            }
            // no level recorded, or no hours set for the level: the general hours
            Person unassessed = born(1935, 1, 1);
            assertThat(homeCare(alone(unassessed), unassessed, byLevel(), false, false).hoursPerMonth())
                    .contains(new BigDecimal("13"));
            Person moderate = assessed(1935, CapabilityLevel.MODERATE);
            assertThat(homeCare(alone(moderate), moderate, standardsBuilder().set(HomeCare.AGE_GENERAL, 80).build(),
                    false, false).hoursPerMonth()).contains(new BigDecimal("13"));
        }

        @Test
        void economicallyDifficult_withCapabilityLossRequired_needsALoss() {
            ResolvedStandards s = standardsBuilder().set(HomeCare.LOW_INCOME_CAPABILITY_LOSS, true)
                    .set(HomeCare.GROUP_DISABLED, false).build();
            Person able = born(1952, 1, 1);
            assertThat(homeCare(alone(able), able, s, true, false).reasons()).containsExactly(HomeCare.NOT_IN_GROUP);
            Person partly = person(LocalDate.of(1952, 1, 1)).selfCare(SelfCare.losing(ActivityOfDailyLiving.WALKING_INDOORS))
                    .build();
            Decision d = homeCare(alone(partly), partly, s, true, false);
            assertThat(d.category()).contains(HomeCareGroup.LOW_INCOME);
            // the loss alone, without low income, does not make the low-income group
            assertThat(homeCare(alone(partly), partly, s, false, false).eligible()).isFalse();
        }

        @Test
        void dibaoEdgeHouseholds_areEconomicallyDifficult_whereTheRegionSaysSo() {
            Person p = born(1955, 1, 1);
            assertThat(homeCare(alone(p), p, standards(), false, true).eligible()).isFalse();
            ResolvedStandards s = standardsBuilder().set(HomeCare.LOW_INCOME_DIBAO_EDGE, true).build();
            assertThat(homeCare(alone(p), p, s, false, true).category()).contains(HomeCareGroup.LOW_INCOME);
        }

        @Test
        void property_hoursNeverNegative_andNotFewerForAWorseLevel() {
            qt().withExamples(200).forAll(integers().between(0, 4), integers().between(0, 4)).checkAssert((a, b) -> {
                CapabilityLevel better = CapabilityLevel.values()[Math.min(a, b)];
                CapabilityLevel worse = CapabilityLevel.values()[Math.max(a, b)];
                ResolvedStandards s = standardsBuilder().set(HomeCare.AGE_GENERAL, 80)
                        .set(HomeCare.HOURS_PER_MONTH, new BigDecimal("12")).set(HomeCare.HOURS_MILD, new BigDecimal("12"))
                        .set(HomeCare.HOURS_MODERATE, new BigDecimal("16")).set(HomeCare.HOURS_SEVERE, new BigDecimal("20"))
                        .set(HomeCare.HOURS_COMPLETE, new BigDecimal("24")).build();
                Person pb = assessed(1935, better);
                Person pw = assessed(1935, worse);
                BigDecimal hb = homeCare(alone(pb), pb, s, false, false).hoursPerMonth().orElseThrow();
                BigDecimal hw = homeCare(alone(pw), pw, s, false, false).hoursPerMonth().orElseThrow();
                assertThat(hb.signum()).isGreaterThanOrEqualTo(0);
                assertThat(hw).isGreaterThanOrEqualTo(hb);
            });
        }
    }

    /** 关爱巡访. */
    @Nested
    class CareVisits {

        Decision visit(Household h, Person p, ResolvedStandards s) {
            return Fixtures.assess(NationalPrograms.CARE_VISIT, Req.forPerson(h, p.id()).build(), s);
        }

        @Test
        void visitsDue_followTheRisk() {
            // living alone and 80 (born 1942-10-31): high risk, 4 a month
            Person eighty = born(1942, 10, 31);
            Decision high = visit(alone(eighty), eighty, standards());
            assertThat(high.category()).contains(CareVisitGroup.LIVING_ALONE);
            assertThat(high.servicesPerMonth()).contains(4);
            // living alone and 79 (born 1942-11-01), able: medium, 2
            Person seventyNine = born(1942, 11, 1);
            assertThat(visit(alone(seventyNine), seventyNine, standards()).servicesPerMonth()).contains(2);
            // empty nest 70 and 68: low, 1; with a partial self-care loss: medium, 2
            Person him = born(1952, 1, 1);
            Household nest = household(him).member(born(1954, 1, 1), Relation.SPOUSE).build();
            assertThat(visit(nest, him, standards()).servicesPerMonth()).contains(1);
            Person frail = person(LocalDate.of(1952, 1, 1)).selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING)).build();
            Household frailNest = household(frail).member(born(1954, 1, 1), Relation.SPOUSE).build();
            assertThat(visit(frailNest, frail, standards()).servicesPerMonth()).contains(2);
        }

        @Test
        void leftBehind_ruralWithTheChildAwaySixMonths() {
            // 民发〔2017〕193号: son working away since 2022-04-30: six months on 2022-10-30 ≤ 10-31 → left behind
            Person mother = born(1950, 2, 1);
            Person sixMonths = person(LocalDate.of(1982, 1, 1))
                    .status(PersonStatus.of(StatusKind.WORKING_AWAY, LocalDate.of(2022, 4, 30))).build();
            Household h = household(mother).member(sixMonths, Relation.CHILD).build();
            Decision d = visit(h, mother, standards());
            assertThat(d.category()).contains(CareVisitGroup.LEFT_BEHIND);
            assertThat(d.servicesPerMonth()).contains(1);
            // since 2022-05-01: six months only on 11-01 → not yet
            Person notYet = person(LocalDate.of(1982, 1, 1))
                    .status(PersonStatus.of(StatusKind.WORKING_AWAY, LocalDate.of(2022, 5, 1))).build();
            assertThat(visit(household(mother).member(notYet, Relation.CHILD).build(), mother, standards()).reasons())
                    .containsExactly(CareVisitProgram.NOT_ALONE_OR_EMPTY_NEST);
            // an urban household is not 农村留守
            Household urban = household(mother).hukou(HukouType.URBAN).member(sixMonths, Relation.CHILD).build();
            assertThat(visit(urban, mother, standards()).eligible()).isFalse();
            // a grandchild at home: not left alone
            Household withChild = household(mother).member(sixMonths, Relation.CHILD)
                    .member(born(2012, 1, 1), Relation.GRANDCHILD).build();
            assertThat(visit(withChild, mother, standards()).eligible()).isFalse();
        }

        @Test
        void property_visitsDueAtLeastOne_andNotFewerLivingAloneThanInAnEmptyNest() {
            qt().withExamples(200).forAll(integers().between(1920, 1962)).checkAssert(year -> {
                Person p = born(year, 6, 1);
                Decision aloneD = visit(alone(p), p, standards());
                Decision nestD = visit(household(p).member(born(1950, 1, 1), Relation.SPOUSE).build(), p, standards());
                assertThat(aloneD.servicesPerMonth().orElseThrow()).isGreaterThanOrEqualTo(1);
                assertThat(aloneD.servicesPerMonth().orElseThrow())
                        .isGreaterThanOrEqualTo(nestD.servicesPerMonth().orElseThrow());
            });
        }
    }

    /** 居家适老化改造 (民发〔2020〕86号). */
    @Nested
    class Adaptation {

        Decision adaptation(Household h, ResolvedStandards s, boolean dibao, boolean edge) {
            Req r = Req.forHousehold(h);
            if (dibao) {
                r.enrolled(NationalPrograms.DIBAO);
            }
            if (edge) {
                r.enrolled(NationalPrograms.DIBAO_EDGE);
            }
            return Fixtures.assess(NationalPrograms.HOME_ADAPTATION, r.build(), s);
        }

        @Test
        void theSubsidyPerHousehold_isTheServiceBudget_neverAnAmountPaid() {
            ResolvedStandards s = standardsBuilder().set(HomeAdaptationProgram.AMOUNT, Money.of("3000")).build();
            Decision d = adaptation(alone(born(1950, 1, 1)), s, true, false);
            assertThat(d.eligible()).isTrue();
            assertThat(d.serviceBudget()).contains(Money.of("3000"));
            assertThat(d.amount()).isEqualTo(Money.ZERO);
            assertThat(adaptation(alone(born(1950, 1, 1)), s, false, false).serviceBudget()).isEmpty();
        }

        @Test
        void whereRestricted_aVeryOldDependentOrDisabledElderlyMemberIsNeeded() {
            ResolvedStandards s = standardsBuilder().set(HomeAdaptationProgram.REQUIRES_VULNERABLE, true).build();
            assertThat(adaptation(alone(born(1952, 1, 1)), s, true, false).reasons())
                    .containsExactly(HomeAdaptationProgram.NO_VULNERABLE_ELDERLY);
            assertThat(adaptation(alone(born(1942, 10, 31)), s, true, false).eligible()).isTrue(); // 80 on the 31st
            assertThat(adaptation(alone(born(1942, 11, 1)), s, true, false).eligible()).isFalse(); // 79
            assertThat(adaptation(alone(disabledBorn(1955, DisabilityCategory.VISUAL, 4)), s, true, false).eligible())
                    .isTrue();
        }

        @Test
        void dibaoEdge_qualifiesWhereTheRegionSaysSo() {
            Household h = alone(born(1950, 1, 1));
            assertThat(adaptation(h, standards(), false, true).reasons())
                    .containsExactly(HomeAdaptationProgram.NOT_SPECIAL_HARDSHIP);
            assertThat(adaptation(h, standardsBuilder().set(HomeAdaptationProgram.DIBAO_EDGE, true).build(), false, true)
                    .eligible()).isTrue();
        }
    }

    /** 老年人意外伤害保险. */
    @Nested
    class Insurance {

        Decision insured(Person p, boolean dibao, boolean edge, ResolvedStandards s) {
            Household h = alone(p);
            Req r = Req.forPerson(h, p.id());
            if (dibao) {
                r.enrolled(NationalPrograms.DIBAO);
            }
            if (edge) {
                r.enrolled(NationalPrograms.DIBAO_EDGE);
            }
            return Fixtures.assess(NationalPrograms.ELDERLY_ACCIDENT_INSURANCE, r.build(), s);
        }

        @Test
        void governmentPaysForSpecialHardshipFrom60_othersAreGeneralEnrolments() {
            Person sixty = born(1962, 10, 31);
            assertThat(insured(sixty, true, false, standards()).category()).contains(PremiumPayer.GOVERNMENT);
            assertThat(insured(sixty, false, false, standards()).category()).contains(PremiumPayer.SELF);
            assertThat(insured(born(1962, 11, 1), true, false, standards()).reasons())
                    .containsExactly(AccidentInsurance.UNDER_AGE);
            assertThat(insured(sixty, false, true, standards()).category()).contains(PremiumPayer.SELF);
            assertThat(insured(sixty, false, true, standardsBuilder().set(AccidentInsurance.GOVERNMENT_DIBAO_EDGE, true)
                    .build()).category()).contains(PremiumPayer.GOVERNMENT);
        }

        @Test
        void screeningOpensCasesOnlyForGovernmentPaidEnrolments() {
            Screening screening = AccidentInsurance.PROGRAM.monthly().screening();
            Person p = born(1950, 1, 1);
            assertThat(screening.opens(insured(p, true, false, standards()))).isTrue();
            assertThat(screening.opens(insured(p, false, false, standards()))).isFalse();
            assertThat(screening.opens(insured(born(1970, 1, 1), true, false, standards()))).isFalse();
        }
    }

    /** Screening declarations (排查). */
    @Nested
    class ScreeningDeclarations {

        @Test
        void theElderlyServicesScreenMonthlyForReview_theSeniorAllowanceStartsAtOnce() {
            for (var program : java.util.List.of(HomeCare.PROGRAM, CareVisitProgram.PROGRAM, HomeAdaptationProgram.PROGRAM,
                    AccidentInsurance.PROGRAM)) {
                Screening s = program.monthly().screening();
                assertThat(s.frequency()).as(program.code()).isEqualTo(Screening.Frequency.MONTHLY);
                assertThat(s.action()).as(program.code()).isEqualTo(Screening.Action.OPEN_FOR_REVIEW);
                assertThat(s.proposesClosing()).as(program.code()).isTrue();
            }
            Screening senior = SeniorAllowance.PROGRAM.monthly().screening();
            assertThat(senior.action()).isEqualTo(Screening.Action.START);
            assertThat(senior.proposesClosing()).isFalse();
        }

        @Test
        void property_theSeniorAllowanceCandidatesIncludeEveryoneItPays_atAnyAge() {
            // an 81-year-old who moved in, and every other age: eligible ⇒ candidate
            ResolvedStandards s = standardsBuilder().set(SeniorAllowance.EXTRA_FROM, 95)
                    .set(SeniorAllowance.EXTRA_AMOUNT, Money.of("200")).build();
            qt().withExamples(300).forAll(integers().between(1900, 2022), integers().between(1, 12)).checkAssert((y, m) -> {
                Person p = born(y, m, 1);
                Decision d = Fixtures.assess(NationalPrograms.SENIOR_ALLOWANCE,
                        Req.forPerson(alone(p), p.id(), YearMonth.of(2022, 10)).build(), s);
                if (d.eligible()) {
                    assertThat(SeniorAllowance.PROGRAM.monthly().screening().isCandidate(p, YearMonth.of(2022, 10))).isTrue();
                }
            });
            Person eightyOne = born(1941, 5, 10);
            assertThat(SeniorAllowance.PROGRAM.monthly().screening().isCandidate(eightyOne, YearMonth.of(2022, 10))).isTrue();
        }
    }
}
