package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.MonthlyRunListener;
import org.minzheng.spi.storage.AuditEntry;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * The monthly run on several threads (多线程月度运行, decision record 0370) stores and reports exactly what it stores
 * and reports on one: a generated district of three townships (dibao households active, approved this month and
 * late, incomes that rise from wages or pensions so that cases go into gradual exit or end, elderly members whom
 * screening finds), run month after month with 1, 2 and 3 threads on stores given the same registry changes between
 * months — same run results (counts, amounts, case changes and failures in order), same cases with their histories
 * and versions, same ledger entries, same number of audit entries.
 */
class ParallelMonthlyRunTest {

    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final WriteContext CLERK = WriteContext.of("clerk", "test setup");
    static final List<String> TOWNSHIPS = List.of("001", "101", "102");
    static final int HOUSEHOLDS = 1_500;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), CST);

    @Test
    void runsOnTwoAndThreeThreads_storeAndReportWhatOneThreadDoes() {
        // one fixed clock for the stores too: the ledger's and the audit's times are then the same in each
        List<Storage> stores = List.of(InMemoryStorage.create(CLOCK), InMemoryStorage.create(CLOCK),
                InMemoryStorage.create(CLOCK));
        List<Integer> threads = List.of(1, 2, 3);
        List<CivilAffairs> runtimes = stores.stream().map(ParallelMonthlyRunTest::runtime).toList();
        for (Storage s : stores) {
            load(s);
        }
        RandomGenerator changes = RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        int grace = 0;
        int terminated = 0;
        for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2022, 4)); m = m.plusMonths(1)) {
            List<MonthlyRun> runs = new ArrayList<>();
            for (int i = 0; i < stores.size(); i++) {
                runs.add(runtimes.get(i).runMonth(m, DANTU, MonthlyRunListener.NONE, threads.get(i)));
            }
            for (MonthlyRun r : runs.subList(1, runs.size())) {
                assertThat(r.programs()).as("programs in %s", m).isEqualTo(runs.get(0).programs());
                assertThat(r.changes()).as("changes in %s", m).isEqualTo(runs.get(0).changes());
                assertThat(r.failures()).as("failures in %s", m).isEqualTo(runs.get(0).failures());
                assertThat(r.complete()).isTrue();
            }
            grace += (int) runs.get(0).changes().stream().filter(c -> c.to() == CaseState.IN_GRACE).count();
            terminated += (int) runs.get(0).changes().stream().filter(c -> c.to() == CaseState.TERMINATED).count();
            // the same month again posts nothing, on any number of threads
            MonthlyRun again = runtimes.get(1).runMonth(m, DANTU, MonthlyRunListener.NONE, 2);
            assertThat(again.posted()).isZero();
            assertThat(runtimes.get(0).runMonth(m, DANTU).posted()).isZero();
            // the same registry changes in every store before the next month
            List<Household> changed = incomeChanges(stores.get(0), changes);
            for (Storage s : stores) {
                s.households().saveAll(changed, CLERK);
            }
        }
        // the district exercised what the threads must agree on
        assertThat(grace).isPositive();
        assertThat(terminated).isPositive();
        assertThat(ledger(stores.get(0))).hasSizeGreaterThan(HOUSEHOLDS);
        assertThat(cases(stores.get(0)).values()).anyMatch(c -> c.program().equals(NationalPrograms.SENIOR_ALLOWANCE));
        for (Storage s : stores.subList(1, stores.size())) {
            assertThat(cases(s)).isEqualTo(cases(stores.get(0)));
            assertThat(ledger(s)).isEqualTo(ledger(stores.get(0)));
            assertThat(audit(s)).isEqualTo(audit(stores.get(0)));
        }
    }

    @Test
    void refusesLessThanOneThread() {
        CivilAffairs ca = runtime(InMemoryStorage.create());
        assertThatThrownBy(() -> ca.runMonth(YearMonth.of(2022, 1), DANTU, MonthlyRunListener.NONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static CivilAffairs runtime(Storage storage) {
        return CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(storage)
                .clock(CLOCK).build();
    }

    /** The same generated district in a store: households of three townships, dibao cases in several states. */
    static void load(Storage storage) {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        List<Household> households = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            Household h = household(i, rnd);
            households.add(h);
            int kind = rnd.nextInt(10);
            if (kind < 6) {
                cases.add(dibao("C" + i, h, YearMonth.of(2021, 1 + rnd.nextInt(12)), true));
            } else if (kind == 6) {
                // approved, payments to start in a month of the run
                cases.add(dibao("C" + i, h, YearMonth.of(2022, 1 + rnd.nextInt(3)), false));
            }
        }
        storage.households().saveAll(households, CLERK);
        for (int from = 0; from < cases.size(); from += 500) {
            storage.cases().saveAll(cases.subList(from, Math.min(cases.size(), from + 500)), CLERK);
        }
    }

    static Household household(int i, RandomGenerator rnd) {
        RegionCode village = RegionCode.parse("321112" + TOWNSHIPS.get(i % TOWNSHIPS.size())
                + String.format(Locale.ROOT, "%03d", 1 + rnd.nextInt(20)));
        Household.Builder b = Household.builder().id(String.format(Locale.ROOT, "H%05d", i)).region(village)
                .address("丹徒区某村").hukou(HukouType.RURAL).assets(Assets.NONE);
        Person head = Person.builder().id("P" + i + "-0").name("测试人").gender(rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE)
                .birthDate(LocalDate.of(1935 + rnd.nextInt(45), 1 + rnd.nextInt(12), 1)).hukou(HukouType.RURAL).build();
        b.member(head, Relation.HEAD);
        int size = 1 + rnd.nextInt(4);
        for (int k = 1; k < size; k++) {
            b.member(Person.builder().id("P" + i + "-" + k).name("测试人").gender(Gender.FEMALE)
                    .birthDate(LocalDate.of(2004 + 3 * k, 1 + rnd.nextInt(12), 1)).hukou(HukouType.RURAL).build(),
                    Relation.CHILD);
        }
        int income = rnd.nextInt(600) * size;
        if (income > 0) {
            b.income(Income.of(IncomeKind.PENSION, Money.of(BigDecimal.valueOf(income).setScale(2)), head.id()));
        }
        return b.build();
    }

    static Case dibao(String id, Household h, YearMonth since, boolean active) {
        Instant applied = since.minusMonths(1).atDay(3).atTime(9, 0).atZone(CST).toInstant();
        Case c = Case.open(CaseId.of(id), NationalPrograms.DIBAO, SubjectRef.household(h.id()), h.region(), h.head().id(),
                        Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed");
        Instant approved = active ? applied.plusSeconds(2 * 86_400) : since.atDay(10).atStartOfDay(CST).toInstant();
        c = c.approve(ApprovalLevel.COUNTY, "county", approved, "approved");
        return active ? c.activate(ApprovalLevel.COUNTY, "county", since.atDay(1).atStartOfDay(CST).toInstant(), "start")
                : c;
    }

    /** A twentieth of the households: a wage (gradual exit) or a higher pension (termination), read from a store. */
    static List<Household> incomeChanges(Storage storage, RandomGenerator rnd) {
        List<Household> out = new ArrayList<>();
        try (Stream<Household> s = storage.households().streamByRegion(DANTU)) {
            for (Household h : s.toList()) {
                int pick = rnd.nextInt(20);
                if (pick == 0) {
                    out.add(h.toBuilder().incomes(List.of(Income.of(IncomeKind.WAGE, Money.of("2500.00"), h.head().id())))
                            .build());
                } else if (pick == 1) {
                    out.add(h.toBuilder().incomes(List.of(Income.of(IncomeKind.PENSION, Money.of("3000.00"),
                            h.head().id()))).build());
                }
            }
        }
        return out;
    }

    static Map<String, Case> cases(Storage storage) {
        try (Stream<Case> s = storage.cases().streamByRegion(DANTU)) {
            return s.collect(Collectors.toMap(c -> c.id().value(), c -> c, (a, b) -> a, TreeMap::new));
        }
    }

    /** The audit entries' contents in the order of their sequence numbers. */
    static List<String> audit(Storage storage) {
        try (Stream<AuditEntry> s = storage.audit().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))) {
            return s.map(AuditEntry::toString).toList();
        }
    }

    static List<Payment> ledger(Storage storage) {
        List<Payment> out = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2021, 12); !m.isAfter(YearMonth.of(2022, 6)); m = m.plusMonths(1)) {
            try (Stream<Payment> s = storage.payments().streamByMonth(m, DANTU)) {
                s.forEach(out::add);
            }
        }
        return out;
    }
}
