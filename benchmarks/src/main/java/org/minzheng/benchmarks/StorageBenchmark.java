package org.minzheng.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.WriteContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code JdbcStorage} beside hand-written batched JDBC doing the same work, on H2 (in memory)
 * and PostgreSQL, in the same run:
 * <ul>
 *   <li>{@code load*}: load 10,000 households with their 20,000 members (and incomes) of a
 *       region into domain objects;</li>
 *   <li>{@code post*}: post 100,000 payments (10,000 cases × 10 months) with an audit entry
 *       each, in one transaction.</li>
 * </ul>
 * The raw variants use the same tables, single queries / batches of 500 and no checks (no
 * idempotence, versions or region scope), so the ratio is what the storage layer costs.
 * PostgreSQL is read from {@code MINZHENG_PG_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD}/
 * {@code _DATABASE} (defaults 127.0.0.1:5432, postgres, test); each trial uses a schema of its
 * own, dropped at the end. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar StorageBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class StorageBenchmark {

    static final int HOUSEHOLDS = 10_000;
    static final int MONTHS = 10;
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final WriteContext CONTEXT = WriteContext.of("benchmark", "JMH");

    @Param({"h2", "postgresql"})
    public String database;

    private DataSource dataSource;
    private String schema;
    private JdbcStorage storage;
    private List<PaymentRequest> requests;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        if (database.equals("h2")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            dataSource = ds;
        } else {
            schema = "mz_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(postgres(null), "CREATE SCHEMA " + schema);
            dataSource = postgres(schema);
        }
        JdbcStorage.migrate(dataSource);
        storage = JdbcStorage.of(dataSource);
        List<Household> households = new ArrayList<>(HOUSEHOLDS);
        List<Case> cases = new ArrayList<>(HOUSEHOLDS);
        Instant applied = Instant.parse("2022-01-05T01:00:00Z");
        for (int i = 0; i < HOUSEHOLDS; i++) {
            String id = String.format("B-%05d", i);
            households.add(household(id, i));
            cases.add(Case.open(CaseId.of("C" + id), NationalPrograms.DIBAO, SubjectRef.household(HouseholdId.of(id)), DANTU,
                    PersonId.of(id + "-1"), Transition.application("clerk", applied, "申请", ApprovalLevel.TOWNSHIP)));
        }
        storage.households().saveAll(households, CONTEXT);
        storage.cases().saveAll(cases, CONTEXT);
        requests = new ArrayList<>(HOUSEHOLDS * MONTHS);
        for (Case c : cases) {
            for (int m = 0; m < MONTHS; m++) {
                requests.add(PaymentRequest.of(PaymentKey.of(c.id(), YearMonth.of(2022, 1).plusMonths(m),
                        PaymentComponent.BASE), Money.of("812.50")));
            }
        }
    }

    /** Empties the ledger (and its audit entries) before each posting run. */
    @Setup(Level.Invocation)
    public void emptyLedger() throws SQLException {
        execute(dataSource, "DELETE FROM mz_payment");
        execute(dataSource, "DELETE FROM mz_audit_log WHERE entity = 'payment'");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (schema != null) {
            execute(postgres(null), "DROP SCHEMA " + schema + " CASCADE");
        } else {
            execute(dataSource, "SHUTDOWN");
        }
    }

    static Household household(String id, int i) {
        Person head = person(id + "-1", "户主" + i, 2 * i);
        Person spouse = person(id + "-2", "配偶" + i, 2 * i + 1);
        return Household.builder().id(id).region(DANTU).address("丹徒区某街道" + i + "号").hukou(HukouType.RURAL)
                .member(head, Relation.HEAD).member(spouse, Relation.SPOUSE)
                .income(Income.of(IncomeKind.WAGE, Money.of("1500.00"), head.id())).assets(Assets.NONE).build();
    }

    static Person person(String id, String name, int n) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n);
        String body = "321112" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 100 + n % 800);
        return Person.builder().id(id).name(name).idNumber(IdNumber.parse(IdNumber.complete(body)))
                .hukou(HukouType.RURAL).build();
    }

    // ------------------------------------------------------------------ load 10,000 households

    @Benchmark
    public int loadHouseholds_minzheng() {
        try (Stream<Household> s = storage.households().streamByRegion(DANTU)) {
            return (int) s.count();
        }
    }

    @Benchmark
    public int loadHouseholds_rawJdbc() throws SQLException {
        String lo = "321112000000";
        String hi = "321112999999";
        try (Connection c = dataSource.getConnection()) {
            Map<String, List<Member>> members = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.id_number, p.name, p.hukou, p.version, "
                    + "p.household_id, p.relation FROM mz_person p JOIN mz_household h ON h.id = p.household_id "
                    + "WHERE h.region BETWEEN ? AND ? ORDER BY p.household_id, p.member_order")) {
                ps.setString(1, lo);
                ps.setString(2, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Person p = Person.builder().id(rs.getString(1)).idNumber(IdNumber.parse(rs.getString(2)))
                                .name(rs.getString(3)).hukou(Coded.fromCode(HukouType.class, rs.getString(4)))
                                .version(rs.getLong(5)).build();
                        members.computeIfAbsent(rs.getString(6), k -> new ArrayList<>())
                                .add(Member.of(p, Coded.fromCode(Relation.class, rs.getString(7))));
                    }
                }
            }
            Map<String, List<Income>> incomes = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.household_id, i.kind, i.monthly_amount, i.earner "
                    + "FROM mz_household_income i JOIN mz_household h ON h.id = i.household_id "
                    + "WHERE h.region BETWEEN ? AND ? ORDER BY i.household_id, i.ordinal")) {
                ps.setString(1, lo);
                ps.setString(2, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        incomes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Income.of(
                                Coded.fromCode(IncomeKind.class, rs.getString(2)), Money.of(rs.getBigDecimal(3)),
                                PersonId.of(rs.getString(4))));
                    }
                }
            }
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, region, address, hukou, deposits, securities, "
                    + "vehicles, vehicles_value, real_estate, real_estate_value, version FROM mz_household "
                    + "WHERE region BETWEEN ? AND ? ORDER BY id")) {
                ps.setString(1, lo);
                ps.setString(2, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        Household h = Household.builder().id(id).region(RegionCode.parse(rs.getString(2).trim()))
                                .address(rs.getString(3)).hukou(Coded.fromCode(HukouType.class, rs.getString(4)))
                                .members(members.get(id)).incomes(incomes.getOrDefault(id, List.of()))
                                .assets(new Assets(Money.of(rs.getBigDecimal(5)), Money.of(rs.getBigDecimal(6)), rs.getInt(7),
                                        Money.of(rs.getBigDecimal(8)), rs.getInt(9), Money.of(rs.getBigDecimal(10))))
                                .version(rs.getLong(11)).build();
                        n += h.size() > 0 ? 1 : 0;
                    }
                }
            }
            return n;
        }
    }

    // ------------------------------------------------------------------ post 100,000 payments

    @Benchmark
    public int postPayments_minzheng() {
        return storage.payments().postAll(requests, CONTEXT).size();
    }

    @Benchmark
    public int postPayments_rawJdbc() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            try (PreparedStatement pay = c.prepareStatement("INSERT INTO mz_payment (case_id, pay_month, component, seq_no, "
                    + "amount, status, reverses, posted_at, note) VALUES (?, ?, ?, 1, ?, 'posted', NULL, ?, NULL)");
                    PreparedStatement audit = c.prepareStatement("INSERT INTO mz_audit_log (occurred_at, actor, operation, "
                            + "entity, entity_id, version, region, reason) VALUES (?, ?, 'post', 'payment', ?, 1, ?, ?)")) {
                int n = 0;
                for (PaymentRequest r : requests) {
                    PaymentKey k = r.key();
                    pay.setString(1, k.caseId().value());
                    pay.setObject(2, k.month().atDay(1));
                    pay.setString(3, k.component().code());
                    pay.setBigDecimal(4, r.amount().amount());
                    pay.setObject(5, now);
                    pay.addBatch();
                    audit.setObject(1, now);
                    audit.setString(2, CONTEXT.actor().id());
                    audit.setString(3, k.caseId().value() + "/" + k.month() + "/" + k.component().code());
                    audit.setString(4, DANTU.value());
                    audit.setString(5, CONTEXT.reason());
                    audit.addBatch();
                    if (++n % 500 == 0) {
                        pay.executeBatch();
                        audit.executeBatch();
                    }
                }
                pay.executeBatch();
                audit.executeBatch();
            }
            c.commit();
            return requests.size();
        }
    }

    // ------------------------------------------------------------------ helpers

    static DataSource postgres(String schema) {
        Map<String, String> env = System.getenv();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {env.getOrDefault("MINZHENG_PG_HOST", "127.0.0.1")});
        ds.setPortNumbers(new int[] {Integer.parseInt(env.getOrDefault("MINZHENG_PG_PORT", "5432"))});
        ds.setUser(env.getOrDefault("MINZHENG_PG_USER", "postgres"));
        ds.setPassword(env.getOrDefault("MINZHENG_PG_PASSWORD", ""));
        ds.setDatabaseName(env.getOrDefault("MINZHENG_PG_DATABASE", "test"));
        ds.setSslMode("disable");
        ds.setReWriteBatchedInserts(true);
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
