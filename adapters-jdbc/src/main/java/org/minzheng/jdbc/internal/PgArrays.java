package org.minzheng.jdbc.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Array-bound bulk writes on PostgreSQL (数组批量写入, decision record 0375): a batch of
 * {@code INSERT INTO t (c1, …, cn) VALUES (?, …, ?)} rows becomes one statement
 * {@code INSERT INTO t (c1, …, cn) SELECT * FROM unnest(CAST(? AS T1[]), …)} with one array
 * parameter per column; a batch of {@code DELETE FROM t WHERE k = ?} becomes
 * {@code DELETE FROM t WHERE k = ANY(?)}; a batch of {@code UPDATE t SET a = ?, … WHERE k = ?}
 * (distinct keys) becomes one {@code UPDATE … FROM unnest(…)}.
 *
 * <p>Why: a multi-row {@code VALUES} list of 500 rows is a statement of 4,000 parameters that the
 * server parses, binds and plans anew for each size, and a JDBC batch of updates or deletes is one
 * execution per row; the server's time for these was the largest share of the run's wait. The
 * array form is one small statement, planned once, with the same constraints checked by the
 * database (primary keys, foreign keys, unique and check constraints) and the same errors: it is
 * an ordinary {@code INSERT}, {@code UPDATE} or {@code DELETE}. Only standard JDBC is used
 * ({@link Connection#createArrayOf}), so the PostgreSQL driver stays an optional dependency and
 * pools or proxies around the connection keep working.
 *
 * <p>Values travel as text arrays and are cast by the server to the column's type, which is taken
 * once per statement from the driver's {@link ParameterMetaData} of the row statement. A value of
 * a kind not handled here makes the caller fall back to the row statement.
 */
final class PgArrays {

    /** Parameter type names per row statement (the schema's types, from Flyway's migrations). */
    private static final Map<String, String[]> TYPES = new ConcurrentHashMap<>();

    private static final Pattern INSERT = Pattern.compile("(?is)^\\s*(INSERT INTO \\w+ \\([^)]*\\))\\s*VALUES\\s*\\(([?,\\s]*)\\)\\s*$");
    private static final Pattern DELETE = Pattern.compile("(?is)^\\s*(DELETE FROM \\w+ WHERE \\w+) = \\?\\s*$");
    private static final Pattern UPDATE = Pattern.compile("(?is)^\\s*UPDATE (\\w+) SET (.+) WHERE (\\w+) = \\?\\s*$");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?is)^\\s*(\\w+)\\s*=\\s*(\\?|NULL)\\s*$");

    private PgArrays() {
    }

    /**
     * Whether the connection is to PostgreSQL.
     *
     * @param c a connection
     * @return whether its product is PostgreSQL
     * @throws SQLException on a database error
     */
    static boolean postgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }

    /**
     * Captures the rows a binder sets on a statement, without a statement.
     *
     * @param <T> the row's type
     * @param rows the rows
     * @param columns the parameters per row
     * @param binder binds one row at parameters 1…columns
     * @return the values, one array per row, or null if a value is of a kind not handled here
     */
    static <T> List<Object[]> capture(List<T> rows, int columns, Registry.RowBinder<T> binder) {
        Capture capture = new Capture(columns);
        PreparedStatement ps = (PreparedStatement) Proxy.newProxyInstance(PgArrays.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, capture);
        try {
            for (T row : rows) {
                binder.bind(ps, row);
                capture.next();
            }
        } catch (Unsupported | SQLException e) {
            return null;
        }
        return capture.rows;
    }

    /**
     * Runs a batch of a row statement as one array statement, if the statement has a form handled here.
     *
     * @param c the connection (PostgreSQL)
     * @param sql the row statement
     * @param rows the rows' values, captured
     * @return the rows changed, or -1 if the statement has no array form (the caller runs the batch)
     * @throws SQLException on a database error
     */
    static int execute(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        Matcher m = INSERT.matcher(sql);
        if (m.matches()) {
            return insert(c, sql, m.group(1), "", rows);
        }
        m = DELETE.matcher(sql);
        if (m.matches()) {
            String[] types = types(c, sql);
            try (PreparedStatement ps = c.prepareStatement(m.group(1) + " = ANY(CAST(? AS " + types[0] + "[]))")) {
                ps.setArray(1, column(c, rows, 0));
                return ps.executeUpdate();
            }
        }
        m = UPDATE.matcher(sql);
        if (m.matches()) {
            return update(c, sql, m.group(1), m.group(2), m.group(3), rows);
        }
        return -1;
    }

    /**
     * Inserts rows in one statement of one array per column.
     *
     * @param c the connection (PostgreSQL)
     * @param rowSql the single-row statement, for the parameter types
     * @param head {@code INSERT INTO t (c1, …, cn)}
     * @param tail appended, e.g. {@code ON CONFLICT DO NOTHING}
     * @param rows the rows' values
     * @return the rows inserted
     * @throws SQLException on a database error
     */
    static int insert(Connection c, String rowSql, String head, String tail, List<Object[]> rows) throws SQLException {
        String[] types = types(c, rowSql);
        StringBuilder sql = new StringBuilder(head).append(" SELECT * FROM unnest(");
        for (int i = 0; i < types.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(types[i]).append("[])");
        }
        sql.append(')').append(tail);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < types.length; i++) {
                ps.setArray(i + 1, column(c, rows, i));
            }
            return ps.executeUpdate();
        }
    }

    private static int update(Connection c, String sql, String table, String set, String key, List<Object[]> rows)
            throws SQLException {
        String[] parts = set.split(",");
        List<String> assigned = new ArrayList<>();
        StringBuilder assignments = new StringBuilder();
        for (String part : parts) {
            Matcher a = ASSIGNMENT.matcher(part);
            if (!a.matches()) {
                return -1;
            }
            String column = a.group(1);
            boolean param = a.group(2).equals("?");
            assignments.append(assignments.length() == 0 ? "" : ", ").append(column).append(" = ")
                    .append(param ? "u.c" + assigned.size() : "NULL");
            if (param) {
                assigned.add(column);
            }
        }
        int keyIndex = assigned.size();
        Set<Object> keys = new HashSet<>();
        for (Object[] row : rows) {
            if (!keys.add(row[keyIndex])) {
                return -1; // the same row twice: the batch's order decides, as one statement per row
            }
        }
        String[] types = types(c, sql);
        StringBuilder q = new StringBuilder("UPDATE ").append(table).append(" t SET ").append(assignments)
                .append(" FROM unnest(");
        StringBuilder alias = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            q.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(types[i]).append("[])");
            alias.append(i == 0 ? "" : ", ").append('c').append(i);
        }
        q.append(") AS u(").append(alias).append(") WHERE t.").append(key).append(" = u.c").append(keyIndex);
        // the SET list's columns are unqualified (PostgreSQL refuses a table alias there)
        try (PreparedStatement ps = c.prepareStatement(q.toString())) {
            for (int i = 0; i < types.length; i++) {
                ps.setArray(i + 1, column(c, rows, i));
            }
            return ps.executeUpdate();
        }
    }

    private static String[] types(Connection c, String rowSql) throws SQLException {
        String[] known = TYPES.get(rowSql);
        if (known != null) {
            return known;
        }
        String[] types;
        try (PreparedStatement ps = c.prepareStatement(rowSql)) {
            ParameterMetaData md = ps.getParameterMetaData();
            types = new String[md.getParameterCount()];
            for (int i = 0; i < types.length; i++) {
                String name = md.getParameterTypeName(i + 1);
                if (name == null || !name.matches("[A-Za-z0-9_]+")) {
                    throw new SQLException("no array type for parameter " + (i + 1) + " of " + rowSql + ": " + name);
                }
                types[i] = name;
            }
        }
        TYPES.put(rowSql, types);
        return types;
    }

    private static Array column(Connection c, List<Object[]> rows, int column) throws SQLException {
        String[] values = new String[rows.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = (String) rows.get(r)[column];
        }
        return c.createArrayOf("text", values);
    }

    /** {@code x IN (?, ?, …)}, two placeholders or more ({@code NOT IN} is left as it is). */
    private static final Pattern IN_LIST = Pattern.compile("(?i)(?<!\\bNOT )\\bIN \\((\\?(?:, \\?)+)\\)");

    /** For each IN-list (by the SQL with its lists collapsed): its element type. */
    private static final Map<String, String[]> LIST_TYPES = new ConcurrentHashMap<>();

    /**
     * Prepares a query whose {@code IN (?, …)} lists become one array each,
     * {@code = ANY(ARRAY(SELECT unnest(CAST(? AS T[]))))}, and binds it; or returns null if the query
     * has no such list or a value of a kind not handled here (the caller prepares it as it is).
     *
     * <p>Why: with a list of 500 keys the planner sees 500 constants and, on tables it estimates
     * small enough, reads the whole table and tests each row against the list (a sequential scan
     * per chunk: its cost grows with the table, not the chunk); the array behind a sub-select is
     * estimated as a few elements, so the index is used, and the statement is one parameter per
     * list, the same text for every chunk size (decision record 0376).
     *
     * @param c the connection (PostgreSQL)
     * @param sql the query
     * @param binder its binder
     * @return the bound statement, or null
     * @throws SQLException on a database error
     */
    static PreparedStatement prepareQuery(Connection c, String sql, Jdbc.Binder binder) throws SQLException {
        Matcher m = IN_LIST.matcher(sql);
        List<int[]> lists = new ArrayList<>(); // first parameter (0-based) and length of each list
        int params = 0;
        int at = 0;
        while (m.find()) {
            params += count(sql, at, m.start());
            int n = count(sql, m.start(), m.end());
            lists.add(new int[] {params, n});
            params += n;
            at = m.end();
        }
        if (lists.isEmpty()) {
            return null;
        }
        params += count(sql, at, sql.length());
        Capture capture = new Capture(params);
        capture.methods = new Method[params];
        capture.arguments = new Object[params][];
        PreparedStatement fake = (PreparedStatement) Proxy.newProxyInstance(PgArrays.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, capture);
        try {
            binder.bind(fake);
            capture.next();
        } catch (Unsupported e) {
            return null;
        }
        String key = IN_LIST.matcher(sql).replaceAll("IN (?…)");
        String[] types = LIST_TYPES.get(key);
        if (types == null) {
            types = new String[lists.size()];
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ParameterMetaData md = ps.getParameterMetaData();
                for (int k = 0; k < types.length; k++) {
                    String name = md.getParameterTypeName(lists.get(k)[0] + 1);
                    if (name == null || !name.matches("[A-Za-z0-9_]+")) {
                        return null;
                    }
                    types[k] = name;
                }
            }
            LIST_TYPES.put(key, types);
        }
        StringBuilder q = new StringBuilder(sql.length());
        m = IN_LIST.matcher(sql);
        int k = 0;
        while (m.find()) {
            m.appendReplacement(q, "= ANY(ARRAY(SELECT unnest(CAST(? AS " + types[k++] + "[]))))");
        }
        m.appendTail(q);
        Object[] values = capture.rows.get(0);
        PreparedStatement ps = c.prepareStatement(q.toString());
        try {
            int out = 1;
            int list = 0;
            for (int i = 0; i < params;) {
                if (list < lists.size() && lists.get(list)[0] == i) {
                    int n = lists.get(list++)[1];
                    ps.setArray(out++, c.createArrayOf("text", java.util.Arrays.copyOfRange(values, i, i + n, String[].class)));
                    i += n;
                } else {
                    Object[] a = capture.arguments[i].clone();
                    a[0] = out++;
                    capture.methods[i].invoke(ps, a);
                    i++;
                }
            }
            return ps;
        } catch (ReflectiveOperationException | RuntimeException e) {
            ps.close();
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException t ? t.getCause() : e;
            throw cause instanceof SQLException s ? s : new SQLException("binding " + sql, cause);
        }
    }

    private static int count(String sql, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (sql.charAt(i) == '?') {
                n++;
            }
        }
        return n;
    }

    /** A value of a kind this class does not write as text. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Records set* calls as the text PostgreSQL reads for the column's type. */
    private static final class Capture implements InvocationHandler {
        private final int columns;
        private final List<Object[]> rows = new ArrayList<>();
        private Object[] row;
        private boolean[] set;
        /** The calls as made, per parameter, for a replay on the real statement. */
        private Method[] methods;
        private Object[][] arguments;

        Capture(int columns) {
            this.columns = columns;
            this.row = new Object[columns];
            this.set = new boolean[columns];
        }

        void next() {
            for (boolean b : set) {
                if (!b) {
                    throw new Unsupported("a parameter left unset");
                }
            }
            rows.add(row);
            row = new Object[columns];
            set = new boolean[columns];
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] a) {
            String name = m.getName();
            if (name.equals("close") || name.equals("clearParameters")) {
                return null;
            }
            if (!name.startsWith("set") || a == null || a.length != 2 || !(a[0] instanceof Integer)) {
                throw new Unsupported(name);
            }
            int i = (Integer) a[0] - 1;
            if (i < 0 || i >= columns) {
                throw new Unsupported("parameter " + (i + 1));
            }
            if (methods != null) {
                methods[i] = m;
                arguments[i] = a.clone();
            }
            row[i] = name.equals("setNull") ? null : text(a[1]);
            set[i] = true;
            return null;
        }

        private static String text(Object v) {
            if (v == null) {
                return null;
            }
            if (v instanceof String s) {
                if (s.indexOf('\0') >= 0) {
                    throw new Unsupported("NUL in a string"); // the driver's own error, from the row statement
                }
                return s;
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                return v.toString();
            }
            if (v instanceof BigDecimal d) {
                return d.toPlainString();
            }
            if (v instanceof Boolean b) {
                return b ? "true" : "false";
            }
            if (v instanceof LocalDate d) {
                if (d.getYear() < 1 || d.getYear() > 9999) {
                    throw new Unsupported("date " + d);
                }
                return d.toString();
            }
            if (v instanceof LocalDateTime t) {
                if (t.getYear() < 1 || t.getYear() > 9998) {
                    throw new Unsupported("timestamp " + t);
                }
                // microseconds, rounded half up as the PostgreSQL driver does for a LocalDateTime
                LocalDateTime r = t.withNano(0).plusNanos((t.getNano() + 500L) / 1000L * 1000L);
                char[] b = "0000-00-00 00:00:00.000000".toCharArray();
                digits(b, 0, 4, r.getYear());
                digits(b, 5, 2, r.getMonthValue());
                digits(b, 8, 2, r.getDayOfMonth());
                digits(b, 11, 2, r.getHour());
                digits(b, 14, 2, r.getMinute());
                digits(b, 17, 2, r.getSecond());
                digits(b, 20, 6, r.getNano() / 1000);
                return new String(b);
            }
            throw new Unsupported(v.getClass().getName());
        }

        /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code at}. */
        private static void digits(char[] b, int at, int width, int value) {
            for (int i = at + width - 1; i >= at; i--) {
                b[i] = (char) ('0' + value % 10);
                value /= 10;
            }
        }
    }
}
