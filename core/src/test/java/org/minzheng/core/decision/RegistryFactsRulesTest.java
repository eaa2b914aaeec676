package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.alone;
import static org.minzheng.core.decision.Fixtures.born;
import static org.minzheng.core.decision.Fixtures.household;
import static org.minzheng.core.decision.Fixtures.person;
import static org.minzheng.core.decision.Fixtures.standards;
import static org.minzheng.core.decision.Fixtures.standardsBuilder;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.childsubsidy.ChildSubsidy;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.SchoolEnrolment;
import org.minzheng.core.registry.SchoolLevel;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.Kinship;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.standards.ResolvedStandards;

/**
 * The rules that read the facts of issue 12 from the registry: legal supporters in and outside the household, a
 * child's combined parents, 特困 beyond 18 while in school, institutional support, and the further categories of
 * children in difficulty. Standards are those of {@link Fixtures} (dibao 803, tekun 1.3 × dibao + care, dispersed
 * orphans 1980) unless a test sets more.
 */
class RegistryFactsRulesTest {

    static Decision tekun(SubjectFacts f, ResolvedStandards s) {
        return Fixtures.assess(NationalPrograms.TEKUN, f, s);
    }

    static Decision child(SubjectFacts f, ResolvedStandards s) {
        return Fixtures.assess(NationalPrograms.CHILD_SUBSIDY, f, s);
    }

    @Nested
    class Supporters {

        @Test
        void workingAdultSonInTheHousehold_isALegalSupporterAbleToSupport() {
            // issue 12, first wrong answer: a 72-year-old head living with a working son of 45 (wage 4000/month) is
            // not without supporters; the son is judged like any supporter and is able
            Person mother = person(LocalDate.of(1950, 3, 1)).selfCare(SelfCare.ABLE).build();
            Person son = born(1977, 5, 1);
            Household h = household(mother).member(son, Relation.CHILD)
                    .income(Income.of(IncomeKind.WAGE, Money.of("4000"), son.id())).build();
            Decision d = tekun(Req.forPerson(h, mother.id()).build(), standards());
            assertThat(d.eligible()).isFalse();
            assertThat(d.reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void oldLowIncomeSpouseInTheHousehold_cannotSupport_soTheSubjectQualifies() {
            // spouse aged 75 earning 1000/month = 12000/year < 40000 limit: unable (national rule), as outside
            Person head = person(LocalDate.of(1950, 3, 1)).selfCare(SelfCare.ABLE).build();
            Person wife = born(1947, 2, 1);
            Household h = household(head).member(wife, Relation.SPOUSE)
                    .income(Income.of(IncomeKind.PENSION, Money.of("1000"), wife.id())).build();
            Decision d = tekun(Req.forPerson(h, head.id()).build(), standards());
            assertThat(d.eligible()).isTrue();
            // the wife is another 特困 applicant's supporter too: the relation is symmetric
            assertThat(Kinship.between(h, wife.id(), head.id())).contains(RelativeKind.SPOUSE);
        }

        @Test
        void aSiblingOrGrandchildInTheHousehold_isNotALegalSupporter() {
            Person head = person(LocalDate.of(1950, 3, 1)).selfCare(SelfCare.ABLE).build();
            Person brother = born(1975, 1, 1);
            Person grandchild = born(2000, 1, 1);
            Household h = household(head).member(brother, Relation.SIBLING).member(grandchild, Relation.GRANDCHILD)
                    .build();
            assertThat(Kinship.legalSupporters(Req.forPerson(h, head.id()).build())).isEmpty();
            assertThat(tekun(Req.forPerson(h, head.id()).build(), standards()).eligible()).isTrue();
        }

        @Test
        void aDescribedSonInPrisonOutsideTheHousehold_cannotSupport_butAWorkingDaughterCan() {
            Person p = person(LocalDate.of(1948, 1, 1)).selfCare(SelfCare.ABLE)
                    .relative(Relative.of(RelativeKind.CHILD, Gender.MALE, LocalDate.of(1975, 1, 1))
                            .withStatus(PersonStatus.of(StatusKind.SERVING_SENTENCE, LocalDate.of(2021, 1, 1))))
                    .build();
            assertThat(tekun(Req.forPerson(alone(p), p.id()).build(), standards()).eligible()).isTrue();
            Person withDaughter = p.toBuilder()
                    .relative(Relative.of(RelativeKind.CHILD, Gender.FEMALE, LocalDate.of(1978, 1, 1))
                            .withStatus(PersonStatus.of(StatusKind.WORKING_AWAY, LocalDate.of(2015, 1, 1))))
                    .build();
            Decision d = tekun(Req.forPerson(alone(withDaughter), withDaughter.id()).build(), standards());
            assertThat(d.reasons()).containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void aDescribedOldParentWithLowIncome_cannotSupportADisabledAdult() {
            // 40-year-old, physical grade 1: unable to work; father 72 with 20000/year: unable (below 40000)
            Person p = person(LocalDate.of(1982, 1, 1)).disability(Disability.of(DisabilityCategory.PHYSICAL, 1))
                    .selfCare(SelfCare.ABLE)
                    .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1950, 1, 1))
                            .withAnnualIncome(Money.of("20000")))
                    .build();
            assertThat(tekun(Req.forPerson(alone(p), p.id()).build(), standards()).eligible()).isTrue();
            // the same father with 40000 (not below the limit) can support
            Person rich = p.toBuilder().relatives(List.of(Relative.of(RelativeKind.PARENT, Gender.MALE,
                    LocalDate.of(1950, 1, 1)).withAnnualIncome(Money.of("40000")))).build();
            assertThat(tekun(Req.forPerson(alone(rich), rich.id()).build(), standards()).reasons())
                    .containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void aMinorsParentsFromTheChildWelfareRecord_areSupporters() {
            // a 10-year-old whose mother is at home can be supported; with both parents deceased, cannot
            Person orphan = person(LocalDate.of(2012, 5, 1)).selfCare(SelfCare.ABLE)
                    .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2019, 1, 1))))
                    .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2020, 1, 1))))
                    .build();
            assertThat(tekun(Req.forPerson(alone(orphan), orphan.id()).build(), standards()).eligible()).isTrue();
            Person withMother = orphan.toBuilder().parents(List.of(orphan.parents().get(0),
                    Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.AT_HOME, LocalDate.of(1990, 1, 1)))))
                    .build();
            assertThat(tekun(Req.forPerson(alone(withMother), withMother.id()).build(), standards()).reasons())
                    .containsExactly(Tekun.SUPPORTER_ABLE);
        }

        @Test
        void property_kinshipInTheHousehold_isSymmetric_andNeverReachesBeyondSpouseParentsAndChildren() {
            Relation[] others = {Relation.SPOUSE, Relation.CHILD, Relation.PARENT, Relation.GRANDCHILD,
                Relation.GRANDPARENT, Relation.SIBLING, Relation.OTHER};
            qt().withExamples(300).forAll(integers().between(0, others.length - 1),
                    integers().between(0, others.length - 1), integers().between(0, others.length - 1))
                    .checkAssert((a, b, c) -> {
                        Person head = born(1950, 1, 1);
                        Household.Builder hb = household(head);
                        boolean spouse = false;
                        for (int i : new int[] {a, b, c}) {
                            Relation r = others[i];
                            if (r == Relation.SPOUSE && spouse) {
                                continue;
                            }
                            spouse |= r == Relation.SPOUSE;
                            int year = r.youngerThanHead() ? 1980 : r.olderThanHead() ? 1930 : 1952;
                            hb.member(born(year, 1 + i, 1), r);
                        }
                        Household h = hb.build();
                        for (var x : h.members()) {
                            for (var y : h.members()) {
                                var xy = Kinship.between(h, x.person().id(), y.person().id());
                                var yx = Kinship.between(h, y.person().id(), x.person().id());
                                assertThat(yx).isEqualTo(xy.map(RelativeKind::inverse));
                                if (x.relation() != Relation.HEAD && y.relation() != Relation.HEAD
                                        && !(x.relation() == Relation.SPOUSE && y.relation() == Relation.CHILD)
                                        && !(x.relation() == Relation.CHILD && y.relation() == Relation.SPOUSE)) {
                                    assertThat(xy).as(x.relation() + " / " + y.relation()).isEmpty();
                                }
                            }
                        }
                    });
        }

        @Test
        void aSupporterGivenWithTheFacts_winsOverTheSameMemberFoundInTheHousehold() {
            Person head = person(LocalDate.of(1950, 3, 1)).selfCare(SelfCare.ABLE).build();
            Person son = born(1977, 5, 1);
            Household h = household(head).member(son, Relation.CHILD).build();
            SubjectFacts f = Req.forPerson(h, head.id())
                    .supporter(org.minzheng.core.rule.Supporter.of(son).declaredWithoutCivilCapacity()).build();
            assertThat(Kinship.legalSupporters(f)).hasSize(1);
            assertThat(tekun(f, standards()).eligible()).isTrue();
        }
    }

    @Nested
    class ChildsParents {

        @Test
        void xiaohang_severelyDisabledFatherInTheHousehold_andMotherLostContact_isInDifficulty() {
            // issue 12, the seed's 小航: father (head) physical grade 1 at home; mother lost contact since 2019,
            // recorded on the child only. Combined: father incapable (qualifying), mother lost contact > 6 months
            // (qualifying) → de-facto unsupported child, 1980 × share
            Person father = person(LocalDate.of(1985, 1, 1)).gender(Gender.MALE)
                    .disability(Disability.of(DisabilityCategory.PHYSICAL, 1)).build();
            Person hang = person(LocalDate.of(2014, 6, 1)).gender(Gender.MALE)
                    .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.LOST_CONTACT, LocalDate.of(2019, 3, 1))))
                    .build();
            Household h = household(father).member(hang, Relation.CHILD).build();
            SubjectFacts f = Req.forPerson(h, hang.id()).build();
            assertThat(Kinship.parentsOf(f)).extracting(Parent::role).containsExactlyInAnyOrder(ParentRole.FATHER,
                    ParentRole.MOTHER);
            Decision d = child(f, standardsBuilder().set(ChildSubsidy.UNSUPPORTED_SHARE, BigDecimal.ONE).build());
            assertThat(d.eligible()).isTrue();
            assertThat(d.category()).contains(ChildCategory.DE_FACTO_UNSUPPORTED);
            assertThat(d.amount()).isEqualTo(Money.of("1980.00"));
        }

        @Test
        void aParentRecordedOnTheChildWithAReference_takesTheMembersCurrentFacts() {
            // the record says the father was at home; his own record says serving a sentence since 2020
            Person father = person(LocalDate.of(1985, 1, 1)).gender(Gender.MALE)
                    .status(StatusKind.SERVING_SENTENCE, LocalDate.of(2020, 1, 1)).build();
            Person mother = person(LocalDate.of(1986, 1, 1)).status(StatusKind.DECEASED, LocalDate.of(2021, 1, 1))
                    .build();
            Person kid = person(LocalDate.of(2015, 1, 1))
                    .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, LocalDate.of(1985, 1, 1)))
                            .withPerson(father.id()))
                    .build();
            Household h = household(father).member(mother, Relation.SPOUSE).member(kid, Relation.CHILD).build();
            SubjectFacts f = Req.forPerson(h, kid.id(), OCT_2022).build();
            Person combined = Kinship.withCombinedParents(f);
            assertThat(combined.parent(ParentRole.FATHER).orElseThrow().status().kind())
                    .isEqualTo(StatusKind.SERVING_SENTENCE);
            // the mother died before October 2022: not a member of the month, so not a parent found in the household
            assertThat(combined.parent(ParentRole.MOTHER)).isEmpty();
        }

        @Test
        void parentsWhoLiveAtHomeAndCanCare_leaveTheChildOutOfEveryCategory() {
            Person father = person(LocalDate.of(1985, 1, 1)).gender(Gender.MALE).build();
            Person mother = born(1986, 1, 1);
            Person kid = born(2015, 1, 1);
            Household h = household(father).member(mother, Relation.SPOUSE).member(kid, Relation.CHILD).build();
            Decision d = child(Req.forPerson(h, kid.id()).build(), standards());
            assertThat(d.reasons()).containsExactly(ChildSubsidy.NOT_IN_DIFFICULTY);
        }
    }

    @Nested
    class TekunInSchool {

        final ResolvedStandards s = standards();

        /** A person in support born 2004-06-01: 18 in October 2022. */
        Person student(SchoolLevel level) {
            Person.Builder b = person(LocalDate.of(2004, 6, 1)).selfCare(SelfCare.ABLE)
                    .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2010, 1, 1))))
                    .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2011, 1, 1))));
            if (level != null) {
                b.schoolEnrolment(SchoolEnrolment.since(level, LocalDate.of(2020, 9, 1)));
            }
            return b.build();
        }

        Decision assess(Person p, boolean inTekun, ResolvedStandards standards) {
            Req r = Req.forPerson(alone(p), p.id());
            if (inTekun) {
                r.enrolled(p.id(), NationalPrograms.TEKUN);
            }
            return tekun(r.build(), standards);
        }

        @Test
        void eighteenInSeniorSecondary_alreadyInSupport_staysCovered() {
            // 1.3 × 803 = 1043.90 + 100 care = 1143.90 (《特困人员认定办法》第十三条)
            Decision d = assess(student(SchoolLevel.SENIOR_SECONDARY), true, s);
            assertThat(d.eligible()).isTrue();
            assertThat(d.amount()).isEqualTo(Money.of("1143.90"));
        }

        @Test
        void eighteenOutOfSchool_orNewlyApplying_isNotInTheGroup() {
            assertThat(assess(student(null), true, s).reasons()).containsExactly(Tekun.NOT_IN_GROUP);
            assertThat(assess(student(SchoolLevel.SENIOR_SECONDARY), false, s).reasons())
                    .containsExactly(Tekun.NOT_IN_GROUP);
        }

        @Test
        void schoolThatEndedBeforeTheMonthsEnd_doesNotCount() {
            Person p = student(null).toBuilder().schoolEnrolment(SchoolEnrolment.between(SchoolLevel.SENIOR_SECONDARY,
                    LocalDate.of(2019, 9, 1), LocalDate.of(2022, 10, 30))).build();
            assertThat(assess(p, true, s).reasons()).containsExactly(Tekun.NOT_IN_GROUP);
            Person lastDay = student(null).toBuilder().schoolEnrolment(SchoolEnrolment.between(
                    SchoolLevel.SENIOR_SECONDARY, LocalDate.of(2019, 9, 1), LocalDate.of(2022, 10, 31))).build();
            assertThat(assess(lastDay, true, s).eligible()).isTrue();
        }

        @Test
        void higherEducation_onlyWhereTheRegionSaysSo() {
            assertThat(assess(student(SchoolLevel.HIGHER), true, s).reasons()).containsExactly(Tekun.NOT_IN_GROUP);
            ResolvedStandards region = standardsBuilder().set(Tekun.SCHOOL_HIGHER_EDUCATION, true).build();
            assertThat(assess(student(SchoolLevel.HIGHER), true, region).eligible()).isTrue();
            // postgraduate study is not continued even then
            assertThat(assess(student(SchoolLevel.POSTGRADUATE), true, region).eligible()).isFalse();
        }

        @Test
        void ageLimitWhileInSchool_isExclusive() {
            // limit 19: at 18 covered; a student born 2003-10-31 is 19 on 2022-10-31 and is not
            ResolvedStandards limit = standardsBuilder().set(Tekun.AGE_IN_SCHOOL_LIMIT, 19).build();
            assertThat(assess(student(SchoolLevel.SENIOR_SECONDARY), true, limit).eligible()).isTrue();
            Person nineteen = student(SchoolLevel.SENIOR_SECONDARY).toBuilder().birthDate(LocalDate.of(2003, 10, 31))
                    .build();
            assertThat(assess(nineteen, true, limit).reasons()).containsExactly(Tekun.NOT_IN_GROUP);
            Person almost = nineteen.toBuilder().birthDate(LocalDate.of(2003, 11, 1)).build();
            assertThat(assess(almost, true, limit).eligible()).isTrue();
        }

        @Test
        void property_inSchoolCoverIsNeverGrantedToANewApplicantOfEighteenOrMore() {
            qt().withExamples(200).forAll(integers().between(18, 40), integers().between(0, 5)).checkAssert((age, lvl) -> {
                SchoolLevel level = SchoolLevel.values()[lvl];
                Person p = person(LocalDate.of(2022 - age, 10, 1)).selfCare(SelfCare.ABLE)
                        .schoolEnrolment(SchoolEnrolment.since(level, LocalDate.of(2022 - age + 6, 9, 1))).build();
                ResolvedStandards region = standardsBuilder().set(Tekun.SCHOOL_HIGHER_EDUCATION, true).build();
                assertThat(assess(p, false, region).eligible()).isFalse();
                boolean covered = assess(p, true, region).eligible();
                assertThat(covered).isEqualTo(level.compulsoryOrSecondary() || level == SchoolLevel.HIGHER);
            });
        }
    }

    @Nested
    class TekunPlacement {

        @Test
        void institutionalSupport_paysItsOwnBasicStandard_whenTheRegionSetsOne() {
            Person p = person(LocalDate.of(1950, 1, 1)).selfCare(SelfCare.ABLE).placement(Placement.INSTITUTIONAL)
                    .build();
            ResolvedStandards region = standardsBuilder().set(Tekun.BASIC_INSTITUTIONAL, Money.of("1300")).build();
            // 1300 institutional basic + 100 care; read from the person's record, no placement given with the facts
            assertThat(tekun(Req.forPerson(alone(p), p.id()).build(), region).amount()).isEqualTo(Money.of("1400.00"));
            // without the standard, the dispersed amount: 1043.90 + 100
            assertThat(tekun(Req.forPerson(alone(p), p.id()).build(), standards()).amount())
                    .isEqualTo(Money.of("1143.90"));
            // dispersed support ignores the institutional standard
            Person home = p.toBuilder().placement(Placement.DISPERSED).build();
            assertThat(tekun(Req.forPerson(alone(home), home.id()).build(), region).amount())
                    .isEqualTo(Money.of("1143.90"));
        }

        @Test
        void institutionalOrphan_recordedOnThePerson_isPaidTheInstitutionalStandard() {
            // issue 12: "institutional orphans are paid the home standard" — 2623, not 1980
            Person orphan = person(LocalDate.of(2012, 1, 1)).placement(Placement.INSTITUTIONAL)
                    .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2015, 1, 1))))
                    .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2016, 1, 1))))
                    .build();
            Decision d = child(Req.forPerson(alone(orphan), orphan.id()).build(), standards());
            assertThat(d.amount()).isEqualTo(Money.of("2623.00"));
            Person kin = orphan.toBuilder().placement(Placement.KINSHIP_CARE).build();
            assertThat(child(Req.forPerson(alone(kin), kin.id()).build(), standards()).amount())
                    .isEqualTo(Money.of("1980.00"));
        }
    }

    @Nested
    class FurtherChildCategories {

        Person parentsAtHome(Person.Builder b) {
            return b.parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, LocalDate.of(1985, 1, 1))))
                    .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.AT_HOME, LocalDate.of(1986, 1, 1))))
                    .build();
        }

        @Test
        void hivInfectedChild_isPaidTheDispersedOrphanStandard_inJiangsu() {
            // Jiangsu 2018: HIV-infected children get the dispersed-orphan standard (share 1 × 1980)
            Person c = parentsAtHome(person(LocalDate.of(2014, 1, 1)).hivInfected(true));
            ResolvedStandards js = standardsBuilder().set(ChildSubsidy.HIV_INFECTED_SHARE, BigDecimal.ONE).build();
            Decision d = child(Req.forPerson(alone(c), c.id()).build(), js);
            assertThat(d.category()).contains(ChildCategory.HIV_INFECTED);
            assertThat(d.amount()).isEqualTo(Money.of("1980.00"));
            // a region without the standard does not pay the category
            assertThat(child(Req.forPerson(alone(c), c.id()).build(), standards()).reasons())
                    .containsExactly(ChildSubsidy.NOT_IN_DIFFICULTY);
        }

        @Test
        void hivInfectedOrphan_staysAnOrphan() {
            Person c = person(LocalDate.of(2014, 1, 1)).hivInfected(true)
                    .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2015, 1, 1))))
                    .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2016, 1, 1))))
                    .build();
            ResolvedStandards js = standardsBuilder().set(ChildSubsidy.HIV_INFECTED_SHARE, BigDecimal.ONE).build();
            assertThat(child(Req.forPerson(alone(c), c.id()).build(), js).category()).contains(ChildCategory.ORPHAN);
        }

        @Test
        void seriouslyIllChildOfADibaoHousehold_wherePaid() {
            Person ill = parentsAtHome(person(LocalDate.of(2013, 1, 1)).seriouslyIll(true));
            Household h = alone(ill);
            ResolvedStandards region = standardsBuilder()
                    .set(ChildSubsidy.ILL_OR_DISABLED_IN_DIBAO_SHARE, new BigDecimal("0.5")).build();
            Decision d = child(Req.forPerson(h, ill.id()).enrolled(NationalPrograms.DIBAO).build(), region);
            assertThat(d.category()).contains(ChildCategory.ILL_OR_DISABLED_IN_DIBAO);
            assertThat(d.amount()).isEqualTo(Money.of("990.00"));
            // not in dibao: not the category
            assertThat(child(Req.forPerson(h, ill.id()).build(), region).eligible()).isFalse();
            // a mild disability (grade 4) is not severe
            Person mild = parentsAtHome(person(LocalDate.of(2013, 1, 1))
                    .disability(Disability.of(DisabilityCategory.PHYSICAL, 4)));
            assertThat(child(Req.forPerson(alone(mild), mild.id()).enrolled(NationalPrograms.DIBAO).build(), region)
                    .eligible()).isFalse();
            Person severe = parentsAtHome(person(LocalDate.of(2013, 1, 1))
                    .disability(Disability.of(DisabilityCategory.PHYSICAL, 2)));
            assertThat(child(Req.forPerson(alone(severe), severe.id()).enrolled(NationalPrograms.DIBAO).build(),
                    region).amount()).isEqualTo(Money.of("990.00"));
        }
    }
}
