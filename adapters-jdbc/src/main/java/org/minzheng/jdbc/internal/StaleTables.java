package org.minzheng.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of minzheng's tables changed enough since their statistics were last gathered to be analyzed again
 * (decision record 0406), by PostgreSQL's own counters: a table is stale when the rows inserted, updated or
 * deleted since its last {@code ANALYZE} (by anyone, autovacuum included) number at least 50 plus a tenth of
 * the rows it had then, the rule autovacuum itself applies with its default settings; a table never analyzed
 * is stale once it has changed at all. A table that did not change so much keeps its statistics, which still
 * describe it as well as a new sample would.
 */
public final class StaleTables {

    /** Rows changed that make any table stale (autovacuum's default {@code autovacuum_analyze_threshold}). */
    static final long THRESHOLD = 50;
    /** The share of a table's rows changed that makes it stale ({@code autovacuum_analyze_scale_factor}). */
    static final double SCALE = 0.1;

    private StaleTables() {
    }

    /**
     * The stale tables among those given, in their order. Where the server keeps no counters
     * ({@code track_counts = off}) or cannot be asked for them (a server of the PostgreSQL family without
     * {@code n_mod_since_analyze}, which PostgreSQL has since 9.4), every table is returned, as it cannot be told.
     *
     * @param c a connection to PostgreSQL, outside a transaction, whose search path finds the tables
     * @param tables the tables' names
     * @return the stale ones
     */
    public static List<String> postgres(Connection c, List<String> tables) {
        try {
            return stale(c, tables);
        } catch (SQLException e) {
            // a broken connection fails again at the first ANALYZE, where the caller handles it
            return tables;
        }
    }

    private static List<String> stale(Connection c, List<String> tables) throws SQLException {
        boolean counted = Jdbc.query(c, "SELECT current_setting('track_counts')", ps -> { },
                rs -> "on".equalsIgnoreCase(rs.getString(1))).get(0);
        if (!counted) {
            return tables;
        }
        Set<String> stale = new HashSet<>();
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            names.append(i == 0 ? "" : ", ").append("(?)");
        }
        // the tables as the search path resolves them, as ANALYZE <name> does; counters of rows changed by
        // transactions of other sessions are seen once those sessions reported them (within about a second)
        Jdbc.query(c, "SELECT t.name, s.n_mod_since_analyze, c.reltuples FROM (VALUES " + names + ") AS t(name) "
                + "JOIN pg_class c ON c.oid = to_regclass(t.name) JOIN pg_stat_all_tables s ON s.relid = c.oid", ps -> {
                    for (int i = 0; i < tables.size(); i++) {
                        ps.setString(i + 1, tables.get(i));
                    }
                }, rs -> {
                    long changed = rs.getLong(2);
                    double rows = rs.getDouble(3); // -1: never analyzed (PostgreSQL 14 and later; 0 before)
                    if (changed > 0 && (rows <= 0 || changed >= THRESHOLD + SCALE * rows)) {
                        stale.add(rs.getString(1));
                    }
                    return null;
                });
        List<String> out = new ArrayList<>();
        for (String t : tables) {
            if (stale.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
