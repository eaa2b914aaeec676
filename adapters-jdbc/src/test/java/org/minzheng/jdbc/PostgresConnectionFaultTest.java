package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.tck.storage.StorageFixtures.BY_TESTER;
import static org.minzheng.tck.storage.StorageFixtures.DANTU;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.money.Money;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.FaultProxy;
import org.minzheng.jdbc.testing.TestDatabase;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.PostResult;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.StorageUnavailableException;
import org.minzheng.tck.storage.KillHarness;
import org.minzheng.tck.storage.StorageFixtures;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connection faults between JdbcStorage and PostgreSQL, injected by a local TCP proxy
 * ({@link FaultProxy}, 127.0.0.1 only): connections cut at random bytes, a connection cut in the
 * middle of a transaction and while committing, a statement timeout, a stalled connection, and the
 * server refusing connections for a moment. Every failure is a {@link StorageException} that names
 * the operation and no personal data; no payment is ever posted twice, and every acknowledged one
 * is stored.
 */
class PostgresConnectionFaultTest {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    private static final int CASES = 20;
    private FaultProxy proxy;
    private JdbcStorage direct;
    private JdbcStorage proxied;

    @BeforeEach
    void setUp() throws Exception {
        JdbcStorage.migrate(DB.dataSource());
        direct = org.minzheng.jdbc.testing.FreshStorage.on(DB.dataSource());
        for (int i = 0; i < CASES; i++) {
            direct.households().save(StorageFixtures.household("fh-" + i, DANTU, 100 + i), BY_TESTER);
            direct.cases().save(StorageFixtures.activeDibaoCase("fc-" + i, "fh-" + i, DANTU), BY_TESTER);
        }
        TestDatabase.Settings s = TestDatabase.POSTGRESQL.settings();
        proxy = FaultProxy.start(s.host(), s.port());
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {proxy.port()});
        ds.setDatabaseName(s.database());
        ds.setUser(s.user());
        ds.setPassword(s.password());
        ds.setSslMode("disable");
        ds.setCurrentSchema(DB.schema());
        ds.setConnectTimeout(3);
        ds.setSocketTimeout(3);
        proxied = JdbcStorage.of(ds);
        proxiedSource = ds;
    }

    private PGSimpleDataSource proxiedSource;

    private static void assertNoPersonalData(Throwable e) {
        assertThat(e.getMessage()).doesNotContain("张三", "李四", "321112", "镇江市丹徒区");
    }

    @AfterEach
    void tearDown() {
        proxy.close();
    }

    private static PaymentKey key(int caseNo, int month, PaymentComponent component) {
        return PaymentKey.of(CaseId.of("fc-" + caseNo), YearMonth.of(2022, month), component);
    }

    private static Money amount(PaymentKey k) {
        return Money.ofFen(10_000 + k.month().getMonthValue() * 100 + Integer.parseInt(k.caseId().value().substring(3)));
    }

    /**
     * Many postings, each connection cut with a probability after a random number of bytes; more with
     * {@code -Dminzheng.faults.operations=500 -Dminzheng.faults.share=0.5}.
     */
    @Test
    void postAll_withConnectionsCutAtRandomBytes_neverPostsTwiceAndKeepsEveryAcknowledgedPayment() {
        long seed = Long.getLong(KillHarness.SEED_PROPERTY, System.nanoTime());
        Random random = new Random(seed);
        int operations = Integer.getInteger("minzheng.faults.operations", 40);
        proxy.dropRandomly(new Random(seed + 1), Double.parseDouble(System.getProperty("minzheng.faults.share", "0.3")),
                4000);
        Map<PaymentKey, Money> acknowledged = new HashMap<>();
        Map<PaymentKey, Money> requested = new HashMap<>();
        Map<String, Integer> failures = new TreeMap<>();
        int succeeded = 0;
        for (int op = 0; op < operations; op++) {
            List<PaymentRequest> batch = new ArrayList<>();
            java.util.Set<PaymentKey> seen = new java.util.HashSet<>();
            for (int i = 0; i < 8; i++) {
                PaymentKey k = key(random.nextInt(CASES), 1 + random.nextInt(6),
                        random.nextBoolean() ? PaymentComponent.BASE : PaymentComponent.ADD_ON);
                if (seen.add(k)) {
                    batch.add(PaymentRequest.of(k, amount(k)));
                    requested.put(k, amount(k));
                }
            }
            try {
                List<PostResult> results = proxied.payments().postAll(batch, BY_TESTER);
                succeeded++;
                for (PostResult r : results) {
                    acknowledged.put(r.entry().key(), r.entry().amount());
                }
            } catch (StorageException e) {
                failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage().replaceAll("SQLState \\w+, vendor code \\d+", "SQLState …"), 1, Integer::sum);
                assertThat(e.getMessage()).doesNotContain("张三", "李四", "321112");
            }
        }
        proxy.clearFaults();
        int twice = 0;
        int lost = 0;
        for (PaymentKey k : requested.keySet()) {
            List<Payment> entries = direct.payments().ledger(k).entries();
            if (entries.size() > 1) {
                twice++;
            }
            if (acknowledged.containsKey(k) && entries.size() != 1) {
                lost++;
            }
        }
        System.out.printf("PostgresConnectionFaultTest random cuts: %d postAll calls, %d succeeded, %d connections, %d cut, "
                + "%d keys acknowledged, %d lost, %d posted twice, seed %d; failures: %s%n", operations, succeeded,
                proxy.connections(), proxy.drops(), acknowledged.size(), lost, twice, seed, failures);
        assertThat(twice).as("keys posted twice").isZero();
        assertThat(lost).as("acknowledged keys missing").isZero();
    }

    @Test
    void connectionCutInTheMiddleOfATransaction_rollsItAllBack_andSaysSo() {
        assertThatThrownBy(() -> proxied.inTransaction(tx -> {
            tx.households().save(StorageFixtures.household("cut-1", DANTU, 901), BY_TESTER);
            tx.payments().post(PaymentRequest.of(key(1, 9, PaymentComponent.BASE), Money.of("10.00")), BY_TESTER);
            proxy.dropAll();
            tx.cases().save(StorageFixtures.activeDibaoCase("cut-c", "cut-1", DANTU), BY_TESTER);
            return null;
        })).isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
            assertThat(e.outcomeUnknown()).isFalse();
            assertThat(e).hasMessageContaining("save case").hasMessageContaining("nothing was written");
            assertNoPersonalData(e);
        });
        assertThat(direct.households().find(org.minzheng.core.registry.HouseholdId.of("cut-1"))).isEmpty();
        assertThat(direct.payments().ledger(key(1, 9, PaymentComponent.BASE)).entries()).isEmpty();
        // The storage works again on a new connection.
        proxied.households().save(StorageFixtures.household("cut-1", DANTU, 901), BY_TESTER);
    }

    @Test
    void connectionCutWhileCommittingATransaction_isReportedAsAnUnknownOutcome() {
        proxy.dropOnCommit();
        assertThatThrownBy(() -> proxied.inTransaction(tx -> tx.payments().post(
                PaymentRequest.of(key(2, 9, PaymentComponent.BASE), Money.of("20.00")), BY_TESTER)))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
                    assertThat(e.outcomeUnknown()).as(e.toString()).isTrue();
                    assertThat(e).hasMessageContaining("may or may not have committed");
                    assertNoPersonalData(e);
                });
        // It did commit: reading tells, and posting again does not pay twice.
        assertThat(direct.payments().ledger(key(2, 9, PaymentComponent.BASE)).entries()).hasSize(1);
        PostResult again = proxied.payments().post(PaymentRequest.of(key(2, 9, PaymentComponent.BASE), Money.of("20.00")),
                BY_TESTER);
        assertThat(again.posted()).isFalse();
        assertThat(direct.payments().ledger(key(2, 9, PaymentComponent.BASE)).entries()).hasSize(1);
    }

    @Test
    void connectionCutWhileCommittingAPosting_isRepeated_andPostsOnce() {
        proxy.dropOnCommit();
        List<PostResult> results = proxied.payments().postAll(List.of(
                PaymentRequest.of(key(3, 9, PaymentComponent.BASE), Money.of("30.00")),
                PaymentRequest.of(key(3, 9, PaymentComponent.ADD_ON), Money.of("3.00"))), BY_TESTER);
        // The first attempt committed; the repeat found both keys posted.
        assertThat(results).extracting(PostResult::posted).containsExactly(false, false);
        assertThat(results).extracting(r -> r.entry().amount()).containsExactly(Money.of("30.00"), Money.of("3.00"));
        assertThat(direct.payments().ledger(key(3, 9, PaymentComponent.BASE)).entries()).hasSize(1);
        assertThat(direct.payments().ledger(key(3, 9, PaymentComponent.ADD_ON)).entries()).hasSize(1);
    }

    @Test
    void statementTimeout_whileAnotherTransactionHoldsTheRow_failsClearlyAndWritesNothing() throws Exception {
        proxiedSource.setOptions("-c statement_timeout=300");
        JdbcStorage timed = JdbcStorage.of(proxiedSource);
        var stored = direct.households().get(org.minzheng.core.registry.HouseholdId.of("fh-4"));
        try (var c = DB.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("SELECT id FROM mz_household WHERE id = ? FOR UPDATE")) {
                st.setString(1, "fh-4");
                st.executeQuery().close();
            }
            assertThatThrownBy(() -> timed.households().save(stored.toBuilder().address("新址").build(), BY_TESTER))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e).isNotInstanceOf(StorageUnavailableException.class)
                                .hasMessageContaining("SQLState 57014").hasMessageContaining("statement timeout");
                        assertNoPersonalData(e);
                    });
            c.rollback();
        }
        assertThat(direct.households().get(org.minzheng.core.registry.HouseholdId.of("fh-4"))).isEqualTo(stored);
        timed.households().save(stored.toBuilder().address("新址").build(), BY_TESTER);
    }

    @Test
    void stalledConnection_timesOutOnTheClient_andThePostingIsRepeatedOnce() {
        // The socket timeout is 3 s; the proxy forwards nothing for 4 s, so the first attempt fails,
        // then the proxy forwards again and the repeat completes the posting.
        proxy.stall(java.time.Duration.ofSeconds(4));
        List<PostResult> results = proxied.payments().postAll(List.of(
                PaymentRequest.of(key(5, 9, PaymentComponent.BASE), Money.of("50.00"))), BY_TESTER);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.entry().amount()).isEqualTo(Money.of("50.00")));
        assertThat(direct.payments().ledger(key(5, 9, PaymentComponent.BASE)).entries()).hasSize(1);
    }

    @Test
    void serverRefusingConnectionsForAMoment_postingsAreRepeated_otherWritesFailClearly() throws Exception {
        // refused until the save has failed: with a fixed window a loaded machine could reach the save after it
        proxy.refuse();
        assertThatThrownBy(() -> proxied.households().save(StorageFixtures.household("refused-1", DANTU, 903), BY_TESTER))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
                    assertThat(e.outcomeUnknown()).isFalse();
                    assertThat(e).hasMessageContaining("cannot reach the database");
                    assertNoPersonalData(e);
                });
        proxy.listenAgainAfter(java.time.Duration.ofMillis(400));
        List<PostResult> results = proxied.payments().postAll(List.of(
                PaymentRequest.of(key(6, 9, PaymentComponent.BASE), Money.of("60.00"))), BY_TESTER);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.posted()).isTrue());
        assertThat(direct.payments().ledger(key(6, 9, PaymentComponent.BASE)).entries()).hasSize(1);
    }
}
