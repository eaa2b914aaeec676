package org.minzheng.tck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.tck.storage.StorageFixtures.BY_TESTER;
import static org.minzheng.tck.storage.StorageFixtures.GAOZI;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.PostResult;
import org.minzheng.spi.storage.StaleVersionException;
import org.minzheng.spi.storage.Storage;

/**
 * The storage contract suite, part 3: several threads writing the same records at once. No
 * update may be lost, no payment may be posted twice, and every conflict must be reported.
 * A store's test extends this class and supplies a fresh, empty storage for every test.
 */
public abstract class ConcurrencyContract {

    /** Writer threads per test. */
    protected static final int THREADS = 4;
    /** Successful updates each thread makes. */
    protected static final int UPDATES_PER_THREAD = 15;
    /** Distinct payment keys every thread tries to post. */
    protected static final int KEYS = 40;

    /** The storage under test, fresh for each test. */
    protected Storage storage;

    /**
     * Supplies a fresh, empty storage. Called before every test.
     *
     * @return the storage
     * @throws Exception if it cannot be opened
     */
    protected abstract Storage newStorage() throws Exception;

    @BeforeEach
    void openStorage() throws Exception {
        storage = newStorage();
    }

    @AfterEach
    void closeStorage() {
        if (storage != null) {
            storage.close();
        }
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentUpdatesOfOneHousehold_loseNothingAndReportEveryConflict() throws Exception {
        storage.households().save(StorageFixtures.household("H-1", GAOZI, 1).toBuilder().address("count=0").build(),
                BY_TESTER);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                int done = 0;
                while (done < UPDATES_PER_THREAD) {
                    Household h = storage.households().get(HouseholdId.of("H-1"));
                    int count = Integer.parseInt(h.address().substring("count=".length()));
                    try {
                        storage.households().save(h.toBuilder().address("count=" + (count + 1)).build(), BY_TESTER);
                        done++;
                    } catch (StaleVersionException conflict) {
                        // reported, as it must be: reload and try again
                    }
                }
                return done;
            });
        }
        List<Integer> done = runTogether(tasks);
        int successes = done.stream().mapToInt(Integer::intValue).sum();
        Household last = storage.households().get(HouseholdId.of("H-1"));
        assertThat(successes).isEqualTo(THREADS * UPDATES_PER_THREAD);
        assertThat(last.address()).isEqualTo("count=" + successes);
        assertThat(last.version()).isEqualTo(1 + successes);
        assertThat(storage.audit().forEntity(EntityType.HOUSEHOLD, "H-1"))
                .filteredOn(e -> e.operation() == AuditOperation.UPDATE).hasSize(successes);
    }

    @Test
    void concurrentPostsOfTheSameKeys_postEachKeyOnce() throws Exception {
        storage.cases().save(StorageFixtures.activeDibaoCase("C-1", "H-1", GAOZI), BY_TESTER);
        YearMonth month = YearMonth.of(2022, 10);
        List<PaymentKey> keys = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            keys.add(PaymentKey.of(CaseId.of("C-1"), month.plusMonths(i / PaymentComponent.values().length),
                    PaymentComponent.values()[i % PaymentComponent.values().length]));
        }
        List<Callable<List<PostResult>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            tasks.add(() -> {
                List<PaymentKey> mine = new ArrayList<>(keys);
                Collections.shuffle(mine, new Random(seed));
                List<PostResult> results = new ArrayList<>();
                for (PaymentKey k : mine) {
                    results.add(storage.payments().post(PaymentRequest.of(k, Money.of("100.00")), BY_TESTER));
                }
                return results;
            });
        }
        List<PostResult> all = runTogether(tasks).stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(THREADS * KEYS);
        assertThat(all).filteredOn(PostResult::posted).hasSize(KEYS);
        assertThat(all).filteredOn(r -> !r.posted()).hasSize((THREADS - 1) * KEYS)
                .allSatisfy(r -> assertThat(r.entry().sequence()).isEqualTo(1));
        for (PaymentKey k : keys) {
            assertThat(storage.payments().ledger(k).entries()).hasSize(1);
        }
        assertThat(storage.payments().findByCase(CaseId.of("C-1"))).hasSize(KEYS);
        assertThat(storage.audit().count()).isEqualTo(1 + KEYS);
    }

    @Test
    void concurrentTransactions_areAllOrNothing() throws Exception {
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int n = t;
            tasks.add(() -> {
                try {
                    storage.inTransaction(tx -> {
                        tx.households().save(StorageFixtures.household("T-" + n, GAOZI, 100 + n), BY_TESTER);
                        tx.cases().save(StorageFixtures.activeDibaoCase("TC-" + n, "T-" + n, GAOZI), BY_TESTER);
                        if (n % 2 == 1) {
                            throw new IllegalStateException("odd writers fail");
                        }
                        return null;
                    });
                    return true;
                } catch (IllegalStateException expected) {
                    return false;
                }
            });
        }
        List<Boolean> committed = runTogether(tasks);
        for (int t = 0; t < THREADS; t++) {
            assertThat(storage.households().find(HouseholdId.of("T-" + t)).isPresent()).isEqualTo(committed.get(t));
            assertThat(storage.cases().find(CaseId.of("TC-" + t)).isPresent()).isEqualTo(committed.get(t));
        }
        assertThat(committed).containsExactly(true, false, true, false);
    }
}
