package org.minzheng.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.TestDatabase;

/**
 * The array-bound statements on PostgreSQL (decisions 0375, 0376) store and read exactly what the row
 * statements do, and fail as they do.
 */
class PgArraysTest {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    private static final String COLUMNS = "(id VARCHAR(64) NOT NULL PRIMARY KEY, n INTEGER, big BIGINT, amount DECIMAL(14,2), "
            + "flag BOOLEAN, day DATE, at TIMESTAMP(6), code CHAR(4), note VARCHAR(200))";

    private record Row(String id, Integer n, long big, BigDecimal amount, boolean flag, LocalDate day, LocalDateTime at,
            String code, String note) {
    }

    private static final Registry.RowBinder<Row> BIND = (ps, r) -> {
        ps.setString(1, r.id());
        Jdbc.setInteger(ps, 2, r.n());
        ps.setLong(3, r.big());
        ps.setBigDecimal(4, r.amount());
        ps.setBoolean(5, r.flag());
        Jdbc.setDate(ps, 6, r.day());
        if (r.at() == null) {
            ps.setNull(7, Types.TIMESTAMP);
        } else {
            ps.setObject(7, r.at());
        }
        Jdbc.setString(ps, 8, r.code());
        Jdbc.setString(ps, 9, r.note());
    };

    private static List<Row> rows() {
        return List.of(
                new Row("a", 1, Long.MAX_VALUE, new BigDecimal("12.50"), true, LocalDate.of(2022, 1, 31),
                        LocalDateTime.of(2021, 12, 31, 23, 59, 59, 999_999_600), "ab", "引号 \" 反斜杠 \\ 逗号 , 括号 {} 空白  "),
                new Row("b", null, -3, new BigDecimal("-0.01"), false, null, null, null, null),
                new Row("c", 0, 0, new BigDecimal("1E+3"), true, LocalDate.of(1, 1, 1),
                        LocalDateTime.of(1900, 2, 28, 0, 0, 0, 123_456_499), "abcd", "NULL"),
                new Row("d", 7, 8, BigDecimal.ZERO, false, LocalDate.of(9999, 12, 31),
                        LocalDateTime.of(2022, 6, 1, 8, 0, 0, 500), "", ""));
    }

    private static List<String> read(Connection c, String table) throws SQLException {
        return Jdbc.query(c, "SELECT * FROM " + table + " ORDER BY id", ps -> { }, rs -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 9; i++) {
                b.append(rs.getString(i)).append('|');
            }
            return b.toString();
        });
    }

    @Test
    void aBatchAsArraysStoresWhatRowStatementsStore() throws SQLException {
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pga_rows " + COLUMNS);
            s.execute("CREATE TABLE pga_arrays " + COLUMNS);
            for (Row r : rows()) { // one row at a time: the row statement
                Registry.batch(c, "INSERT INTO pga_rows (id, n, big, amount, flag, day, at, code, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", List.of(r), BIND);
            }
            Registry.batch(c, "INSERT INTO pga_arrays (id, n, big, amount, flag, day, at, code, note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows(), BIND);
            assertThat(read(c, "pga_arrays")).isEqualTo(read(c, "pga_rows")).hasSize(4);
            assertThat(read(c, "pga_arrays").get(0)).contains("2022-01-01 00:00:00|"); // rounded up to the microsecond

            // updates (distinct keys: one statement) and deletes as arrays
            List<Row> changed = new ArrayList<>();
            for (Row r : rows()) {
                changed.add(new Row(r.id(), 42, r.big(), r.amount(), !r.flag(), r.day(), r.at(), r.code(), "changed " + r.id()));
            }
            String update = "UPDATE %s SET n = ?, big = ?, amount = ?, flag = ?, day = ?, at = ?, code = ?, note = ? WHERE id = ?";
            Registry.RowBinder<Row> set = (ps, r) -> {
                Jdbc.setInteger(ps, 1, r.n());
                ps.setLong(2, r.big());
                ps.setBigDecimal(3, r.amount());
                ps.setBoolean(4, r.flag());
                Jdbc.setDate(ps, 5, r.day());
                if (r.at() == null) {
                    ps.setNull(6, Types.TIMESTAMP);
                } else {
                    ps.setObject(6, r.at());
                }
                Jdbc.setString(ps, 7, r.code());
                Jdbc.setString(ps, 8, r.note());
                ps.setString(9, r.id());
            };
            for (Row r : changed) {
                Registry.batch(c, update.formatted("pga_rows"), List.of(r), set);
            }
            Registry.batch(c, update.formatted("pga_arrays"), changed, set);
            assertThat(read(c, "pga_arrays")).isEqualTo(read(c, "pga_rows")).allMatch(x -> x.contains("|42|"));
            // the same key twice: row by row, in the batch's order, as before (the last wins)
            Row b = changed.get(1);
            Registry.batch(c, update.formatted("pga_arrays"), List.of(
                    new Row("b", 1, b.big(), b.amount(), b.flag(), b.day(), b.at(), b.code(), "first"),
                    new Row("b", 2, b.big(), b.amount(), b.flag(), b.day(), b.at(), b.code(), "last")), set);
            assertThat(read(c, "pga_arrays").get(1)).startsWith("b|2|").contains("|last|");
            Registry.batch(c, "DELETE FROM pga_arrays WHERE id = ?", List.of("a", "c"), (ps, id) -> ps.setString(1, id));
            assertThat(read(c, "pga_arrays")).extracting(x -> x.substring(0, 2)).containsExactly("b|", "d|");
        }
    }

    @Test
    void aKeyTakenFailsTheWholeBatchWithTheUniqueViolation() throws SQLException {
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pga_unique " + COLUMNS);
            List<Row> twice = List.of(rows().get(0), rows().get(1), rows().get(0));
            assertThatThrownBy(() -> Registry.batch(c, "INSERT INTO pga_unique (id, n, big, amount, flag, day, at, code, note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", twice, BIND))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(SqlErrors.isUniqueViolation(e)).isTrue());
            assertThat(read(c, "pga_unique")).isEmpty();
        }
    }

    @Test
    void inListsReadTheSameRowsAsArraysAndNotInIsLeftAlone() throws SQLException {
        try (Connection c = DB.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pga_read " + COLUMNS);
            Registry.batch(c, "INSERT INTO pga_read (id, n, big, amount, flag, day, at, code, note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows(), BIND);
            List<String> byId = Jdbc.query(c, "SELECT id FROM pga_read WHERE id IN (?, ?, ?) AND n IS NOT NULL "
                    + "AND code IN (?, ?) ORDER BY id", ps -> {
                        ps.setString(1, "a");
                        ps.setString(2, "c");
                        ps.setString(3, "zz");
                        ps.setString(4, "ab"); // CHAR(4): 'ab' matches 'ab  ' as in the list form
                        ps.setString(5, "abcd");
                    }, rs -> rs.getString(1));
            assertThat(byId).containsExactly("a", "c");
            List<String> notIn = Jdbc.query(c, "SELECT id FROM pga_read WHERE id NOT IN (?, ?) ORDER BY id", ps -> {
                ps.setString(1, "a");
                ps.setString(2, "b");
            }, rs -> rs.getString(1));
            assertThat(notIn).containsExactly("c", "d");
            List<String> byDay = Jdbc.query(c, "SELECT id FROM pga_read WHERE day IN (?, ?) ORDER BY id", ps -> {
                Jdbc.setDate(ps, 1, LocalDate.of(1, 1, 1));
                Jdbc.setDate(ps, 2, LocalDate.of(9999, 12, 31));
            }, rs -> rs.getString(1));
            assertThat(byDay).containsExactly("c", "d");
        }
    }
}
