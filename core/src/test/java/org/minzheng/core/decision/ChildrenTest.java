package org.minzheng.core.decision;

import org.minzheng.core.programs.childsubsidy.ChildSubsidy;
import org.minzheng.core.programs.leftbehind.LeftBehindChildren;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.decision.Fixtures.GAOQIAO;
import static org.minzheng.core.decision.Fixtures.OCT_2022;
import static org.minzheng.core.decision.Fixtures.alone;
import static org.minzheng.core.decision.Fixtures.person;
import static org.minzheng.core.decision.Fixtures.standards;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.children.ChildClassifier;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.service.ServiceRecordId;

class ChildrenTest {

    static final LocalDate END = OCT_2022.atEndOfMonth();

    static Parent parent(ParentRole role, StatusKind kind, LocalDate since) {
        return Parent.of(role, PersonStatus.of(kind, since));
    }

    static Parent atHome(ParentRole role) {
        return parent(role, StatusKind.AT_HOME, LocalDate.of(2000, 1, 1));
    }

    static Person child(Parent father, Parent mother) {
        return person(LocalDate.of(2012, 5, 1)).parent(father).parent(mother).build();
    }

    @Nested
    class Subsidy {

        Decision subsidy(Person child, Placement placement) {
            return ChildSubsidy.PROGRAM.assess(Fixtures.facts(alone(child), child.id()).placement(placement).build(),
                    standards());
        }

        Decision subsidy(Person child) {
            return subsidy(child, Placement.DISPERSED);
        }

        @Test
        void orphan_dispersedAndInstitutional() {
            Person c = child(parent(ParentRole.FATHER, StatusKind.DECEASED, LocalDate.of(2020, 1, 1)),
                    parent(ParentRole.MOTHER, StatusKind.DECLARED_MISSING, LocalDate.of(2021, 1, 1)));
            assertThat(subsidy(c).amount()).isEqualTo(Money.of("1980.00"));
            assertThat(subsidy(c).category()).contains(ChildCategory.ORPHAN);
            assertThat(subsidy(c, Placement.INSTITUTIONAL).amount()).isEqualTo(Money.of("2623.00"));
        }

        @Test
        void seedCase_fatherSeverelyDisabled_motherLostContactSixMonths_deFactoUnsupported() {
            // lost contact since 2022-04-30: six months by 2022-10-31 → de-facto unsupported, 1 × 1980 = 1980.00
            Parent father = atHome(ParentRole.FATHER).withDisability(Disability.of(DisabilityCategory.PHYSICAL, 1));
            Parent mother = parent(ParentRole.MOTHER, StatusKind.LOST_CONTACT, LocalDate.of(2022, 4, 30));
            Decision d = subsidy(child(father, mother));
            assertThat(d.category()).contains(ChildCategory.DE_FACTO_UNSUPPORTED);
            assertThat(d.amount()).isEqualTo(Money.of("1980.00"));
            assertThat(d.explanation().render(Locale.CHINA)).contains("事实无人抚养儿童");
        }

        @Test
        void lostContactFiveMonths_notYetDeFacto_parentsUnable() {
            // lost contact since 2022-05-01: under six months on 2022-10-31 → parents unable, 0.6 × 1980 = 1188.00
            Parent father = atHome(ParentRole.FATHER).withDisability(Disability.of(DisabilityCategory.PHYSICAL, 1));
            Parent mother = parent(ParentRole.MOTHER, StatusKind.LOST_CONTACT, LocalDate.of(2022, 5, 1));
            Decision d = subsidy(child(father, mother));
            assertThat(d.category()).contains(ChildCategory.PARENTS_UNABLE);
            assertThat(d.amount()).isEqualTo(Money.of("1188.00"));
        }

        @Test
        void detentionUnderAndOverSixMonths() {
            // father serving a sentence since 2022-06-01 (5 months), mother deceased → guardianship missing 0.8 × 1980 = 1584.00;
            // since 2022-04-01 (7 months) → de-facto unsupported
            Parent mother = parent(ParentRole.MOTHER, StatusKind.DECEASED, LocalDate.of(2019, 1, 1));
            Decision shortTerm = subsidy(child(parent(ParentRole.FATHER, StatusKind.SERVING_SENTENCE, LocalDate.of(2022, 6, 1)),
                    mother));
            assertThat(shortTerm.category()).contains(ChildCategory.GUARDIANSHIP_MISSING);
            assertThat(shortTerm.amount()).isEqualTo(Money.of("1584.00"));
            Decision longTerm = subsidy(child(parent(ParentRole.FATHER, StatusKind.SERVING_SENTENCE, LocalDate.of(2022, 4, 1)),
                    mother));
            assertThat(longTerm.category()).contains(ChildCategory.DE_FACTO_UNSUPPORTED);
        }

        @Test
        void parentsAtHome_notInDifficulty() {
            Decision d = subsidy(child(atHome(ParentRole.FATHER), atHome(ParentRole.MOTHER)));
            assertThat(d.reasons()).containsExactly(ChildSubsidy.NOT_IN_DIFFICULTY);
        }

        @Test
        void oneParentQualifyingOtherAtHome_notInDifficulty() {
            Parent father = atHome(ParentRole.FATHER).withSeriouslyIll(true);
            assertThat(subsidy(child(father, atHome(ParentRole.MOTHER))).eligible()).isFalse();
        }

        @Test
        void regionalClassification_replacesNational() {
            // a region that treats every child with a seriously ill parent as "parents unable": 0.6 × 1980 = 1188.00
            ProgramRule<ChildSubsidy.Request> region = ChildSubsidy.PROGRAM.derive(ChildSubsidy.Request::from,
                    (r, s, d) -> ChildSubsidy.decide(r, s, d, (child, on) -> child.parents().stream()
                            .anyMatch(Parent::seriouslyIll) ? java.util.Optional.of(ChildCategory.PARENTS_UNABLE)
                            : ChildClassifier.classify(child, on))).build();
            Person c = child(atHome(ParentRole.FATHER).withSeriouslyIll(true), atHome(ParentRole.MOTHER));
            Decision d = region.assess(Fixtures.facts(alone(c), c.id()).build(), standards());
            assertThat(d.amount()).isEqualTo(Money.of("1188.00"));
            assertThat(subsidy(c).eligible()).isFalse();
        }

        @Test
        void adult_notEligible() {
            Person adult = person(LocalDate.of(2004, 10, 1)).parent(parent(ParentRole.FATHER, StatusKind.DECEASED,
                    LocalDate.of(2010, 1, 1))).parent(parent(ParentRole.MOTHER, StatusKind.DECEASED, LocalDate.of(2010, 1, 1)))
                    .build();
            assertThat(subsidy(adult).reasons()).containsExactly(ChildSubsidy.ADULT);
        }
    }

    @Nested
    class LeftBehind {

        GuardianshipConfirmation confirmation(Person child, LocalDate termEnd) {
            GuardianshipConfirmation.Builder b = GuardianshipConfirmation.builder().id(ServiceRecordId.of("g-1"))
                    .subject(SubjectRef.person(child.id())).region(GAOQIAO).guardianName("王奶奶")
                    .guardianRelation(GuardianRelation.GRANDPARENT).signedOn(LocalDate.of(2022, 3, 1))
                    .termStart(LocalDate.of(2022, 3, 1));
            if (termEnd != null) {
                b.termEnd(termEnd);
            }
            return b.build();
        }

        Decision leftBehind(Person child, GuardianshipConfirmation c) {
            SubjectFacts.Builder r = Fixtures.facts(alone(child), child.id());
            if (c != null) {
                r.record(c);
            }
            return LeftBehindChildren.PROGRAM.assess(r.build(), standards());
        }

        Parent away(ParentRole role) {
            return parent(role, StatusKind.WORKING_AWAY, LocalDate.of(2021, 1, 1));
        }

        @Test
        void bothAway_withConfirmation_eligible() {
            Person c = child(away(ParentRole.FATHER), away(ParentRole.MOTHER));
            Decision d = leftBehind(c, confirmation(c, null));
            assertThat(d.eligible()).isTrue();
            assertThat(d.category()).contains(ChildCategory.LEFT_BEHIND);
            assertThat(d.amount()).isEqualTo(Money.ZERO);
        }

        @Test
        void bothAway_withoutConfirmation_stillLeftBehind_withFollowUpNote() {
            // issue 12: the confirmation is a duty the bureau follows up, not a condition of being left behind
            Person c = child(away(ParentRole.FATHER), away(ParentRole.MOTHER));
            Decision d = leftBehind(c, null);
            assertThat(d.eligible()).isTrue();
            assertThat(d.category()).contains(ChildCategory.LEFT_BEHIND);
            assertThat(d.reasons()).isEmpty();
            assertThat(d.notes()).containsExactly(LeftBehindChildren.GUARDIANSHIP_CONFIRMATION_MISSING);
            Decision expired = leftBehind(c, confirmation(c, LocalDate.of(2022, 9, 30)));
            assertThat(expired.eligible()).isTrue();
            assertThat(expired.notes()).containsExactly(LeftBehindChildren.GUARDIANSHIP_CONFIRMATION_MISSING);
            // boundary: a term ending on the month's last day is still in force then
            Decision lastDay = leftBehind(c, confirmation(c, LocalDate.of(2022, 10, 31)));
            assertThat(lastDay.notes()).isEmpty();
            assertThat(leftBehind(c, confirmation(c, null)).notes()).isEmpty();
        }

        @Test
        void oneAwayOtherUnable_qualifies_otherAtHome_doesNot() {
            Person unable = child(away(ParentRole.FATHER), atHome(ParentRole.MOTHER).withSeriouslyIll(true));
            assertThat(leftBehind(unable, confirmation(unable, null)).eligible()).isTrue();
            Person home = child(away(ParentRole.FATHER), atHome(ParentRole.MOTHER));
            assertThat(leftBehind(home, confirmation(home, null)).reasons())
                    .containsExactly(LeftBehindChildren.PARENTS_NOT_AWAY);
        }

        @Test
        void urbanOr16_notLeftBehind() {
            Person urban = person(LocalDate.of(2012, 5, 1)).hukou(HukouType.URBAN).parent(away(ParentRole.FATHER))
                    .parent(away(ParentRole.MOTHER)).build();
            assertThat(leftBehind(urban, confirmation(urban, null)).reasons()).containsExactly(LeftBehindChildren.NOT_RURAL);
            Person sixteen = person(LocalDate.of(2006, 10, 31)).parent(away(ParentRole.FATHER))
                    .parent(away(ParentRole.MOTHER)).build();
            assertThat(leftBehind(sixteen, confirmation(sixteen, null)).reasons()).containsExactly(LeftBehindChildren.AGE);
        }
    }
}
