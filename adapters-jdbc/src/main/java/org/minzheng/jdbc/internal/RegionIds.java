package org.minzheng.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.minzheng.core.identity.RegionCode;

/**
 * The identifiers of a table's rows in a region or anywhere inside it, in identifier order, each
 * read on the table's index that ends in {@code (region, id)} (keyset paging, decision record 0170).
 *
 * <p>A region such as a county holds many 12-digit codes (its townships and villages). For each
 * code stored in the range, a cursor reads {@code WHERE region = ? AND id > ? ORDER BY region, id
 * LIMIT k}: an index range that starts where the last page ended and stops after k rows, so every
 * row is read once. The cursors are merged by identifier, so the stream keeps the order the
 * repositories promise (by identifier) across the codes. Memory is bounded by the cursors'
 * buffered identifiers: at most {@link Jdbc#CHUNK} per code, fewer when there are many codes.
 * One object serves one stream and is used by one thread.
 */
final class RegionIds {

    /** Binds the parameters of the extra condition from a position; returns the next position. */
    @FunctionalInterface
    interface Extra {
        int bind(PreparedStatement ps, int from) throws SQLException;

        /** No extra condition. */
        Extra NONE = (ps, from) -> from;
    }

    /** Identifiers buffered at most, over all cursors, when a region holds many codes. */
    private static final int BUFFERED = 100_000;

    private final String table;
    private final String condition;
    private final String order;
    private final Extra extra;
    private final String[] bounds;
    private PriorityQueue<Cursor> heads;
    private int pageSize;

    /**
     * @param table the table, with columns {@code region} and {@code id}
     * @param condition an extra condition starting with {@code " AND "}, or {@code ""}
     * @param order the ORDER BY list matching the index (ending in {@code region, id})
     * @param extra binds the extra condition
     * @param region the region
     */
    RegionIds(String table, String condition, String order, Extra extra, RegionCode region) {
        this.table = table;
        this.condition = condition;
        this.order = order;
        this.extra = extra;
        this.bounds = Registry.bounds(region);
    }

    /** Identifiers of rows in a region, without extra condition, on the {@code (region, id)} index. */
    static RegionIds of(String table, RegionCode region) {
        return new RegionIds(table, "", "region, id", Extra.NONE, region);
    }

    /**
     * The next identifiers, at most n, in order; fewer than n only at the end.
     *
     * @param c the connection
     * @param n how many
     * @return the identifiers
     * @throws SQLException on a database error
     */
    List<String> next(Connection c, int n) throws SQLException {
        if (heads == null) {
            start(c);
        }
        List<String> out = new ArrayList<>(n);
        while (out.size() < n && !heads.isEmpty()) {
            Cursor cur = heads.poll();
            out.add(cur.buffer.poll());
            if (cur.buffer.isEmpty() && cur.more) {
                cur.fill(c);
            }
            if (!cur.buffer.isEmpty()) {
                heads.add(cur);
            }
        }
        return out;
    }

    private void start(Connection c) throws SQLException {
        List<String> codes;
        if (bounds[0].equals(bounds[1])) {
            codes = List.of(bounds[0]);
        } else {
            // One pass over the index range; every later query is an index range of one code.
            codes = Jdbc.query(c, "SELECT DISTINCT region FROM " + table + " WHERE region BETWEEN ? AND ?" + condition,
                    ps -> {
                        ps.setString(1, bounds[0]);
                        ps.setString(2, bounds[1]);
                        extra.bind(ps, 3);
                    }, rs -> rs.getString(1).trim());
        }
        pageSize = Math.max(64, Math.min(Jdbc.CHUNK, BUFFERED / Math.max(1, codes.size())));
        heads = new PriorityQueue<>(Math.max(1, codes.size()), (a, b) -> a.buffer.peek().compareTo(b.buffer.peek()));
        for (String code : codes) {
            Cursor cur = new Cursor(code);
            cur.fill(c);
            if (!cur.buffer.isEmpty()) {
                heads.add(cur);
            }
        }
    }

    /** The identifiers of one 12-digit code, read page by page. */
    private final class Cursor {
        final String code;
        final ArrayDeque<String> buffer = new ArrayDeque<>();
        String last = "";
        boolean more = true;

        Cursor(String code) {
            this.code = code;
        }

        void fill(Connection c) throws SQLException {
            List<String> ids = Jdbc.query(c, "SELECT id FROM " + table + " WHERE region = ?" + condition
                    + " AND id > ? ORDER BY " + order + " LIMIT " + pageSize, ps -> {
                        ps.setString(1, code);
                        int i = extra.bind(ps, 2);
                        ps.setString(i, last);
                    }, rs -> rs.getString(1));
            buffer.addAll(ids);
            more = ids.size() >= pageSize;
            if (!ids.isEmpty()) {
                last = ids.get(ids.size() - 1);
            }
        }
    }
}
