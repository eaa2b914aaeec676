package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.registry.Household;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.MonthlyRunListener;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;

/**
 * The cases per transaction of the monthly run (月度运行批次大小, decision record 0422) change what a run costs, never
 * what it stores: the generated district of {@link ParallelMonthlyRunTest} (about 1,050 open cases, screening,
 * gradual exit, termination) run month after month with batches of 7, the default and 5,000 cases (one batch for the
 * whole district), and with 5,000 on two threads, gives the same run results, cases with their histories and
 * versions, ledger and audit entries (each naming its record's version; see {@link #audit}).
 */
class MonthlyRunBatchTest {

    @Test
    void smallDefaultAndLargeBatches_storeAndReportTheSame() {
        List<Storage> stores = new ArrayList<>();
        List<CivilAffairs> runtimes = new ArrayList<>();
        int[] batches = {7, 0, 5_000, 5_000};
        int[] threads = {1, 1, 1, 2};
        for (int batch : batches) {
            Storage s = InMemoryStorage.create(ParallelMonthlyRunTest.CLOCK);
            ParallelMonthlyRunTest.load(s);
            CivilAffairs.Builder b = CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(s)
                    .clock(ParallelMonthlyRunTest.CLOCK);
            // 0: the builder's default, not set
            runtimes.add((batch == 0 ? b : b.monthlyRunBatch(batch)).build());
            stores.add(s);
        }
        RandomGenerator changes = RandomGeneratorFactory.of("L64X128MixRandom").create(11);
        int changed = 0;
        for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2022, 3)); m = m.plusMonths(1)) {
            List<MonthlyRun> runs = new ArrayList<>();
            for (int i = 0; i < stores.size(); i++) {
                runs.add(runtimes.get(i).runMonth(m, ParallelMonthlyRunTest.DANTU, MonthlyRunListener.NONE, threads[i]));
            }
            for (MonthlyRun r : runs.subList(1, runs.size())) {
                assertThat(r.programs()).as("programs in %s", m).isEqualTo(runs.get(0).programs());
                assertThat(r.changes()).as("changes in %s", m).isEqualTo(runs.get(0).changes());
                assertThat(r.failures()).as("failures in %s", m).isEqualTo(runs.get(0).failures());
                assertThat(r.complete()).isTrue();
            }
            changed += (int) runs.get(0).changes().stream()
                    .filter(c -> c.to() == CaseState.IN_GRACE || c.to() == CaseState.TERMINATED).count();
            List<Household> next = ParallelMonthlyRunTest.incomeChanges(stores.get(0), changes);
            for (Storage s : stores) {
                s.households().saveAll(next, ParallelMonthlyRunTest.CLERK);
            }
        }
        // more than one batch of 7 and more than the default: the sizes really differ in how they split the run
        assertThat(ParallelMonthlyRunTest.cases(stores.get(0))).hasSizeGreaterThan(1_000);
        assertThat(changed).isPositive();
        for (Storage s : stores.subList(1, stores.size())) {
            assertThat(ParallelMonthlyRunTest.cases(s)).isEqualTo(ParallelMonthlyRunTest.cases(stores.get(0)));
            assertThat(ParallelMonthlyRunTest.ledger(s)).isEqualTo(ParallelMonthlyRunTest.ledger(stores.get(0)));
            assertThat(audit(s)).isEqualTo(audit(stores.get(0)));
        }
    }

    /**
     * The audit entries without their sequence numbers, sorted: a batch writes its case changes, then its payments,
     * so the interleaving of entries of different records follows the batch size; each entry (who, what, which
     * record, which version, when) is the same.
     */
    static List<String> audit(Storage storage) {
        return ParallelMonthlyRunTest.audit(storage).stream().map(e -> e.replaceFirst("^AuditEntry\\[\\d+, ", ""))
                .sorted().toList();
    }

    @Test
    void theRunCommitsInBatchesOfTheSetSize() {
        for (int batch : new int[] {7, 500, 5_000}) {
            Storage s = InMemoryStorage.create(ParallelMonthlyRunTest.CLOCK);
            ParallelMonthlyRunTest.load(s);
            CivilAffairs ca = CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(s)
                    .clock(ParallelMonthlyRunTest.CLOCK).monthlyRunBatch(batch).build();
            List<Integer> done = new ArrayList<>();
            int[] total = {0};
            ca.runMonth(YearMonth.of(2022, 1), ParallelMonthlyRunTest.DANTU, new MonthlyRunListener() {
                @Override
                public void progress(int d, int t) {
                    done.add(d);
                    total[0] = t;
                }
            });
            // progress is told after each committed batch: every batch but the last is full
            assertThat(total[0]).isGreaterThan(1_000);
            List<Integer> expected = new ArrayList<>();
            for (int d = Math.min(batch, total[0]); ; d = Math.min(d + batch, total[0])) {
                expected.add(d);
                if (d == total[0]) {
                    break;
                }
            }
            assertThat(done).as("batch %d", batch).isEqualTo(expected);
        }
    }

    @Test
    void batchesOutOfRange_areRefused() {
        CivilAffairs.Builder b = CivilAffairs.builder();
        assertThatThrownBy(() -> b.monthlyRunBatch(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monthlyRunBatch");
        assertThatThrownBy(() -> b.monthlyRunBatch(-500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.monthlyRunBatch(20_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20000");
        // the bounds themselves are accepted
        b.monthlyRunBatch(1).monthlyRunBatch(20_000);
    }
}
