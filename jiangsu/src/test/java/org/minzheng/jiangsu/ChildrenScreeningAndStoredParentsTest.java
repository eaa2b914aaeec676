package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.jiangsu.RegistryFactsMonthlyRunTest.CLERK;
import static org.minzheng.jiangsu.RegistryFactsMonthlyRunTest.CST;
import static org.minzheng.jiangsu.RegistryFactsMonthlyRunTest.DANTU;
import static org.minzheng.jiangsu.RegistryFactsMonthlyRunTest.OCT;
import static org.minzheng.jiangsu.RegistryFactsMonthlyRunTest.household;
import static org.minzheng.jiangsu.RegistryFactsMonthlyRunTest.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.children.ChildCategory;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.leftbehind.LeftBehindChildren;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.spi.storage.Storage;

/**
 * Branch wire3 through storage, with the Jiangsu standards (October 2022, dispersed orphans 1,875), on memory and
 * on H2: a child whose father is stored in another household (physical grade 1) and whose mother lost contact in
 * 2019 is a child in difficulty — for {@link CivilAffairs#assess} as for the monthly run, whose screening opens a
 * case for review; a left-behind child whose parents are recorded as relatives working away is found by screening
 * although no confirmation is signed.
 */
class ChildrenScreeningAndStoredParentsTest {

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> stores() {
        return RegistryFactsMonthlyRunTest.stores();
    }

    static List<Case> casesOf(Storage storage, String person, ProgramCode program) {
        return storage.cases().findBySubject(SubjectRef.person(PersonId.of(person))).stream()
                .filter(c -> c.program().equals(program)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void storedParentsCountForAssessAndScreening(String name, Supplier<Storage> store) {
        Storage storage = store.get();
        CivilAffairs ca = CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(storage)
                .clock(Clock.fixed(Instant.parse("2022-11-05T00:00:00Z"), CST)).build();

        // the father lives in his own household, severely disabled; the child's record names him as a relative
        // but describes nothing about him (as a clerk who only linked the records would)
        Person father = person("WF-1", LocalDate.of(1985, 1, 1), Gender.MALE)
                .disability(Disability.of(DisabilityCategory.PHYSICAL, 1)).build();
        storage.households().save(household("WF", father).build(), CLERK);
        Person grandma = person("WG-1", LocalDate.of(1955, 1, 1), Gender.FEMALE).build();
        Person hang = person("WG-2", LocalDate.of(2014, 6, 1), Gender.MALE)
                .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1985, 1, 1))
                        .withPerson(father.id()))
                .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.LOST_CONTACT, LocalDate.of(2019, 3, 1))))
                .build();
        var gHousehold = household("WG", grandma).member(hang, Relation.GRANDCHILD).build();
        storage.households().save(gHousehold, CLERK);

        // a left-behind boy: parents recorded only as relatives, both working away since 2020, no confirmation
        Person grandpa = person("WL-1", LocalDate.of(1954, 1, 1), Gender.MALE).build();
        Person boy = person("WL-2", LocalDate.of(2012, 5, 1), Gender.MALE)
                .relative(Relative.of(RelativeKind.PARENT, Gender.MALE, LocalDate.of(1986, 1, 1))
                        .withStatus(PersonStatus.of(StatusKind.WORKING_AWAY, LocalDate.of(2020, 3, 1))))
                .relative(Relative.of(RelativeKind.PARENT, Gender.FEMALE, LocalDate.of(1987, 1, 1))
                        .withStatus(PersonStatus.of(StatusKind.WORKING_AWAY, LocalDate.of(2020, 3, 1))))
                .build();
        storage.households().save(household("WL", grandpa).member(boy, Relation.GRANDCHILD).build(), CLERK);

        // assess reads the father's stored record: incapable + mother lost contact → de-facto unsupported, 1,875
        Decision d = ca.assess(NationalPrograms.CHILD_SUBSIDY, gHousehold, hang.id(), OCT);
        assertThat(d.category()).contains(ChildCategory.DE_FACTO_UNSUPPORTED);
        assertThat(d.amount()).isEqualTo(Money.of("1875.00"));
        // a runtime whose storage does not hold the father sees only the description (at home, able): no category
        CivilAffairs empty = CivilAffairs.builder().standards(new JiangsuStandardsProvider())
                .clock(Clock.fixed(Instant.parse("2022-11-05T00:00:00Z"), CST)).build();
        assertThat(empty.assess(NationalPrograms.CHILD_SUBSIDY, gHousehold, hang.id(), OCT).eligible()).isFalse();

        ca.runMonth(OCT, DANTU);

        assertThat(casesOf(storage, "WG-2", NationalPrograms.CHILD_SUBSIDY)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.APPLIED));
        assertThat(casesOf(storage, "WL-2", NationalPrograms.LEFT_BEHIND_CHILD_CARE)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.APPLIED));
        // the grandparents and the father are no children: nothing opened for them
        assertThat(casesOf(storage, "WG-1", NationalPrograms.CHILD_SUBSIDY)).isEmpty();
        assertThat(casesOf(storage, "WF-1", NationalPrograms.CHILD_SUBSIDY)).isEmpty();
        assertThat(casesOf(storage, "WL-2", NationalPrograms.CHILD_SUBSIDY)).isEmpty();
        assertThat(LeftBehindChildren.GUARDIANSHIP_CONFIRMATION_MISSING.kind())
                .isEqualTo(org.minzheng.core.decision.ReasonCode.Kind.NOTE);
    }
}
