package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.minzheng.tck.storage.StorageFixtures.BY_TESTER;
import static org.minzheng.tck.storage.StorageFixtures.GAOZI;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.jdbc.testing.FreshStorage;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.StaleVersionException;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.tck.storage.StorageFixtures;
import org.slf4j.LoggerFactory;

/**
 * Database errors carry no personal data (数据库错误不泄露个人信息), on every database: every way a
 * write can reach a unique index of the schema with a duplicate (two records of one batch, or two
 * writers racing) ends in a {@link StorageException} whose message, causes, next exceptions,
 * suppressed exceptions, {@code toString} and printed stack trace hold no name and no identity
 * number, and nothing the driver or the library logs meanwhile (through SLF4J, which the drivers
 * use, or java.util.logging) holds one either.
 *
 * <p>The races are made deterministic: a first transaction writes a record and waits; a second
 * writer, whose own checks cannot see the uncommitted record, writes a duplicate and blocks on the
 * database's index; once the database reports it waiting, the first commits and the second gets
 * the database's unique violation. The test checks that the database was really reached (the
 * scrubbed SQLState is in the cause).
 */
abstract class DriverErrorsContract {

    /** @return the data source of an empty, migrated schema (emptied before each test) */
    protected abstract DataSource dataSource();

    /**
     * Whether a session of this test's schema waits for a lock.
     *
     * @param c a connection to the schema
     * @return true if one waits
     * @throws SQLException on a database error
     */
    protected abstract boolean someoneWaits(Connection c) throws SQLException;

    private Storage storage;
    private ExecutorService threads;
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        storage = FreshStorage.on(dataSource());
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        storage.close();
    }

    /** A household whose members are keyed by their identity numbers, as many applications do. */
    private Household keyedByIdNumber(String id, int n) {
        Household h = StorageFixtures.household(id, GAOZI, n);
        List<Member> members = new ArrayList<>();
        for (Member m : h.members()) {
            members.add(Member.of(m.person().toBuilder().id(m.person().idNumber().orElseThrow().value()).build(),
                    m.relation()));
        }
        return remember(h.toBuilder().members(members).incomes(List.of()).build());
    }

    private Household remember(Household h) {
        for (Member m : h.members()) {
            secrets.add(m.person().name());
            m.person().idNumber().ifPresent(x -> {
                secrets.add(x.value());
                // the birth date digits, which the masked forms hide
                secrets.add(x.value().substring(6, 14));
            });
        }
        secrets.add(h.address());
        return h;
    }

    private Person twinOf(Person p, String id, String name) {
        Person twin = StorageFixtures.person(id, name, 9_999).toBuilder().idNumber(p.idNumber().orElseThrow()).build();
        secrets.add(name);
        return twin;
    }

    // ------------------------------------------------------------------ duplicates in one batch

    @Test
    void oneIdentityNumberTwiceInOneSaveAll_isRefusedBeforeTheDatabase() {
        Household a = keyedByIdNumber("H-A", 1);
        Household b = remember(StorageFixtures.household("H-B", GAOZI, 2).toBuilder()
                .member(twinOf(a.head(), "H-B-9", "欧阳双胞"), Relation.OTHER).build());
        Observed o = observe(() -> storage.households().saveAll(List.of(a, b), BY_TESTER));
        assertThat(o.thrown).isInstanceOf(DuplicateRecordException.class);
        assertThat(sqlStates(o.thrown)).as("refused before the database").isEmpty();
        o.assertNoSecret(secrets);
    }

    @Test
    void onePersonInTwoHouseholdsOfOneSaveAll_isRefusedBeforeTheDatabase() {
        Household a = keyedByIdNumber("H-A", 1);
        Household b = remember(StorageFixtures.household("H-B", GAOZI, 2).toBuilder()
                .member(a.members().get(1).person(), Relation.OTHER).build());
        Observed o = observe(() -> storage.households().saveAll(List.of(a, b), BY_TESTER));
        assertThat(o.thrown).isInstanceOf(DuplicateRecordException.class);
        assertThat(sqlStates(o.thrown)).isEmpty();
        o.assertNoSecret(secrets);
    }

    // ------------------------------------------------------------------ races reaching the database

    @Test
    void identityNumberUniqueIndex_reachedByARace_leaksNothing() throws Exception {
        Household a = keyedByIdNumber("H-A", 1);
        Household b = remember(StorageFixtures.household("H-B", GAOZI, 2).toBuilder()
                .member(twinOf(a.head(), "H-B-9", "司马双胞"), Relation.OTHER).build());
        Observed o = race(tx -> tx.households().save(a, BY_TESTER), s -> s.households().save(b, BY_TESTER));
        assertReachedTheDatabaseAndLeakedNothing(o);
    }

    @Test
    void personPrimaryKey_racedByAnotherWriter_leaksNothing() throws Exception {
        Household a = keyedByIdNumber("H-A", 1);
        Household b = remember(StorageFixtures.household("H-B", GAOZI, 2).toBuilder()
                .member(a.members().get(1).person(), Relation.OTHER).build());
        Observed o = race(tx -> tx.households().save(a, BY_TESTER), s -> s.households().save(b, BY_TESTER));
        assertLeakedNothing(o);
    }

    @Test
    void householdPrimaryKey_racedByAnotherWriter_leaksNothing() throws Exception {
        Household a = keyedByIdNumber("H-A", 1);
        Household again = keyedByIdNumber("H-A", 2);
        Observed o = race(tx -> tx.households().save(a, BY_TESTER), s -> s.households().save(again, BY_TESTER));
        assertLeakedNothing(o);
    }

    @Test
    void personSavedAlone_primaryKeyAndIdentityNumber_racedByAnotherWriter_leakNothing() throws Exception {
        Person alone = keyedByIdNumber("H-X", 3).head();
        Person sameKey = alone.toBuilder().name("第二个名字").build();
        secrets.add("第二个名字");
        Observed o = race(tx -> tx.persons().save(alone, BY_TESTER), s -> s.persons().save(sameKey, BY_TESTER));
        assertLeakedNothing(o);
    }

    @Test
    void casePrimaryKey_racedByAnotherWriter_leaksNothing() throws Exception {
        Household h = storage.households().save(keyedByIdNumber("H-A", 1), BY_TESTER);
        // a case keyed by the head's identity number, as "dibao-<number>"
        String id = "dibao-" + h.head().id().value();
        Observed o = race(tx -> tx.cases().save(StorageFixtures.activeDibaoCase(id, "H-A", GAOZI).toBuilder()
                        .applicant(h.head().id()).build(), BY_TESTER),
                s -> s.cases().save(StorageFixtures.activeDibaoCase(id, "H-A", GAOZI).toBuilder()
                        .applicant(h.head().id()).build(), BY_TESTER));
        assertLeakedNothing(o);
        assertThat(storage.cases().find(CaseId.of(id))).isPresent();
    }

    @Test
    void serviceRecordAndFacilityPrimaryKeys_racedByAnotherWriter_leakNothing() throws Exception {
        Household h = storage.households().save(keyedByIdNumber("H-A", 1), BY_TESTER);
        String person = h.head().id().value();
        String id = "visit-" + person;
        LocalDate day = LocalDate.of(2022, 10, 9);
        Observed visit = race(tx -> tx.serviceRecords().save(StorageFixtures.careVisit(id, person, GAOZI, day), BY_TESTER),
                s -> s.serviceRecords().save(StorageFixtures.careVisit(id, person, GAOZI, day), BY_TESTER));
        assertLeakedNothing(visit);
        Observed facility = race(tx -> tx.facilities().save(StorageFixtures.facility("F-" + person, GAOZI), BY_TESTER),
                s -> s.facilities().save(StorageFixtures.facility("F-" + person, GAOZI), BY_TESTER));
        assertLeakedNothing(facility);
    }

    /**
     * The second writer failed, having reached the database's unique index (its SQLState, class
     * 23, is in the scrubbed cause), and nothing it threw or logged holds personal data.
     */
    private void assertReachedTheDatabaseAndLeakedNothing(Observed o) {
        assertThat(o.thrown).as("the second writer fails").isInstanceOf(DuplicateRecordException.class);
        assertThat(sqlStates(o.thrown)).as("the database's unique index refused it").isNotEmpty()
                .allSatisfy(state -> assertThat(state).startsWith("23"));
        o.assertNoSecret(secrets);
    }

    /**
     * The second writer failed, at the database's index or, where the database made it wait for
     * the first writer's row lock ({@code SELECT … FOR UPDATE}), at the store's own version or
     * membership check; nothing it threw or logged holds personal data.
     */
    private void assertLeakedNothing(Observed o) {
        assertThat(o.thrown).as("the second writer fails").isInstanceOfAny(DuplicateRecordException.class,
                StaleVersionException.class);
        assertThat(sqlStates(o.thrown)).allSatisfy(state -> assertThat(state).startsWith("23"));
        o.assertNoSecret(secrets);
    }

    // ------------------------------------------------------------------ harness

    /** What an operation threw and what was logged meanwhile. */
    private record Observed(Throwable thrown, String log) {

        void assertNoSecret(List<String> secrets) {
            String text = everything(thrown);
            for (String secret : secrets) {
                assertThat(text).as("the exception's text").doesNotContain(secret);
                assertThat(log).as("the log").doesNotContain(secret);
            }
        }
    }

    /**
     * Runs {@code first} in a transaction that stays open until {@code second}, run by another
     * writer, waits for the database (or has ended), then commits it; returns what the second threw.
     */
    private Observed race(Consumer<Storage> first, Consumer<Storage> second) throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> storage.inTransaction(tx -> {
            first.accept(tx);
            written.countDown();
            assertThat(commit.await(60, TimeUnit.SECONDS)).isTrue();
            return null;
        }));
        assertThat(written.await(60, TimeUnit.SECONDS)).as("the first writer wrote").isTrue();
        return observe(() -> {
            Future<Throwable> racer = threads.submit(() -> catchThrowable(() -> second.accept(storage)));
            try (Connection c = dataSource().getConnection()) {
                for (int i = 0; i < 3_000 && !racer.isDone() && !someoneWaits(c); i++) {
                    Thread.sleep(20);
                }
            }
            commit.countDown();
            holder.get(60, TimeUnit.SECONDS);
            Throwable thrown = racer.get(60, TimeUnit.SECONDS);
            if (thrown != null) {
                throw thrown;
            }
            return null;
        });
    }

    /** An operation that may throw anything. */
    @FunctionalInterface
    private interface Operation {
        Object run() throws Throwable;
    }

    /**
     * Runs an operation, capturing what it throws and everything logged meanwhile: SLF4J (the
     * simple binding of the tests writes to System.err) and java.util.logging.
     */
    private static Observed observe(Operation op) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        StringBuilder jul = new StringBuilder();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (jul) {
                    jul.append(r.getLevel()).append(' ').append(r.getLoggerName()).append(' ').append(r.getMessage())
                            .append(' ').append(java.util.Arrays.toString(r.getParameters())).append('\n');
                    if (r.getThrown() != null) {
                        jul.append(everything(r.getThrown()));
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(handler);
        System.setErr(capture);
        Throwable thrown;
        try {
            // proves that the capture works: this line must be in the captured text
            LoggerFactory.getLogger("org.minzheng.test.capture").warn("capture-canary");
            op.run();
            thrown = null;
        } catch (Throwable t) {
            thrown = t;
        } finally {
            System.setErr(err);
            root.removeHandler(handler);
        }
        String log = captured.toString(StandardCharsets.UTF_8) + jul;
        assertThat(log).as("the log capture works").contains("capture-canary");
        assertThat(thrown).as("the operation fails").isNotNull();
        return new Observed(thrown, log);
    }

    /** The text of an exception and everything attached to it. */
    static String everything(Throwable e) {
        StringBuilder sb = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(todo.size() - 1);
            if (t == null || !seen.add(t)) {
                continue;
            }
            sb.append(t).append('\n').append(t.getMessage()).append('\n');
            todo.add(t.getCause());
            todo.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLException s) {
                todo.add(s.getNextException());
            }
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return sb.append(trace).toString();
    }

    /** The SQLStates of the SQLExceptions attached to an exception. */
    static List<String> sqlStates(Throwable e) {
        List<String> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(todo.size() - 1);
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException s) {
                if (s.getSQLState() != null) {
                    out.add(s.getSQLState());
                }
                todo.add(s.getNextException());
            }
            todo.add(t.getCause());
            todo.addAll(List.of(t.getSuppressed()));
        }
        return out;
    }

    /** Counts rows of a query's first column. */
    static boolean positive(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }
}
