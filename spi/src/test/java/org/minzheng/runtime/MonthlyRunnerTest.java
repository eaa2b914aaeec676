package org.minzheng.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.PaymentStatus;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

class MonthlyRunnerTest {

    static final RegionCode DANTU = RegionCode.parse("321112");
    static final RegionCode VILLAGE = RegionCode.parse("321112101201");
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), CST);
    static final WriteContext CLERK = WriteContext.of("clerk", "test setup");
    static final YearMonth JAN = YearMonth.of(2022, 1);

    static Person person(String id, LocalDate birth) {
        return Person.builder().id(id).name("测试人" + id).birthDate(birth).gender(Gender.FEMALE).hukou(HukouType.RURAL).build();
    }

    static Household household(String id, int size, String income, LocalDate headBirth) {
        Household.Builder b = Household.builder().id(id).region(VILLAGE).address("辛丰镇某村1组").hukou(HukouType.RURAL).assets(org.minzheng.core.registry.Assets.NONE)
                .member(person(id + "-1", headBirth), Relation.HEAD);
        for (int i = 2; i <= size; i++) {
            b.member(person(id + "-" + i, LocalDate.of(2010, 1, i)), Relation.CHILD);
        }
        if (Money.of(income).isPositive()) {
            b.income(Income.of(IncomeKind.PENSION, Money.of(income), PersonId.of(id + "-1")));
        }
        return b.build();
    }

    static Case active(String id, ProgramCode program, SubjectRef subject, YearMonth since) {
        Instant applied = since.minusMonths(1).atDay(3).atTime(9, 0).atZone(CST).toInstant();
        return Case.open(CaseId.of(id), program, subject, VILLAGE, PersonId.of("x"),
                        Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", applied.plusSeconds(2 * 86_400), "approved")
                .activate(ApprovalLevel.COUNTY, "county", since.atDay(1).atStartOfDay(CST).toInstant(), "start");
    }

    static MonthlyRunner runner(Storage storage, TestPrograms assessor) {
        return new MonthlyRunner(assessor.runtime(storage, CLOCK), storage, CLOCK, 3);
    }

    static Map<PaymentKey, List<Payment>> ledger(Storage storage) {
        Map<PaymentKey, List<Payment>> out = new TreeMap<>((a, b) -> (a.caseId().value() + a.month() + a.component())
                .compareTo(b.caseId().value() + b.month() + b.component()));
        for (YearMonth m = JAN; !m.isAfter(YearMonth.of(2022, 12)); m = m.plusMonths(1)) {
            try (Stream<Payment> s = storage.payments().streamByMonth(m, DANTU)) {
                s.forEach(p -> out.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
            }
        }
        return out;
    }

    private static void update(Storage storage, String householdId, java.util.function.UnaryOperator<Household> change) {
        Household h = storage.households().get(HouseholdId.of(householdId));
        storage.households().save(change.apply(h), CLERK);
    }

    @Test
    void run_sameMonthTwice_postsNothingTheSecondTime() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(household("H1", 2, "0.00", LocalDate.of(1960, 5, 1)), CLERK);
        storage.cases().save(active("C1", TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of("H1")), YearMonth.of(2021, 6)), CLERK);
        TestPrograms assessor = new TestPrograms();

        MonthlyRun first = runner(storage, assessor).run(JAN, DANTU, MonthlyRunListener.NONE);
        MonthlyRun second = runner(storage, assessor).run(JAN, DANTU, MonthlyRunListener.NONE);

        assertThat(first.posted()).isEqualTo(1);
        assertThat(first.amount()).isEqualTo(Money.of("1600.00"));
        assertThat(second.posted()).isZero();
        assertThat(second.alreadyPosted()).isEqualTo(1);
        assertThat(second.amount()).isEqualTo(Money.of("1600.00"));
        assertThat(second.complete()).isTrue();
        assertThat(storage.payments().findByCase(CaseId.of("C1"))).hasSize(1);
    }

    @Test
    void run_incomeAboveStandard_keepsTheAmountForTheGraceMonthsThenTerminates() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(household("H2", 1, "300.00", LocalDate.of(1950, 5, 1)), CLERK);
        storage.cases().save(active("C2", TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of("H2")), YearMonth.of(2021, 6)), CLERK);
        TestPrograms assessor = new TestPrograms();
        runner(storage, assessor).run(JAN, DANTU, MonthlyRunListener.NONE);
        update(storage, "H2", h -> h.toBuilder().incomes(List.of(Income.of(IncomeKind.WAGE, Money.of("1500.00"), PersonId.of("H2-1")))).build());

        MonthlyRun feb = runner(storage, assessor).run(JAN.plusMonths(1), DANTU, MonthlyRunListener.NONE);
        MonthlyRun mar = runner(storage, assessor).run(JAN.plusMonths(2), DANTU, MonthlyRunListener.NONE);
        MonthlyRun apr = runner(storage, assessor).run(JAN.plusMonths(3), DANTU, MonthlyRunListener.NONE);

        assertThat(feb.changes()).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(CaseState.IN_GRACE);
            assertThat(c.reasonCode()).isEqualTo("income-above-standard");
        });
        assertThat(feb.amount()).isEqualTo(Money.of("500.00"));
        assertThat(mar.changes()).isEmpty();
        assertThat(mar.amount()).isEqualTo(Money.of("500.00"));
        assertThat(apr.changes()).singleElement().satisfies(c -> assertThat(c.reasonCode()).isEqualTo("grace-period-ended"));
        assertThat(apr.posted()).isZero();
        assertThat(storage.cases().get(CaseId.of("C2")).state()).isEqualTo(CaseState.TERMINATED);
        assertThat(storage.payments().findByCase(CaseId.of("C2"))).extracting(p -> p.key().month())
                .containsExactly(JAN, JAN.plusMonths(1), JAN.plusMonths(2));
    }

    @Test
    void run_assetsAboveTheLimit_terminatesAtOnce() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(household("H3", 1, "0.00", LocalDate.of(1950, 5, 1)), CLERK);
        storage.cases().save(active("C3", TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of("H3")), YearMonth.of(2021, 6)), CLERK);
        update(storage, "H3", h -> h.toBuilder().assets(h.assets().withVehicles(1, Money.of("50000.00"))).build());

        MonthlyRun jan = runner(storage, new TestPrograms()).run(JAN, DANTU, MonthlyRunListener.NONE);

        assertThat(jan.changes()).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(CaseState.TERMINATED);
            assertThat(c.reasonCode()).isEqualTo("not-eligible");
            assertThat(c.reason()).contains("assets-above-limit");
        });
        assertThat(jan.posted()).isZero();
    }

    @Test
    void run_personTurningEighty_isEnrolledAndPaidFromThatMonthOnce() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(household("H4", 1, "3000.00", LocalDate.of(1942, 3, 15)), CLERK);
        TestPrograms assessor = new TestPrograms();

        MonthlyRun feb = runner(storage, assessor).run(JAN.plusMonths(1), DANTU, MonthlyRunListener.NONE);
        MonthlyRun mar = runner(storage, assessor).run(JAN.plusMonths(2), DANTU, MonthlyRunListener.NONE);
        MonthlyRun marAgain = runner(storage, assessor).run(JAN.plusMonths(2), DANTU, MonthlyRunListener.NONE);
        MonthlyRun apr = runner(storage, assessor).run(JAN.plusMonths(3), DANTU, MonthlyRunListener.NONE);

        assertThat(feb.program(TestPrograms.SENIOR).enrolled()).isZero();
        assertThat(mar.program(TestPrograms.SENIOR).enrolled()).isEqualTo(1);
        assertThat(mar.program(TestPrograms.SENIOR).posted()).isEqualTo(1);
        assertThat(marAgain.program(TestPrograms.SENIOR).enrolled()).isZero();
        assertThat(marAgain.posted()).isZero();
        assertThat(apr.program(TestPrograms.SENIOR).enrolled()).isZero();
        assertThat(apr.program(TestPrograms.SENIOR).posted()).isEqualTo(1);
        assertThat(storage.cases().findBySubject(SubjectRef.person(PersonId.of("H4-1")))).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.ACTIVE));
    }

    @Test
    void run_approvedCase_startsPayingTheMonthAfterApproval() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(household("H5", 1, "0.00", LocalDate.of(1950, 5, 1)), CLERK);
        Instant applied = LocalDate.of(2022, 2, 3).atStartOfDay(CST).toInstant();
        Case approved = Case.open(CaseId.of("C5"), TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of("H5")), VILLAGE,
                        PersonId.of("H5-1"), Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", LocalDate.of(2022, 2, 20).atStartOfDay(CST).toInstant(), "approved");
        storage.cases().save(approved, CLERK);
        TestPrograms assessor = new TestPrograms();

        MonthlyRun feb = runner(storage, assessor).run(JAN.plusMonths(1), DANTU, MonthlyRunListener.NONE);
        MonthlyRun mar = runner(storage, assessor).run(JAN.plusMonths(2), DANTU, MonthlyRunListener.NONE);

        assertThat(feb.posted()).isZero();
        assertThat(feb.changes()).isEmpty();
        assertThat(mar.changes()).singleElement().satisfies(c -> assertThat(c.to()).isEqualTo(CaseState.ACTIVE));
        assertThat(mar.amount()).isEqualTo(Money.of("800.00"));
    }

    @Test
    void run_failingAssessment_isReportedWithoutPersonalDataAndTheRunGoesOn() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(household("H6", 1, "0.00", LocalDate.of(1950, 5, 1)), CLERK);
        storage.households().save(household("H7", 1, "0.00", LocalDate.of(1950, 5, 1)), CLERK);
        storage.cases().save(active("C6", TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of("H6")), YearMonth.of(2021, 6)), CLERK);
        storage.cases().save(active("C7", TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of("H7")), YearMonth.of(2021, 6)), CLERK);
        storage.cases().save(active("C8", TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of("H-missing")), YearMonth.of(2021, 6)), CLERK);
        TestPrograms assessor = new TestPrograms();
        assessor.failingHouseholds.add("H6");
        List<RunFailure> seen = new ArrayList<>();
        int[] progress = new int[2];
        MonthlyRunListener listener = new MonthlyRunListener() {
            @Override
            public void failed(RunFailure failure) {
                seen.add(failure);
            }

            @Override
            public void progress(int done, int total) {
                progress[0] = done;
                progress[1] = total;
            }
        };

        MonthlyRun jan = runner(storage, assessor).run(JAN, DANTU, listener);

        assertThat(jan.failures()).extracting(RunFailure::code).containsExactlyInAnyOrder("assessment-failed", "subject-not-found");
        assertThat(jan.failures()).allSatisfy(f -> assertThat(f.message()).doesNotContain("测试人"));
        assertThat(seen).isEqualTo(jan.failures());
        assertThat(jan.program(TestPrograms.DIBAO).posted()).isEqualTo(1);
        assertThat(jan.program(TestPrograms.DIBAO).failed()).isEqualTo(2);
        assertThat(progress).containsExactly(3, 3);
    }

    @Test
    void run_livingSubsidy_followsTheHouseholdsDibaoAtTheStartOfTheMonth() {
        Storage storage = InMemoryStorage.create();
        storage.households().save(household("H8", 1, "0.00", LocalDate.of(1970, 5, 1)), CLERK);
        storage.cases().save(active("C8", TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of("H8")), YearMonth.of(2021, 6)), CLERK);
        storage.cases().save(active("C9", TestPrograms.LIVING, SubjectRef.person(PersonId.of("H8-1")), YearMonth.of(2021, 6)), CLERK);
        update(storage, "H8", h -> h.toBuilder().assets(h.assets().withVehicles(1, Money.of("50000.00"))).build());
        TestPrograms assessor = new TestPrograms();

        MonthlyRun jan = runner(storage, assessor).run(JAN, DANTU, MonthlyRunListener.NONE);
        MonthlyRun feb = runner(storage, assessor).run(JAN.plusMonths(1), DANTU, MonthlyRunListener.NONE);

        assertThat(jan.program(TestPrograms.LIVING).posted()).isEqualTo(1);
        assertThat(feb.changes()).singleElement().satisfies(c -> {
            assertThat(c.caseId()).isEqualTo(CaseId.of("C9"));
            assertThat(c.to()).isEqualTo(CaseState.TERMINATED);
        });
    }

    @Test
    void run_threadInterruptedBetweenBatches_stopsIncompleteAndARerunCompletes() {
        Storage storage = InMemoryStorage.create();
        seed(storage);
        TestPrograms assessor = new TestPrograms();
        MonthlyRunListener interrupter = new MonthlyRunListener() {
            @Override
            public void progress(int done, int total) {
                Thread.currentThread().interrupt();
            }
        };
        MonthlyRun stopped;
        try {
            stopped = runner(storage, assessor).run(JAN, DANTU, interrupter);
        } finally {
            Thread.interrupted();
        }
        MonthlyRun rerun = runner(storage, assessor).run(JAN, DANTU, MonthlyRunListener.NONE);

        assertThat(stopped.complete()).isFalse();
        assertThat(stopped.failures()).extracting(RunFailure::code).containsExactly("interrupted");
        assertThat(stopped.posted()).isPositive();
        assertThat(rerun.complete()).isTrue();
        assertThat(rerun.alreadyPosted()).isEqualTo(stopped.posted());
        assertThat(rerun.posted() + rerun.alreadyPosted()).isEqualTo(ledger(storage).size());
    }

    /** A small district with every kind of month: steady, grace, exit, approval, 80th birthdays. */
    private static void seed(Storage storage) {
        for (int i = 0; i < 12; i++) {
            String id = "S" + i;
            storage.households().save(household(id, 1 + i % 3, (i * 100) + ".00", LocalDate.of(1945 + i, 1 + i % 12, 10)), CLERK);
            storage.cases().save(active("D" + i, TestPrograms.DIBAO, SubjectRef.household(HouseholdId.of(id)), YearMonth.of(2021, 3)), CLERK);
        }
        storage.households().save(household("T1", 1, "2000.00", LocalDate.of(1942, 2, 1)), CLERK);
        storage.households().save(household("T2", 1, "2000.00", LocalDate.of(1942, 4, 30)), CLERK);
        storage.households().save(household("T3", 1, "2000.00", LocalDate.of(1930, 4, 30)), CLERK);
        storage.cases().save(active("A3", TestPrograms.SENIOR, SubjectRef.person(PersonId.of("T3-1")), YearMonth.of(2010, 5)), CLERK);
        storage.cases().save(active("L1", TestPrograms.LIVING, SubjectRef.person(PersonId.of("S4-1")), YearMonth.of(2021, 5)), CLERK);
    }

    private static void changes(Storage storage, YearMonth month) {
        if (month.equals(JAN.plusMonths(1))) {
            update(storage, "S1", h -> h.toBuilder().incomes(List.of(Income.of(IncomeKind.WAGE, Money.of("5000.00"), PersonId.of("S1-1")))).build());
            update(storage, "S4", h -> h.toBuilder().incomes(List.of(Income.of(IncomeKind.WAGE, Money.of("9000.00"), PersonId.of("S4-1")))).build());
        }
        if (month.equals(JAN.plusMonths(2))) {
            update(storage, "S7", h -> h.toBuilder().assets(h.assets().withVehicles(1, Money.of("50000.00"))).build());
        }
    }

    @Test
    void run_interruptedByStorageFailuresAtRandomPoints_endsWithTheSameLedgerAndNoDuplicate() {
        YearMonth last = JAN.plusMonths(5);
        Storage reference = InMemoryStorage.create();
        seed(reference);
        TestPrograms assessor = new TestPrograms();
        for (YearMonth m = JAN; !m.isAfter(last); m = m.plusMonths(1)) {
            changes(reference, m);
            assertThat(runner(reference, assessor).run(m, DANTU, MonthlyRunListener.NONE).failures()).isEmpty();
        }
        Map<PaymentKey, List<Payment>> expected = ledger(reference);
        Map<String, CaseState> expectedStates = states(reference);
        assertThat(expected).hasSizeGreaterThan(60);

        int injectedTotal = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Storage store = InMemoryStorage.create();
            seed(store);
            FailingStorage[] handle = new FailingStorage[1];
            Storage failing = FailingStorage.wrap(store, RandomGeneratorFactory.of("L64X128MixRandom").create(seed), 0.08, handle);
            for (YearMonth m = JAN; !m.isAfter(last); m = m.plusMonths(1)) {
                changes(store, m);
                for (int attempt = 0; ; attempt++) {
                    assertThat(attempt).as("month %s never completed", m).isLessThan(100);
                    try {
                        MonthlyRun r = new MonthlyRunner(assessor.runtime(failing, CLOCK), failing, CLOCK, 1 + (int) (seed % 4)).run(m, DANTU, MonthlyRunListener.NONE);
                        if (r.failures().isEmpty()) {
                            break;
                        }
                    } catch (RuntimeException crashed) {
                        // the process "died": start the month again
                    }
                }
            }
            injectedTotal += handle[0].injected;
            Map<PaymentKey, List<Payment>> actual = ledger(store);
            assertThat(actual.keySet()).as("seed %d", seed).containsExactlyElementsOf(expected.keySet());
            actual.forEach((key, entries) -> {
                assertThat(entries).as("entries of %s", key).singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo(PaymentStatus.POSTED);
                    assertThat(p.amount()).isEqualTo(expected.get(key).get(0).amount());
                });
            });
            assertThat(states(store)).isEqualTo(expectedStates);
        }
        assertThat(injectedTotal).as("failures were injected").isGreaterThan(30);
    }

    private static Map<String, CaseState> states(Storage storage) {
        try (Stream<Case> s = storage.cases().streamByRegion(DANTU)) {
            return s.collect(Collectors.toMap(c -> c.id().value(), Case::state, (a, b) -> a, TreeMap::new));
        }
    }
}
