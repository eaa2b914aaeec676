package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.tck.storage.StorageFixtures;

/**
 * Migration V9 on each database (decision record 0420): histories stored as rows of
 * {@code mz_case_transition} by the schema of V8 read back equal from {@code mz_case.history} after the
 * upgrade, with texts that the history's format escapes ({@code |}, {@code ~}), a character outside the
 * basic plane, line breaks, microseconds, a case with a long history (longer than MariaDB's default
 * {@code GROUP_CONCAT} limit of 1,024 bytes) and one with none; and the table of transitions is gone.
 * One test body, a subclass per database supplies a schema of its own.
 */
abstract class CaseHistoryMigrationContract {

    /** A data source on an empty schema private to the test class. */
    abstract DataSource dataSource();

    static List<Case> expected() {
        List<Case> all = new ArrayList<>();
        Case plain = StorageFixtures.activeDibaoCase("C-plain", "H-1", StorageFixtures.GAOZI);
        all.add(plain);
        Case odd = StorageFixtures.activeDibaoCase("C-odd|~", "H-2", StorageFixtures.GAOZI);
        Instant at = Instant.parse("2023-05-06T07:08:09.123456Z");
        odd = odd.toBuilder().transition(new Transition(Optional.of(CaseState.ACTIVE), CaseState.SUSPENDED,
                "员|工~/~~ 𠀋", at, "暂停|原因~/\n第二行\t'\"\\ ~", ApprovalLevel.COUNTY)).build();
        all.add(odd);
        Case longer = StorageFixtures.activeDibaoCase("C-long", "H-3", StorageFixtures.GAOZI);
        Case.Builder b = longer.toBuilder();
        CaseState state = CaseState.ACTIVE;
        for (int i = 0; i < 40; i++) {
            CaseState next = state == CaseState.ACTIVE ? CaseState.SUSPENDED : CaseState.ACTIVE;
            b.transition(new Transition(Optional.of(state), next, "操作员" + i,
                    Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * i).plusNanos(1_000L * i),
                    "原因".repeat(100) + i, ApprovalLevel.TOWNSHIP));
            state = next;
        }
        all.add(b.build());
        return all;
    }

    /** Migrates to V8 only and stores the cases as the V8 adapter did, at version 1. */
    static void storeAtVersion8(DataSource ds, List<Case> cases) throws SQLException {
        Dialect dialect = JdbcStorage.dialectOf(ds);
        Flyway.configure(JdbcStorage.class.getClassLoader()).dataSource(ds).locations(dialect.migrationLocation())
                .table(JdbcStorage.HISTORY_TABLE).target("8").load().migrate();
        try (Connection c = ds.getConnection();
                PreparedStatement pc = c.prepareStatement("INSERT INTO mz_case (id, program, subject_kind, subject_id, "
                        + "region, applicant, state, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)");
                PreparedStatement pt = c.prepareStatement("INSERT INTO mz_case_transition (case_id, ordinal, from_state, "
                        + "to_state, operator_name, changed_at, reason, approval_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Case x : cases) {
                pc.setString(1, x.id().value());
                pc.setString(2, x.program().value());
                pc.setString(3, x.subject().kind().code());
                pc.setString(4, x.subject().id());
                pc.setString(5, x.region().value());
                pc.setString(6, x.applicant().value());
                pc.setString(7, x.state().code());
                pc.executeUpdate();
                int i = 0;
                for (Transition t : x.history()) {
                    pt.setString(1, x.id().value());
                    pt.setInt(2, i++);
                    pt.setString(3, t.from().map(CaseState::code).orElse(null));
                    pt.setString(4, t.to().code());
                    pt.setString(5, t.operator());
                    pt.setObject(6, LocalDateTime.ofInstant(t.at(), ZoneOffset.UTC));
                    pt.setString(7, t.reason());
                    pt.setString(8, t.level().code());
                    pt.executeUpdate();
                }
            }
        }
    }

    @Test
    void v9_movesEveryHistoryIntoItsCaseRow_andEveryCaseReadsBackEqual() throws Exception {
        List<Case> cases = expected();
        storeAtVersion8(dataSource(), cases);
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO mz_case (id, program, subject_kind, subject_id, region, applicant, state, version) "
                        + "SELECT 'C-none', program, subject_kind, subject_id, region, applicant, state, 1 FROM mz_case "
                        + "WHERE id = 'C-plain'")) {
            assertThat(ps.executeUpdate()).isEqualTo(1); // a row without transitions, as only a hand-made row could be
        }
        assertThat(JdbcStorage.migrate(dataSource())).isGreaterThanOrEqualTo(1);
        JdbcStorage storage = JdbcStorage.of(dataSource());
        for (Case x : cases) {
            Case stored = storage.cases().find(x.id()).orElseThrow();
            assertThat(stored.history()).as(x.id().value()).isEqualTo(x.history());
            assertThat(stored).isEqualTo(x.toBuilder().version(1).build());
        }
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT history FROM mz_case WHERE id = 'C-none'"); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEmpty();
        }
        try (Connection c = dataSource().getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, "%", null)) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(tables).contains("mz_case").doesNotContain("mz_case_transition");
        }
        // And the upgraded store goes on: a new transition is saved with the rest of the history.
        Case odd = storage.cases().find(cases.get(1).id()).orElseThrow();
        Case resumed = odd.toBuilder().transition(new Transition(Optional.of(CaseState.SUSPENDED), CaseState.ACTIVE,
                "复核员", Instant.parse("2023-06-01T00:00:00.000001Z"), "恢复", ApprovalLevel.COUNTY)).build();
        Case saved = storage.cases().save(resumed, StorageFixtures.BY_TESTER);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(storage.cases().find(odd.id())).contains(saved);
        // Several cases updated in one saveAll (on PostgreSQL one statement of arrays, decision 0375).
        List<Case> suspended = new ArrayList<>();
        for (Case x : List.of(storage.cases().find(cases.get(0).id()).orElseThrow(),
                storage.cases().find(cases.get(2).id()).orElseThrow(), saved)) {
            suspended.add(x.toBuilder().transition(new Transition(Optional.of(CaseState.ACTIVE), CaseState.SUSPENDED,
                    "核查员|~", Instant.parse("2025-02-03T04:05:06.789012Z"), "暂停~/|", ApprovalLevel.COUNTY)).build());
        }
        List<Case> all = storage.cases().saveAll(suspended, StorageFixtures.BY_TESTER);
        for (Case x : all) {
            assertThat(storage.cases().find(x.id())).contains(x);
            assertThat(x.state()).isEqualTo(CaseState.SUSPENDED);
        }
    }
}
