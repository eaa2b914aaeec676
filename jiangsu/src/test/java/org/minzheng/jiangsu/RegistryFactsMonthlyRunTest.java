package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * Issue 12 through the monthly run with the Jiangsu standards, on memory and on H2: the run reads supporters and
 * placement from storage. October 2022: tekun rural 970 + care 40; institutional orphans 2,500.
 * <ul>
 *   <li>HA: a mother in 特困 lives with her working son (wage 4,000): he can support her — the case ends.</li>
 *   <li>HB: an old man in 特困 whose son (a stored person in HC, wage 5,000) can support him — the case ends.</li>
 *   <li>HD: an old man in 特困 whose son (stored in HE, 67, in a dibao household) cannot support — paid 1,010.</li>
 *   <li>HF: an orphan whose record says institution — paid the institutional standard 2,500, not 1,875.</li>
 * </ul>
 * Before issue 12 the run saw none of these supporters and paid 1,010 three times, and 1,875 to the orphan.
 */
class RegistryFactsMonthlyRunTest {

    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final RegionCode VILLAGE = RegionCode.parse("321112101201");
    static final WriteContext CLERK = WriteContext.of("clerk", "test setup");
    static final YearMonth OCT = YearMonth.of(2022, 10);

    static Stream<Arguments> stores() {
        Supplier<Storage> memory = InMemoryStorage::create;
        Supplier<Storage> h2 = () -> JdbcStorage.h2InMemory();
        return Stream.of(Arguments.of("memory", memory), Arguments.of("h2", h2));
    }

    static Person.Builder person(String id, LocalDate birth, Gender gender) {
        return Person.builder().id(id).name("测试人" + id).birthDate(birth).gender(gender).hukou(HukouType.RURAL);
    }

    static Household.Builder household(String id, Person head) {
        return Household.builder().id(id).region(VILLAGE).address("辛丰镇某村" + id + "号").hukou(HukouType.RURAL)
                .assets(Assets.NONE).member(head, Relation.HEAD);
    }

    static Case active(String id, ProgramCode program, SubjectRef subject, String applicant) {
        Instant applied = OCT.minusMonths(2).atDay(3).atTime(9, 0).atZone(CST).toInstant();
        return Case.open(CaseId.of(id), program, subject, VILLAGE, PersonId.of(applicant),
                        Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", applied.plusSeconds(2 * 86_400), "approved")
                .activate(ApprovalLevel.COUNTY, "county", OCT.minusMonths(1).atDay(1).atStartOfDay(CST).toInstant(),
                        "start");
    }

    static Case tekun(String id, String person) {
        return active(id, NationalPrograms.TEKUN, SubjectRef.person(PersonId.of(person)), person);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theRunReadsSupportersAndPlacementFromStorage(String name, Supplier<Storage> store) {
        Storage storage = store.get();
        CivilAffairs ca = CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(storage)
                .clock(Clock.fixed(Instant.parse("2022-11-05T00:00:00Z"), CST)).build();

        Person mother = person("HA-1", LocalDate.of(1950, 5, 1), Gender.FEMALE).selfCare(SelfCare.ABLE).build();
        Person son = person("HA-2", LocalDate.of(1977, 3, 1), Gender.MALE).build();
        storage.households().save(household("HA", mother).member(son, Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("4000.00"), son.id())).build(), CLERK);

        Person workingSon = person("HC-1", LocalDate.of(1978, 1, 1), Gender.MALE).build();
        storage.households().save(household("HC", workingSon)
                .income(Income.of(IncomeKind.WAGE, Money.of("5000.00"), workingSon.id())).build(), CLERK);
        Person fatherB = person("HB-1", LocalDate.of(1948, 1, 1), Gender.MALE).selfCare(SelfCare.ABLE)
                .relative(Relative.of(RelativeKind.CHILD, Gender.MALE, LocalDate.of(1978, 1, 1))
                        .withPerson(workingSon.id()))
                .build();
        storage.households().save(household("HB", fatherB).build(), CLERK);

        Person oldSon = person("HE-1", LocalDate.of(1955, 1, 1), Gender.MALE).build();
        storage.households().save(household("HE", oldSon)
                .income(Income.of(IncomeKind.PENSION, Money.of("300.00"), oldSon.id())).build(), CLERK);
        Person fatherD = person("HD-1", LocalDate.of(1933, 1, 1), Gender.MALE).selfCare(SelfCare.ABLE)
                .relative(Relative.of(RelativeKind.CHILD, Gender.MALE, LocalDate.of(1955, 1, 1))
                        .withPerson(oldSon.id()))
                .build();
        storage.households().save(household("HD", fatherD).build(), CLERK);

        Person orphan = person("HF-1", LocalDate.of(2013, 3, 1), Gender.FEMALE).placement(Placement.INSTITUTIONAL)
                .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2016, 3, 1))))
                .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2017, 8, 1))))
                .build();
        storage.households().save(household("HF", orphan).build(), CLERK);

        storage.cases().save(tekun("CA", "HA-1"), CLERK);
        storage.cases().save(tekun("CB", "HB-1"), CLERK);
        storage.cases().save(tekun("CD", "HD-1"), CLERK);
        storage.cases().save(active("CE", NationalPrograms.DIBAO, SubjectRef.household(HouseholdId.of("HE")), "HE-1"),
                CLERK);
        storage.cases().save(active("CF", NationalPrograms.CHILD_SUBSIDY, SubjectRef.person(orphan.id()), "HF-1"),
                CLERK);

        MonthlyRun run = ca.runMonth(OCT, DANTU);

        assertThat(run.program(NationalPrograms.TEKUN).amount()).isEqualTo(Money.of("1010.00"));
        assertThat(storage.cases().get(CaseId.of("CA")).state()).isEqualTo(CaseState.TERMINATED);
        assertThat(storage.cases().get(CaseId.of("CB")).state()).isEqualTo(CaseState.TERMINATED);
        assertThat(storage.cases().get(CaseId.of("CD")).state()).isEqualTo(CaseState.ACTIVE);
        assertThat(storage.payments().findByCase(CaseId.of("CD"))).extracting(p -> p.amount())
                .containsExactly(Money.of("970.00"), Money.of("40.00"));
        assertThat(run.program(NationalPrograms.CHILD_SUBSIDY).amount()).isEqualTo(Money.of("2500.00"));
    }
}
