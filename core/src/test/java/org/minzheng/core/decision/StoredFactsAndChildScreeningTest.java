package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.born;
import static org.minzheng.core.decision.Fixtures.household;
import static org.minzheng.core.decision.Fixtures.person;
import static org.minzheng.core.decision.Fixtures.standards;
import static org.minzheng.core.decision.Fixtures.standardsBuilder;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.carevisit.CareVisitGroup;
import org.minzheng.core.programs.carevisit.CareVisitProgram;
import org.minzheng.core.programs.childsubsidy.ChildSubsidy;
import org.minzheng.core.programs.homecare.HomeCare;
import org.minzheng.core.programs.homecare.HomeCareGroup;
import org.minzheng.core.programs.leftbehind.LeftBehindChildren;
import org.minzheng.core.programs.livingsubsidy.DisabilityLivingSubsidy;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.CapabilityRecord;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.LivingSituation;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.Kinship;
import org.minzheng.core.rule.Screening;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * Branch wire3 (issue 12 gaps): a child's parents read from stored relatives, screening of the children's
 * programs, left-behind identification without the confirmation, the stored living situation and dated capability
 * in care visits and home care, and 依老养残 parents recorded as relatives. Standards are those of {@link Fixtures}
 * (dibao 803, dispersed orphans 1980, shares 0.8/0.6, home care 13 hours) unless a test sets more.
 */
class StoredFactsAndChildScreeningTest {

    static Decision assess(ProgramCode program, Req r, ResolvedStandards s) {
        return Fixtures.assess(program, r.build(), s);
    }

    static String explained(Decision d) {
        return String.join("\n", d.explanation().lines(Locale.CHINESE)) + "\n"
                + String.join("\n", d.explanation().lines(Locale.ENGLISH));
    }

    static Relative parentAway(Gender g, LocalDate since) {
        return Relative.of(RelativeKind.PARENT, g, LocalDate.of(1985, 1, 1))
                .withStatus(PersonStatus.of(StatusKind.WORKING_AWAY, since));
    }

    @Nested
    class ParentsFromStoredRelatives {

        @Test
        void fatherDescribedAsRelative_severelyDisabled_andMotherLostContact_isDeFactoUnsupported() {
            // like 小航, but the father lives in another household and is known to the child's record only as a
            // relative: physical grade 1 (incapable), mother lost contact since 2019 → 事实无人抚养, 1 × 1980
            Person hang = person(LocalDate.of(2014, 6, 1)).gender(Gender.MALE)
                    .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1985, 1, 1))
                            .withDisability(Disability.of(DisabilityCategory.PHYSICAL, 1)))
                    .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.LOST_CONTACT, LocalDate.of(2019, 3, 1))))
                    .build();
            Household grandma = household(person(LocalDate.of(1955, 1, 1)).build()).member(hang, Relation.GRANDCHILD)
                    .build();
            Req r = Req.forPerson(grandma, hang.id());
            assertThat(Kinship.parentsOf(r.build())).extracting(Parent::role)
                    .containsExactlyInAnyOrder(ParentRole.FATHER, ParentRole.MOTHER);
            Decision d = assess(NationalPrograms.CHILD_SUBSIDY, r,
                    standardsBuilder().set(ChildSubsidy.UNSUPPORTED_SHARE, BigDecimal.ONE).build());
            assertThat(d.category()).contains(ChildCategory.DE_FACTO_UNSUPPORTED);
            assertThat(d.amount()).isEqualTo(Money.of("1980.00"));
            // without the relative the father is unknown: the mother alone does not make a category
            Person noFather = hang.toBuilder().relatives(java.util.List.of()).build();
            Household h2 = household(person(LocalDate.of(1955, 1, 1)).build()).member(noFather, Relation.GRANDCHILD)
                    .build();
            assertThat(assess(NationalPrograms.CHILD_SUBSIDY, Req.forPerson(h2, noFather.id()), standards()).eligible())
                    .isFalse();
        }

        @Test
        void aParentStoredInAnotherHousehold_givenByTheRuntime_winsOverTheDescription() {
            // the child's record describes the father as at home; his own stored record (given with the facts as
            // a supporter, as the monthly run does) says serving a sentence since 2021
            Person father = person(LocalDate.of(1984, 1, 1)).gender(Gender.MALE)
                    .status(StatusKind.SERVING_SENTENCE, LocalDate.of(2021, 1, 1)).build();
            Person kid = person(LocalDate.of(2013, 1, 1))
                    .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1984, 1, 1))
                            .withPerson(father.id()))
                    .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2018, 1, 1))))
                    .build();
            Household h = household(person(LocalDate.of(1956, 1, 1)).build()).member(kid, Relation.GRANDCHILD).build();
            Req described = Req.forPerson(h, kid.id());
            assertThat(Kinship.withCombinedParents(described.build()).parent(ParentRole.FATHER).orElseThrow().status()
                    .kind()).isEqualTo(StatusKind.AT_HOME);
            Req stored = Req.forPerson(h, kid.id()).supporter(Supporter.of(father));
            assertThat(Kinship.withCombinedParents(stored.build()).parent(ParentRole.FATHER).orElseThrow().status()
                    .kind()).isEqualTo(StatusKind.SERVING_SENTENCE);
            // mother deceased + father serving a sentence → 事实无人抚养 (one parent dead, the other incapable)
            Decision d = assess(NationalPrograms.CHILD_SUBSIDY, Req.forPerson(h, kid.id()).supporter(Supporter.of(father)),
                    standards());
            assertThat(d.category()).contains(ChildCategory.DE_FACTO_UNSUPPORTED);
            assertThat(d.amount()).isEqualTo(Money.of("1980.00"));
        }

        @Test
        void aParentRecordedOnTheChild_winsOverARelativeOfTheSameRole() {
            Person kid = person(LocalDate.of(2013, 1, 1))
                    .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2018, 1, 1))))
                    .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1984, 1, 1)))
                    .build();
            Household h = household(person(LocalDate.of(1956, 1, 1)).build()).member(kid, Relation.GRANDCHILD).build();
            assertThat(Kinship.parentsOf(Req.forPerson(h, kid.id()).build())).singleElement()
                    .satisfies(p -> assertThat(p.status().kind()).isEqualTo(StatusKind.DECEASED));
        }

        @Test
        void leftBehind_parentsRecordedOnlyAsRelatives_bothAway() {
            Person kid = person(LocalDate.of(2012, 5, 1)).gender(Gender.MALE)
                    .relative(parentAway(Gender.MALE, LocalDate.of(2020, 3, 1)))
                    .relative(parentAway(Gender.FEMALE, LocalDate.of(2020, 3, 1)))
                    .build();
            Household h = household(person(LocalDate.of(1955, 1, 1)).build()).member(kid, Relation.GRANDCHILD).build();
            Decision d = assess(NationalPrograms.LEFT_BEHIND_CHILD_CARE, Req.forPerson(h, kid.id()), standards());
            assertThat(d.eligible()).isTrue();
            assertThat(d.category()).contains(ChildCategory.LEFT_BEHIND);
            assertThat(d.notes()).containsExactly(LeftBehindChildren.GUARDIANSHIP_CONFIRMATION_MISSING);
            assertThat(explained(d)).contains("需跟进签订").contains("follows up");
        }
    }

    @Nested
    class ChildScreening {

        final Screening subsidy = ChildSubsidy.PROGRAM.monthly().screening();
        final Screening leftBehind = LeftBehindChildren.PROGRAM.monthly().screening();

        @Test
        void bothChildrensProgramsScreenMonthlyForReview_andProposeClosing() {
            assertThat(subsidy.frequency()).isEqualTo(Screening.Frequency.MONTHLY);
            assertThat(subsidy.proposesClosing()).isTrue();
            assertThat(leftBehind.frequency()).isEqualTo(Screening.Frequency.MONTHLY);
            assertThat(leftBehind.proposesClosing()).isTrue();
        }

        @Test
        void candidates_atTheAgeBoundaries_andBeforeBirth() {
            // born 2004-10-31: 18 on 2022-10-31 → not a candidate in October, a candidate in September
            Person eighteen = born(2004, 10, 31);
            assertThat(subsidy.isCandidate(eighteen, OCT_2022)).isFalse();
            assertThat(subsidy.isCandidate(eighteen, YearMonth.of(2022, 9))).isTrue();
            Person unborn = born(2022, 11, 1);
            assertThat(subsidy.isCandidate(unborn, OCT_2022)).isFalse();
            assertThat(subsidy.isCandidate(born(2022, 10, 31), OCT_2022)).isTrue();
            // left-behind: rural and under 16
            Person sixteen = born(2006, 10, 31);
            assertThat(leftBehind.isCandidate(sixteen, OCT_2022)).isFalse();
            assertThat(leftBehind.isCandidate(sixteen, YearMonth.of(2022, 9))).isTrue();
            Person urban = person(LocalDate.of(2012, 1, 1)).hukou(HukouType.URBAN).build();
            assertThat(leftBehind.isCandidate(urban, OCT_2022)).isFalse();
            assertThat(leftBehind.isCandidate(unborn, OCT_2022)).isFalse();
        }

        @Test
        void property_eligibleIsAlwaysACandidate() {
            // every child the rules find eligible must be a screening candidate, or screening would miss them
            qt().withExamples(400).forAll(integers().between(1995, 2022), integers().between(1, 12),
                    integers().between(0, 1), integers().between(0, 1)).checkAssert((year, month, urban, orphan) -> {
                        Person.Builder b = person(LocalDate.of(year, month, 1))
                                .hukou(urban == 1 ? HukouType.URBAN : HukouType.RURAL);
                        StatusKind k = orphan == 1 ? StatusKind.DECEASED : StatusKind.WORKING_AWAY;
                        b.parent(Parent.of(ParentRole.FATHER, PersonStatus.of(k, LocalDate.of(1990, 1, 1))))
                                .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(k, LocalDate.of(1990, 1, 1))));
                        Person c = b.build();
                        Household h = household(person(LocalDate.of(1950, 1, 1)).build()).member(c, Relation.GRANDCHILD)
                                .build();
                        for (int m = 1; m <= 12; m++) {
                            YearMonth ym = YearMonth.of(2022, m);
                            if (LocalDate.of(year, month, 1).isAfter(ym.atEndOfMonth())) {
                                continue; // not born: not a member of the month
                            }
                            org.minzheng.core.rule.SubjectFacts f = org.minzheng.core.rule.SubjectFacts
                                    .forPerson(h, c.id(), ym).build();
                            ResolvedStandards s = Fixtures.standardsBuilder().build();
                            if (ChildSubsidy.PROGRAM.assess(f, s).eligible()) {
                                assertThat(subsidy.isCandidate(c, ym)).isTrue();
                            }
                            if (LeftBehindChildren.PROGRAM.assess(f, s).eligible()) {
                                assertThat(leftBehind.isCandidate(c, ym)).isTrue();
                            }
                        }
                    });
        }
    }

    @Nested
    class CareVisitsFromStoredFacts {

        Decision visit(Household h, Person p) {
            return assess(NationalPrograms.CARE_VISIT, Req.forPerson(h, p.id()), standards());
        }

        @Test
        void recordedLivingAlone_inABookletHouseholdOfThree_isVisitedAsLivingAlone() {
            // the hukou booklet lists a son and grandchild; the registry records she lives alone
            Person old = person(LocalDate.of(1950, 1, 1)).livingSituation(LivingSituation.LIVING_ALONE).build();
            Household h = household(old).member(born(1975, 1, 1), Relation.CHILD).member(born(2005, 1, 1),
                    Relation.GRANDCHILD).build();
            Decision d = visit(h, old);
            assertThat(d.category()).contains(CareVisitGroup.LIVING_ALONE);
            assertThat(d.servicesPerMonth()).contains(2); // living alone, 72, not vulnerable → medium
            assertThat(explained(d)).contains("居住状况（登记）").contains("as recorded");
            // without the record the household decides: a son of 47 at home → not visited
            Person unrecorded = old.toBuilder().livingSituation(java.util.Optional.empty()).build();
            Household h2 = household(unrecorded).member(born(1975, 1, 1), Relation.CHILD).build();
            Decision d2 = visit(h2, unrecorded);
            assertThat(d2.reasons()).containsExactly(CareVisitProgram.NOT_ALONE_OR_EMPTY_NEST);
            assertThat(explained(d2)).contains("按户内人数推定");
        }

        @Test
        void recordedWithFamily_inAHouseholdOfOne_isNotLivingAlone_butRecordedEmptyNestIs() {
            Person withFamily = person(LocalDate.of(1950, 1, 1)).livingSituation(LivingSituation.WITH_FAMILY).build();
            assertThat(visit(Fixtures.alone(withFamily), withFamily).reasons())
                    .containsExactly(CareVisitProgram.NOT_ALONE_OR_EMPTY_NEST);
            Person emptyNest = withFamily.toBuilder().livingSituation(LivingSituation.EMPTY_NEST).build();
            Household h = household(emptyNest).member(born(1990, 1, 1), Relation.CHILD).build();
            assertThat(visit(h, emptyNest).category()).contains(CareVisitGroup.EMPTY_NEST);
        }

        @Test
        void latestAssessmentByTheMonthsEnd_decidesVulnerability_laterOnesAreIgnored() {
            // living alone at 72: a moderate level assessed 2022-10-31 makes the risk high (4 visits);
            // one assessed 2022-11-01 is not yet known in October (medium, 2 visits)
            Person base = person(LocalDate.of(1950, 1, 1)).build();
            Person onLastDay = base.toBuilder().capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 10, 31), 50,
                    CapabilityLevel.MODERATE)).build();
            Decision high = visit(Fixtures.alone(onLastDay), onLastDay);
            assertThat(high.servicesPerMonth()).contains(4);
            assertThat(explained(high)).contains("2022-10-31");
            Person nextDay = base.toBuilder().capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 11, 1), 50,
                    CapabilityLevel.MODERATE)).build();
            assertThat(visit(Fixtures.alone(nextDay), nextDay).servicesPerMonth()).contains(2);
            // a newer intact assessment replaces an older moderate one, even against the self-care record
            Person recovered = base.toBuilder()
                    .selfCare(SelfCare.ABLE.withAssessment(CapabilityLevel.MODERATE, LocalDate.of(2021, 1, 1)))
                    .capabilityAssessment(new CapabilityRecord(LocalDate.of(2021, 1, 1), 50, CapabilityLevel.MODERATE))
                    .capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 6, 1), 90, CapabilityLevel.INTACT))
                    .build();
            assertThat(visit(Fixtures.alone(recovered), recovered).servicesPerMonth()).contains(2);
            // no dated assessment: the self-care record's level, as before
            Person selfCareOnly = base.toBuilder()
                    .selfCare(SelfCare.ABLE.withAssessment(CapabilityLevel.MILD, LocalDate.of(2021, 1, 1))).build();
            Decision fallback = visit(Fixtures.alone(selfCareOnly), selfCareOnly);
            assertThat(fallback.servicesPerMonth()).contains(4);
            assertThat(explained(fallback)).contains("取自生活自理记录");
        }
    }

    @Nested
    class HomeCareFromStoredFacts {

        final ResolvedStandards byLevel = standardsBuilder().set(HomeCare.HOURS_MILD, new BigDecimal("12"))
                .set(HomeCare.HOURS_MODERATE, new BigDecimal("16")).set(HomeCare.HOURS_SEVERE, new BigDecimal("20"))
                .set(HomeCare.HOURS_COMPLETE, new BigDecimal("24")).build();

        Decision homeCare(Household h, Person p, ResolvedStandards s) {
            return assess(NationalPrograms.HOME_CARE, Req.forPerson(h, p.id()), s);
        }

        @Test
        void datedSevereAssessment_makesADisabledElderlyPerson_withTheSevereHours() {
            Person p = person(LocalDate.of(1950, 1, 1))
                    .capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 5, 10), 20, CapabilityLevel.SEVERE))
                    .build();
            Decision d = homeCare(Fixtures.alone(p), p, byLevel);
            assertThat(d.category()).contains(HomeCareGroup.DISABLED);
            assertThat(d.hoursPerMonth()).contains(new BigDecimal("20"));
            assertThat(explained(d)).contains("2022-05-10");
            // assessed only after the month: not disabled in October
            Person later = person(LocalDate.of(1950, 1, 1))
                    .capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 11, 2), 20, CapabilityLevel.SEVERE))
                    .build();
            assertThat(homeCare(Fixtures.alone(later), later, byLevel).reasons()).containsExactly(HomeCare.NOT_IN_GROUP);
        }

        @Test
        void hoursFollowTheLatestAssessment_notTheSelfCareRecord() {
            // self-care record says mild (12 h); a later dated assessment says complete (24 h)
            Person p = person(LocalDate.of(1950, 1, 1))
                    .selfCare(SelfCare.ABLE.withAssessment(CapabilityLevel.MILD, LocalDate.of(2021, 1, 1)))
                    .capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 9, 1), 5, CapabilityLevel.COMPLETE))
                    .build();
            Household h = household(p).build();
            Decision d = assess(NationalPrograms.HOME_CARE, Req.forPerson(h, p.id()).enrolled(NationalPrograms.DIBAO),
                    byLevel);
            assertThat(d.category()).contains(HomeCareGroup.LOW_INCOME);
            assertThat(d.hoursPerMonth()).contains(new BigDecimal("24"));
            Person noRecord = p.toBuilder().capabilityAssessments(java.util.List.of()).build();
            Household h2 = household(noRecord).build();
            Decision d2 = assess(NationalPrograms.HOME_CARE,
                    Req.forPerson(h2, noRecord.id()).enrolled(NationalPrograms.DIBAO), byLevel);
            assertThat(d2.hoursPerMonth()).contains(new BigDecimal("12"));
            assertThat(explained(d2)).contains("取自生活自理记录");
        }

        @Test
        void livingAloneGroup_readsTheRecordedSituation_elseTheHousehold() {
            ResolvedStandards s = standardsBuilder().set(HomeCare.GROUP_LIVING_ALONE, true).build();
            Person recorded = person(LocalDate.of(1955, 1, 1)).livingSituation(LivingSituation.LIVING_ALONE).build();
            Household three = household(recorded).member(born(1980, 1, 1), Relation.CHILD).build();
            Decision d = homeCare(three, recorded, s);
            assertThat(d.category()).contains(HomeCareGroup.LIVING_ALONE);
            assertThat(explained(d)).contains("居住状况（登记）");
            Person withFamily = recorded.toBuilder().livingSituation(LivingSituation.WITH_FAMILY).build();
            assertThat(homeCare(Fixtures.alone(withFamily), withFamily, s).eligible()).isFalse();
            Person unrecorded = recorded.toBuilder().livingSituation(java.util.Optional.empty()).build();
            Decision alone = homeCare(Fixtures.alone(unrecorded), unrecorded, s);
            assertThat(alone.category()).contains(HomeCareGroup.LIVING_ALONE);
            assertThat(explained(alone)).contains("按户内人数推定为独居");
            Household two = household(unrecorded).member(born(1980, 1, 1), Relation.CHILD).build();
            Decision notAlone = homeCare(two, unrecorded, s);
            assertThat(notAlone.eligible()).isFalse();
            assertThat(explained(notAlone)).contains("按户内人数推定为非独居");
        }
    }

    @Nested
    class ElderlyParentsAsRelatives {

        static final BigDecimal SIXTY = new BigDecimal("0.6");

        ResolvedStandards withShare() {
            return standardsBuilder().set(DisabilityLivingSubsidy.SHARE_SEVERAL_OR_ELDERLY_PARENTS, SIXTY).build();
        }

        Decision living(Household h, Person p) {
            return assess(NationalPrograms.DISABILITY_LIVING_SUBSIDY, Req.forPerson(h, p.id()), withShare());
        }

        Person disabledHead(Relative... parents) {
            Person.Builder b = person(LocalDate.of(1985, 1, 1)).disability(Disability.of(DisabilityCategory.INTELLECTUAL,
                    2));
            for (Relative r : parents) {
                b.relative(r);
            }
            return b.build();
        }

        @Test
        void headWithBothParentsOf60Elsewhere_isADisabledDependantOfElderlyParents() {
            // 苏民规〔2022〕4号: 依老养残, per-capita income 0 ≤ 2 × 803 → 0.6 × 803 = 481.80, outside dibao
            Person p = disabledHead(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1957, 10, 31)),
                    Relative.of(RelativeKind.PARENT, Gender.FEMALE, LocalDate.of(1958, 3, 1)));
            Decision d = living(Fixtures.alone(p), p);
            assertThat(d.eligible()).isTrue();
            assertThat(d.amount()).isEqualTo(Money.of("481.80"));
            assertThat(explained(d)).contains("登记为户外亲属 2 人");
        }

        @Test
        void aParentOneDayShortOf60_orNoParentsAtAll_doesNotQualify() {
            // born 1962-11-01: 59 on 2022-10-31
            Person young = disabledHead(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1957, 1, 1)),
                    Relative.of(RelativeKind.PARENT, Gender.FEMALE, LocalDate.of(1962, 11, 1)));
            assertThat(living(Fixtures.alone(young), young).eligible()).isFalse();
            Person orphan = disabledHead();
            assertThat(living(Fixtures.alone(orphan), orphan).eligible()).isFalse();
        }

        @Test
        void aDeceasedParent_isNotCounted_theSurvivingElderlyParentIs() {
            Person p = disabledHead(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1970, 1, 1))
                            .withStatus(PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2020, 1, 1))),
                    Relative.of(RelativeKind.PARENT, Gender.FEMALE, LocalDate.of(1950, 1, 1)));
            assertThat(living(Fixtures.alone(p), p).amount()).isEqualTo(Money.of("481.80"));
            // a death recorded as after the month: still alive in October, and under 60 → not all elderly
            Person later = disabledHead(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1970, 1, 1))
                            .withStatus(PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2022, 11, 1))),
                    Relative.of(RelativeKind.PARENT, Gender.FEMALE, LocalDate.of(1950, 1, 1)));
            assertThat(living(Fixtures.alone(later), later).eligible()).isFalse();
        }

        @Test
        void aParentLivingInTheHousehold_andRecordedAsRelative_isCountedOnce() {
            Person father = person(LocalDate.of(1955, 1, 1)).gender(Gender.MALE).build();
            Person p = disabledHead(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1955, 1, 1))
                    .withPerson(father.id()));
            Household h = household(p).member(father, Relation.PARENT).build();
            Decision d = living(h, p);
            assertThat(d.amount()).isEqualTo(Money.of("481.80"));
            assertThat(explained(d)).contains("同户 1 人，登记为户外亲属 0 人");
            // the mother is stored elsewhere (a reference, not a member) and is 55: not all parents are elderly
            Person withMother = disabledHead(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1955, 1, 1))
                    .withPerson(father.id()), Relative.of(RelativeKind.PARENT, Gender.FEMALE, LocalDate.of(1967, 1, 1))
                    .withPerson(org.minzheng.core.registry.PersonId.of("elsewhere-2")));
            Household h2 = household(withMother).member(father, Relation.PARENT).build();
            assertThat(living(h2, withMother).eligible()).isFalse();
        }

        @Test
        void aYoungParentInTheHousehold_stillBlocks_anElderlyRelativeParentElsewhereDoesNotSuffice() {
            Person p = disabledHead(Relative.of(RelativeKind.PARENT, Gender.FEMALE, LocalDate.of(1950, 1, 1)));
            Person father = person(LocalDate.of(1965, 1, 1)).gender(Gender.MALE).build();
            Household h = household(p).member(father, Relation.PARENT).build();
            assertThat(living(h, p).eligible()).isFalse();
            Person oldFather = person(LocalDate.of(1955, 1, 1)).gender(Gender.MALE).build();
            Household h2 = household(p).member(oldFather, Relation.PARENT).build();
            // per capita 0 over two members → 0.6 × 803
            assertThat(living(h2, p).amount()).isEqualTo(Money.of("481.80"));
        }
    }

    /** Boundaries found by mutation testing (decision record 0240) in the slices this branch touched. */
    @Nested
    class CareVisitAndHomeCareBoundaries {

        Decision visit(Household h, Person p) {
            return assess(NationalPrograms.CARE_VISIT, Req.forPerson(h, p.id()), standards());
        }

        @Test
        void leftBehind_aMemberExactly60AtHome_countsAsElderly() {
            // 民发〔2017〕193号: son away since 2022-04-30 (6 months on 2022-10-31); the other member is 60 that day
            Person old = person(LocalDate.of(1950, 1, 1)).build();
            Person sixty = person(LocalDate.of(1962, 10, 31)).build();
            Person son = person(LocalDate.of(1980, 1, 1)).status(StatusKind.WORKING_AWAY, LocalDate.of(2022, 4, 30))
                    .build();
            Household h = household(old).member(sixty, Relation.SPOUSE).member(son, Relation.CHILD).build();
            assertThat(visit(h, old).category()).contains(CareVisitGroup.LEFT_BEHIND);
            Person fiftyNine = person(LocalDate.of(1962, 11, 1)).build();
            Household h2 = household(old).member(fiftyNine, Relation.SPOUSE).member(son, Relation.CHILD).build();
            assertThat(visit(h2, old).reasons()).containsExactly(CareVisitProgram.NOT_ALONE_OR_EMPTY_NEST);
        }

        @Test
        void recordedWithFamily_allElderly_noneAway_isNotVisited() {
            // without the record this couple is an empty nest; recorded "with family" and nobody away: neither
            Person a = person(LocalDate.of(1950, 1, 1)).livingSituation(LivingSituation.WITH_FAMILY).build();
            Household h = household(a).member(born(1952, 1, 1), Relation.SPOUSE).build();
            assertThat(visit(h, a).reasons()).containsExactly(CareVisitProgram.NOT_ALONE_OR_EMPTY_NEST);
        }

        @Test
        void oneActivityLost_isVulnerable_intactLevelIsNot() {
            Person one = person(LocalDate.of(1950, 1, 1))
                    .selfCare(SelfCare.losing(org.minzheng.core.registry.ActivityOfDailyLiving.BATHING)).build();
            assertThat(visit(Fixtures.alone(one), one).servicesPerMonth()).contains(4);
            Person intact = person(LocalDate.of(1950, 1, 1))
                    .capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 1, 1), 90, CapabilityLevel.INTACT))
                    .build();
            assertThat(visit(Fixtures.alone(intact), intact).servicesPerMonth()).contains(2);
            Person intactSelfCare = person(LocalDate.of(1950, 1, 1))
                    .selfCare(SelfCare.ABLE.withAssessment(CapabilityLevel.INTACT, LocalDate.of(2022, 1, 1))).build();
            assertThat(visit(Fixtures.alone(intactSelfCare), intactSelfCare).servicesPerMonth()).contains(2);
        }

        @Test
        void groupAndRiskCodes_areTheDocumentedOnes() {
            assertThat(CareVisitGroup.LIVING_ALONE.code()).isEqualTo("living-alone");
            assertThat(CareVisitGroup.EMPTY_NEST.chineseName()).isEqualTo("空巢老年人");
            assertThat(CareVisitGroup.LEFT_BEHIND.englishName()).isEqualTo("left-behind elderly");
            assertThat(org.minzheng.core.programs.carevisit.CareVisitRisk.HIGH.code()).isEqualTo("high");
            assertThat(org.minzheng.core.programs.carevisit.CareVisitRisk.HIGH.chineseName()).isNotBlank();
            assertThat(org.minzheng.core.programs.carevisit.CareVisitRisk.LOW.englishName()).isNotBlank();
        }

        @Test
        void homeCare_capabilityLossRequired_oneLostActivityOrAWorseLevel() {
            ResolvedStandards s = standardsBuilder().set(HomeCare.LOW_INCOME_CAPABILITY_LOSS, true).build();
            Person one = person(LocalDate.of(1955, 1, 1))
                    .selfCare(SelfCare.losing(org.minzheng.core.registry.ActivityOfDailyLiving.EATING)).build();
            Household h = household(one).build();
            assertThat(assess(NationalPrograms.HOME_CARE, Req.forPerson(h, one.id()).enrolled(NationalPrograms.DIBAO), s)
                    .category()).contains(HomeCareGroup.LOW_INCOME);
            Person intact = person(LocalDate.of(1955, 1, 1))
                    .capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 1, 1), 90, CapabilityLevel.INTACT))
                    .build();
            Household h2 = household(intact).build();
            assertThat(assess(NationalPrograms.HOME_CARE, Req.forPerson(h2, intact.id()).enrolled(NationalPrograms.DIBAO),
                    s).eligible()).isFalse();
            Person mild = person(LocalDate.of(1955, 1, 1))
                    .capabilityAssessment(new CapabilityRecord(LocalDate.of(2022, 1, 1), 70, CapabilityLevel.MILD))
                    .build();
            Person ableNoLevel = person(LocalDate.of(1955, 1, 1)).selfCare(SelfCare.ABLE).build();
            Household h4 = household(ableNoLevel).build();
            assertThat(assess(NationalPrograms.HOME_CARE,
                    Req.forPerson(h4, ableNoLevel.id()).enrolled(NationalPrograms.DIBAO), s).eligible()).isFalse();
            Household h3 = household(mild).build();
            assertThat(assess(NationalPrograms.HOME_CARE, Req.forPerson(h3, mild.id()).enrolled(NationalPrograms.DIBAO),
                    s).category()).contains(HomeCareGroup.LOW_INCOME);
        }
    }

    /** Kinship's record references, found by mutation testing to be unexercised. */
    @Nested
    class KinshipByRecord {

        @Test
        void aGrandchildsParentRecord_namingAChildOfTheHead_makesHimTheParent() {
            // by relation to the head a grandchild's parent could be any child of the head; the reference decides
            Person father = person(LocalDate.of(1980, 1, 1)).gender(Gender.MALE).build();
            Person uncle = person(LocalDate.of(1982, 1, 1)).gender(Gender.MALE).build();
            Person kid = person(LocalDate.of(2012, 1, 1))
                    .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, LocalDate.of(2012, 1, 1)))
                            .withPerson(father.id()))
                    .build();
            Household h = household(born(1950, 1, 1)).member(father, Relation.CHILD).member(uncle, Relation.CHILD)
                    .member(kid, Relation.GRANDCHILD).build();
            assertThat(Kinship.between(h, kid.id(), father.id())).contains(RelativeKind.PARENT);
            assertThat(Kinship.between(h, father.id(), kid.id())).contains(RelativeKind.CHILD);
            assertThat(Kinship.between(h, kid.id(), uncle.id())).isEmpty();
        }

        @Test
        void aSupporterWhoIsNotTheParent_isNotTakenForHim() {
            // the runtime passes every stored relative as a supporter; only the one the reference names is the father
            Person grandfather = person(LocalDate.of(1950, 1, 1)).gender(Gender.MALE)
                    .status(StatusKind.SERVING_SENTENCE, LocalDate.of(2020, 1, 1)).build();
            Person kid = person(LocalDate.of(2013, 1, 1))
                    .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1984, 1, 1))
                            .withPerson(org.minzheng.core.registry.PersonId.of("elsewhere-1")))
                    .build();
            Household h = household(born(1956, 1, 1)).member(kid, Relation.GRANDCHILD).build();
            Parent f = Kinship.withCombinedParents(Req.forPerson(h, kid.id()).supporter(Supporter.of(grandfather))
                    .build()).parent(ParentRole.FATHER).orElseThrow();
            assertThat(f.status().kind()).isEqualTo(StatusKind.AT_HOME);
        }

        @Test
        void aYoungMothersBaby_isNotHerParent() {
            Person mother = person(LocalDate.of(2005, 3, 1)).build();
            Person baby = person(LocalDate.of(2022, 5, 1)).gender(Gender.MALE).build();
            Household h = household(mother).member(baby, Relation.CHILD).build();
            assertThat(Kinship.parentsOf(Req.forPerson(h, mother.id()).build())).isEmpty();
        }

        @Test
        void aParentRecordedBothAsRelativeAndOnTheChildWelfareRecord_isOneSupporter() {
            Person p = person(LocalDate.of(1990, 1, 1)).disability(Disability.of(DisabilityCategory.INTELLECTUAL, 1))
                    .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1950, 1, 1)))
                    .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, LocalDate.of(1990, 1, 1))))
                    .build();
            assertThat(Kinship.legalSupporters(Req.forPerson(Fixtures.alone(p), p.id()).build())).hasSize(1);
            Person onlyWelfare = p.toBuilder().relatives(java.util.List.of()).build();
            assertThat(Kinship.legalSupporters(Req.forPerson(Fixtures.alone(onlyWelfare), onlyWelfare.id()).build()))
                    .hasSize(1);
            // a sibling in the household is no supporter
            Person sibling = born(1992, 1, 1);
            Person head = person(LocalDate.of(1990, 1, 1)).build();
            Household h = household(head).member(sibling, Relation.SIBLING).build();
            assertThat(Kinship.legalSupporters(Req.forPerson(h, head.id()).build())).isEmpty();
        }
    }
}
