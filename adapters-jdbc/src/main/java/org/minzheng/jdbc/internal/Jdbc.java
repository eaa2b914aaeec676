package org.minzheng.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.money.Money;

/**
 * Small helpers over plain JDBC: parameter binding with explicit SQL types, reading nullable
 * columns, and IN-lists of bound parameters. Every value goes through a bound parameter.
 */
public final class Jdbc {

    /** Rows per batch and values per IN-list. */
    public static final int CHUNK = 500;

    private Jdbc() {
    }

    /** A row mapper that may throw. */
    @FunctionalInterface
    public interface RowMapper<T> {
        /**
         * Maps the current row.
         *
         * @param rs the result set, positioned on a row
         * @return the value
         * @throws SQLException on a database error
         */
        T map(ResultSet rs) throws SQLException;
    }

    /** A statement binder that may throw. */
    @FunctionalInterface
    public interface Binder {
        /**
         * Binds parameters.
         *
         * @param ps the statement
         * @throws SQLException on a database error
         */
        void bind(PreparedStatement ps) throws SQLException;
    }

    /**
     * Runs a query and maps every row.
     *
     * @param <T> row type
     * @param c the connection
     * @param sql the SQL with {@code ?} placeholders
     * @param binder binds the parameters
     * @param mapper maps a row
     * @return the rows
     * @throws SQLException on a database error
     */
    public static <T> List<T> query(Connection c, String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
        PreparedStatement arrays = PgArrays.postgres(c) ? PgArrays.prepareQuery(c, sql, binder) : null;
        try (PreparedStatement ps = arrays != null ? arrays : c.prepareStatement(sql)) {
            if (arrays == null) {
                binder.bind(ps);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    /**
     * Runs an update.
     *
     * @param c the connection
     * @param sql the SQL
     * @param binder binds the parameters
     * @return the update count
     * @throws SQLException on a database error
     */
    public static int update(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    /** Binds one row's values to the parameters after a position. */
    @FunctionalInterface
    public interface RowBinder<T> {
        /**
         * Binds a row.
         *
         * @param ps the statement
         * @param base the position before the row's first parameter (0 for the first row)
         * @param row the row
         * @throws SQLException on a database error
         */
        void bind(PreparedStatement ps, int base, T row) throws SQLException;
    }

    /**
     * Inserts rows with multi-row {@code INSERT … VALUES (…), (…)} statements of at most
     * {@link #CHUNK} rows: one statement and one round trip per chunk, which every supported
     * database parses and executes once (decision record 0171).
     *
     * @param <T> row type
     * @param c the connection
     * @param head {@code INSERT INTO t (a, b, …)}, or the dialect's equivalent
     * @param columns the number of values per row
     * @param tail what follows the values (e.g. {@code ON CONFLICT DO NOTHING}), or {@code ""}
     * @param rows the rows
     * @param binder binds a row
     * @return the rows inserted, as the database counts them
     * @throws SQLException on a database error
     */
    public static <T> int insertRows(Connection c, String head, int columns, String tail, List<T> rows,
            RowBinder<T> binder) throws SQLException {
        if (rows.size() > 1 && PgArrays.postgres(c)) {
            // one statement of one array per column (decision 0375)
            List<Object[]> values = PgArrays.capture(rows, columns, (ps, row) -> binder.bind(ps, 0, row));
            if (values != null) {
                return PgArrays.insert(c, head + " VALUES (" + marks(columns) + ")", head, tail, values);
            }
        }
        String one = "(" + marks(columns) + ")";
        int total = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> part = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder(head.length() + tail.length() + part.size() * (one.length() + 2) + 8);
            sql.append(head).append(" VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(one);
            }
            sql.append(tail);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int base = 0;
                for (T row : part) {
                    binder.bind(ps, base, row);
                    base += columns;
                }
                total += ps.executeUpdate();
            }
        }
        return total;
    }

    /** {@code ?, ?, ?} for an IN-list of n values. */
    public static String marks(int n) {
        StringBuilder b = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "?" : ", ?");
        }
        return b.toString();
    }

    /** Binds strings to the parameters 1..n, in order: the values of an IN-list of {@link #marks}. */
    public static Binder strings(List<String> values) {
        return ps -> {
            for (int i = 0; i < values.size(); i++) {
                ps.setString(i + 1, values.get(i));
            }
        };
    }

    /** Splits a collection into chunks of at most {@link #CHUNK}. */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    /** Binds a nullable string. */
    public static void setString(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    /** Binds a nullable date. */
    public static void setDate(PreparedStatement ps, int i, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, value);
        }
    }

    /** Binds an instant as a UTC timestamp: TIMESTAMP columns hold UTC wall time, whatever the JVM's zone. */
    public static void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
        ps.setObject(i, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    /** Reads a UTC timestamp. */
    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** Binds money as DECIMAL. */
    public static void setMoney(PreparedStatement ps, int i, Money value) throws SQLException {
        ps.setBigDecimal(i, value.amount());
    }

    /**
     * Reads money from a DECIMAL column; a zero is {@link Money#ZERO} itself (most assets of most households are
     * zero, and a monthly run holds a county's households: decision record 0441).
     */
    public static Money getMoney(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d.signum() == 0 ? Money.ZERO : Money.of(d.setScale(2));
    }

    /** Binds a nullable integer. */
    public static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    /** Reads a nullable integer. */
    public static Optional<Integer> getInteger(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    /** Reads a nullable date. */
    public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
