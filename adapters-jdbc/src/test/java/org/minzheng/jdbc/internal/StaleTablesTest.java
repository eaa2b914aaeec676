package org.minzheng.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.TestDatabase;

/** Which tables a session analyzes on PostgreSQL after bulk writes (decision 0406). */
class StaleTablesTest {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    /** Runs statements on a connection of their own, closed at the end so that its backend reports its counters. */
    private static void run(String... sql) throws SQLException {
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static long changed(Connection c, String table) throws SQLException {
        return Jdbc.query(c, "SELECT n_mod_since_analyze FROM pg_stat_all_tables WHERE relid = to_regclass(?)",
                ps -> ps.setString(1, table), rs -> rs.getLong(1)).get(0);
    }

    /** Waits until the server's counters show what the closed connections changed (they report on exit). */
    private static void awaitCounters(String table, long rows) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Connection c = DB.dataSource().getConnection()) {
                if (changed(c, table) >= rows) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not report the changes of " + table);
    }

    @Test
    void onlyTablesChangedByATenthSinceTheirLastAnalysisAreStale() throws Exception {
        run("CREATE TABLE st_kept (id INTEGER PRIMARY KEY)", "CREATE TABLE st_grown (id INTEGER PRIMARY KEY)",
                "CREATE TABLE st_new (id INTEGER PRIMARY KEY)", "CREATE TABLE st_empty (id INTEGER PRIMARY KEY)",
                "INSERT INTO st_kept SELECT g FROM generate_series(1, 1000) g",
                "INSERT INTO st_grown SELECT g FROM generate_series(1, 1000) g");
        // analyzed once the inserts were reported (a backend reports its counters after it ran them)
        awaitCounters("st_kept", 1000);
        awaitCounters("st_grown", 1000);
        run("ANALYZE st_kept", "ANALYZE st_grown");
        // below 50 + 10 % of 1,000 rows; at it; a table never analyzed that has rows
        run("INSERT INTO st_kept SELECT g FROM generate_series(1001, 1149) g",
                "INSERT INTO st_grown SELECT g FROM generate_series(1001, 1150) g",
                "INSERT INTO st_new SELECT g FROM generate_series(1, 10) g");
        awaitCounters("st_kept", 149);
        awaitCounters("st_grown", 150);
        awaitCounters("st_new", 10);
        try (Connection c = DB.dataSource().getConnection()) {
            List<String> tables = List.of("st_new", "st_kept", "st_empty", "st_grown", "st_absent");
            assertThat(StaleTables.postgres(c, tables)).containsExactly("st_new", "st_grown");
        }
        run("ANALYZE st_grown", "ANALYZE st_new");
        try (Connection c = DB.dataSource().getConnection()) {
            assertThat(StaleTables.postgres(c, List.of("st_new", "st_grown"))).isEmpty();
        }
        // deleted and updated rows count as changed too
        run("DELETE FROM st_grown WHERE id <= 100", "UPDATE st_grown SET id = -id WHERE id BETWEEN 101 AND 200");
        awaitCounters("st_grown", 200);
        try (Connection c = DB.dataSource().getConnection()) {
            assertThat(StaleTables.postgres(c, List.of("st_grown"))).containsExactly("st_grown");
        }
    }
}
