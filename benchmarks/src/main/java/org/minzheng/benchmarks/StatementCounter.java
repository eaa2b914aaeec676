package org.minzheng.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the statements a data source executes (语句计数), by the first words of their SQL: each
 * {@code execute*} call of a statement is one round trip to the server (a batch counts once, as the driver sends
 * it at once), and so are commits, rollbacks and new connections. Used by {@link MonthlyRunHarness} to show where
 * the round trips are; never in production code.
 */
final class StatementCounter {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> nanos = new ConcurrentHashMap<>();

    /** @param ds the data source to count @return the same data source, counted */
    DataSource wrap(DataSource ds) {
        return (DataSource) proxy(DataSource.class, ds, (target, m, a) -> {
            Object r = m.invoke(target, a);
            if (r instanceof Connection c) {
                count("(connection)");
                return connection(c);
            }
            return r;
        });
    }

    /** Forgets what was counted. */
    void reset() {
        counts.clear();
        nanos.clear();
    }

    /** Prints the counts per household, most frequent first. @param phase what ran @param households how many */
    void print(String phase, int households) {
        long total = counts.values().stream().mapToLong(AtomicLong::get).sum();
        long ms = nanos.values().stream().mapToLong(AtomicLong::get).sum() / 1_000_000;
        System.out.printf(Locale.ROOT, "    round trips, %s: %,d = %.3f per household, %,d ms waiting for them%n", phase,
                total, (double) total / households, ms);
        counts.entrySet().stream().sorted(Comparator.comparingLong(e -> -nanos.getOrDefault(e.getKey(), new AtomicLong()).get())).limit(12)
                .forEach(e -> System.out.printf(Locale.ROOT, "      %,9d  %.3f/household %,8.0f ms  %s%n",
                        e.getValue().get(), e.getValue().get() / (double) households,
                        nanos.getOrDefault(e.getKey(), new AtomicLong()).get() / 1e6, e.getKey()));
        reset();
    }

    private void count(String key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private void time(String key, long ns) {
        nanos.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(ns);
    }

    private Connection connection(Connection c) {
        return (Connection) proxy(Connection.class, c, (target, m, a) -> {
            String name = m.getName();
            long t0 = System.nanoTime();
            Object r = m.invoke(target, a);
            if (name.equals("commit") || name.equals("rollback")) {
                count("(" + name + ")");
                time("(" + name + ")", System.nanoTime() - t0);
            }
            if (r instanceof Statement s) {
                String sql = a != null && a.length > 0 && a[0] instanceof String q ? q : null;
                return statement(s, sql);
            }
            return r;
        });
    }

    private Statement statement(Statement s, String prepared) {
        Class<?> type = s instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, s, (target, m, a) -> {
            if (m.getName().startsWith("execute")) {
                String sql = a != null && a.length > 0 && a[0] instanceof String q ? q : prepared;
                String key = (m.getName().equals("executeBatch") ? "[batch] " : "") + key(sql);
                count(key);
                long t0 = System.nanoTime();
                Object r = m.invoke(target, a);
                time(key, System.nanoTime() - t0);
                return r;
            }
            return m.invoke(target, a);
        });
    }

    private static String key(String sql) {
        if (sql == null) {
            return "?";
        }
        // the column lists shortened and IN-lists collapsed, so that the key shows table and condition
        String s = sql.replaceAll("\\s+", " ").trim().replaceAll("\\?(, \\?)+", "?…")
                .replaceAll("^SELECT (.{20}).*? FROM ", "SELECT $1… FROM ").replaceAll("^INSERT INTO (\\w+) \\(.*?\\)", "INSERT INTO $1 (…)");
        return s.length() > 110 ? s.substring(0, 110) : s;
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method m, Object[] a) throws Throwable;
    }

    private static Object proxy(Class<?> type, Object target, Handler h) {
        InvocationHandler ih = (p, m, a) -> {
            try {
                return h.handle(target, m, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, ih);
    }
}
