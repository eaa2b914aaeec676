package org.minzheng.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.PersonId;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;

/**
 * A run of a month again skips the screening of households an earlier run of it found settled and takes the
 * decisions of the cases it decided (decision record 0400) — and only while nothing those assessments read has
 * changed: a household changed, a new case that changes who is enrolled, another month, another runtime, and the
 * subjects are assessed again and found as a first run would find them.
 */
class RunMemoTest {

    static final YearMonth JAN = MonthlyRunnerTest.JAN;

    /** 79 at the end of January 2022: a candidate of t-senior (79 or more), not eligible (80 or more). */
    static Household seventyNine() {
        return MonthlyRunnerTest.household("H79", 1, "0.00", LocalDate.of(1942, 6, 1));
    }

    @Test
    void sameMonthAgain_skipsTheSettledCandidate_untilItsHouseholdChanges() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(seventyNine(), MonthlyRunnerTest.CLERK);
        TestPrograms programs = new TestPrograms();
        CivilAffairs ca = programs.remembering(storage, MonthlyRunnerTest.CLOCK);

        MonthlyRun first = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        int assessed = programs.reads.getOrDefault("H79", 0);
        assertThat(assessed).isPositive();
        assertThat(first.program(TestPrograms.SENIOR).enrolled()).isZero();

        MonthlyRun again = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        assertThat(programs.reads.get("H79")).as("settled: not assessed again").isEqualTo(assessed);
        assertThat(again.programs()).isEqualTo(first.programs());
        assertThat(again.changes()).isEqualTo(first.changes());

        // she is recorded a year older (a corrected birth date): 80, so eligible — screening must see it
        Household h = storage.households().get(HouseholdId.of("H79"));
        Member head = h.members().get(0);
        storage.households().save(h.toBuilder().members(List.of(Member.of(head.person().toBuilder()
                .birthDate(LocalDate.of(1941, 6, 1)).build(), head.relation()))).build(), MonthlyRunnerTest.CLERK);
        MonthlyRun corrected = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);

        assertThat(programs.reads.get("H79")).isGreaterThan(assessed);
        assertThat(corrected.program(TestPrograms.SENIOR).enrolled()).isEqualTo(1);
        assertThat(storage.cases().findBySubject(SubjectRef.person(PersonId.of("H79-1")))).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.ACTIVE));
    }

    @Test
    void sameMonthAgain_takesTheDecisionOfAnUnchangedCase_andDecidesAChangedOneAgain() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(MonthlyRunnerTest.household("H1", 2, "0.00", LocalDate.of(1960, 5, 1)),
                MonthlyRunnerTest.CLERK);
        storage.cases().save(MonthlyRunnerTest.active("C1", TestPrograms.DIBAO,
                SubjectRef.household(HouseholdId.of("H1")), YearMonth.of(2021, 6)), MonthlyRunnerTest.CLERK);
        TestPrograms programs = new TestPrograms();
        CivilAffairs ca = programs.remembering(storage, MonthlyRunnerTest.CLOCK);

        MonthlyRun first = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        int assessed = programs.reads.get("H1");
        MonthlyRun again = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);

        assertThat(programs.reads.get("H1")).as("the same case from the same facts: not assessed again")
                .isEqualTo(assessed);
        assertThat(first.posted()).isEqualTo(1);
        assertThat(again.posted()).isZero();
        assertThat(again.alreadyPosted()).isEqualTo(1);
        assertThat(again.amount()).isEqualTo(first.amount());
        assertThat(again.program(TestPrograms.DIBAO).assessed()).isEqualTo(1);

        // the case is saved again (a new version): another object, decided again
        storage.cases().save(storage.cases().find(org.minzheng.core.cases.CaseId.of("C1")).orElseThrow().toBuilder()
                .build(), MonthlyRunnerTest.CLERK);
        MonthlyRun changedCase = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        assertThat(programs.reads.get("H1")).isGreaterThan(assessed);
        assertThat(changedCase.alreadyPosted()).isEqualTo(1);

        // her income rises above the standard: decided again from the new facts
        int before = programs.reads.get("H1");
        Household h = storage.households().get(HouseholdId.of("H1"));
        storage.households().save(h.toBuilder().incomes(List.of(org.minzheng.core.registry.Income.of(
                org.minzheng.core.registry.IncomeKind.PENSION, org.minzheng.core.money.Money.of("5000.00"),
                PersonId.of("H1-1")))).build(), MonthlyRunnerTest.CLERK);
        MonthlyRun richer = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        assertThat(programs.reads.get("H1")).isGreaterThan(before);
        assertThat(richer.changes()).singleElement()
                .satisfies(c -> assertThat(c.to()).isEqualTo(CaseState.IN_GRACE));
    }

    @Test
    void aNewEnrolment_anotherMonth_orAnotherRuntime_assessAgain() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(seventyNine(), MonthlyRunnerTest.CLERK);
        TestPrograms programs = new TestPrograms();
        CivilAffairs ca = programs.remembering(storage, MonthlyRunnerTest.CLOCK);
        ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        int assessed = programs.reads.get("H79");

        // another household's dibao case active since 2021: who is enrolled at the start of January changes
        storage.households().save(MonthlyRunnerTest.household("H2", 1, "0.00", LocalDate.of(1970, 1, 1)),
                MonthlyRunnerTest.CLERK);
        ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        int afterNewHousehold = programs.reads.get("H79");
        assertThat(afterNewHousehold).isGreaterThan(assessed);
        storage.cases().save(MonthlyRunnerTest.active("C2", TestPrograms.DIBAO,
                SubjectRef.household(HouseholdId.of("H2")), YearMonth.of(2021, 6)), MonthlyRunnerTest.CLERK);
        ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        int afterEnrolment = programs.reads.get("H79");
        assertThat(afterEnrolment).isGreaterThan(afterNewHousehold);

        // settled again: the same month once more skips her
        ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        assertThat(programs.reads.get("H79")).isEqualTo(afterEnrolment);

        // February is another month (she may have turned 80): assessed
        ca.runMonth(JAN.plusMonths(1), MonthlyRunnerTest.DANTU);
        assertThat(programs.reads.get("H79")).isGreaterThan(afterEnrolment);

        // a runtime of its own keeps no memo of another's runs
        int before = programs.reads.get("H79");
        programs.remembering(storage, MonthlyRunnerTest.CLOCK).runMonth(JAN, MonthlyRunnerTest.DANTU);
        assertThat(programs.reads.get("H79")).isGreaterThan(before);
    }

    @Test
    void byDefault_aRuntimeRemembersNothing_andAssessesTheSameMonthAgain() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(seventyNine(), MonthlyRunnerTest.CLERK);
        TestPrograms programs = new TestPrograms();
        CivilAffairs ca = programs.runtime(storage, MonthlyRunnerTest.CLOCK);
        MonthlyRun first = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        int assessed = programs.reads.get("H79");

        MonthlyRun again = ca.runMonth(JAN, MonthlyRunnerTest.DANTU);
        assertThat(programs.reads.get("H79")).as("not remembering: assessed again").isGreaterThan(assessed);
        assertThat(again.program(TestPrograms.SENIOR).enrolled()).isEqualTo(first.program(TestPrograms.SENIOR).enrolled());
    }
}
