package org.minzheng.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.spi.storage.Actor;
import org.minzheng.spi.storage.AuditEntry;
import org.minzheng.spi.storage.AuditLog;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.EntityType;

/** The audit log on JDBC, read-only. */
public final class Audit implements AuditLog {

    private static final String COLUMNS = "seq, occurred_at, actor, operation, entity, entity_id, version, region, reason";

    private final Session session;

    /**
     * Creates the audit log of a session.
     *
     * @param session the session
     */
    public Audit(Session session) {
        this.session = session;
    }

    private static <E extends Enum<E>> E byCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if ((e instanceof AuditOperation o && o.code().equals(code)) || (e instanceof EntityType t && t.code().equals(code))) {
                return e;
            }
        }
        throw new IllegalStateException("unknown " + type.getSimpleName() + " code in the audit log: " + code);
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        String region = rs.getString("region");
        return new AuditEntry(rs.getLong("seq"), Jdbc.getInstant(rs, "occurred_at"), Actor.of(rs.getString("actor")),
                byCode(AuditOperation.class, rs.getString("operation")), byCode(EntityType.class, rs.getString("entity")),
                rs.getString("entity_id"), rs.getLong("version"),
                Optional.ofNullable(region).map(r -> RegionCode.parse(r.trim())), rs.getString("reason"));
    }

    /** The scope condition and its bounds, or none. */
    private String scopeCondition() {
        return session.scope() == null ? "" : " AND region BETWEEN ? AND ?";
    }

    private int bindScope(java.sql.PreparedStatement ps, int i) throws SQLException {
        if (session.scope() != null) {
            String[] b = Registry.bounds(session.scope());
            ps.setString(i++, b[0]);
            ps.setString(i++, b[1]);
        }
        return i;
    }

    @Override
    public List<AuditEntry> forEntity(EntityType entity, String entityId) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        return List.copyOf(session.read("read audit log", null, c -> Jdbc.query(c, "SELECT " + COLUMNS
                + " FROM mz_audit_log WHERE entity = ? AND entity_id = ?" + scopeCondition() + " ORDER BY seq", ps -> {
                    ps.setString(1, entity.code());
                    ps.setString(2, entityId);
                    bindScope(ps, 3);
                }, Audit::read)));
    }

    @Override
    public Stream<AuditEntry> between(Instant fromInclusive, Instant toExclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        return Pages.stream(session, "read audit log", null, (c, after) -> {
            long start;
            if (after != null) {
                start = Long.parseLong(after);
            } else {
                // The pages walk the log in sequence order; bound by "seq > 0" alone, H2 (and a planner without
                // statistics) walks the sequence key from the log's first entry to reach a recent window. The
                // smallest sequence number in the window, read on the time index, is a lower bound of every entry
                // the stream returns, so the first page starts there.
                Long min = Jdbc.query(c, "SELECT MIN(seq) FROM mz_audit_log WHERE occurred_at >= ? AND occurred_at < ?",
                        ps -> {
                            Jdbc.setInstant(ps, 1, fromInclusive);
                            Jdbc.setInstant(ps, 2, toExclusive);
                        }, rs -> {
                            long v = rs.getLong(1);
                            return rs.wasNull() ? null : v;
                        }).get(0);
                if (min == null) {
                    return Pages.Page.of(List.of(), e -> Long.toString(e.sequence()));
                }
                start = min - 1;
            }
            List<AuditEntry> items = new ArrayList<>(Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_audit_log WHERE "
                    + "occurred_at >= ? AND occurred_at < ? AND seq > ?" + scopeCondition() + " ORDER BY seq LIMIT "
                    + Jdbc.CHUNK, ps -> {
                        Jdbc.setInstant(ps, 1, fromInclusive);
                        Jdbc.setInstant(ps, 2, toExclusive);
                        ps.setLong(3, start);
                        bindScope(ps, 4);
                    }, Audit::read));
            return Pages.Page.of(items, e -> Long.toString(e.sequence()));
        });
    }

    @Override
    public long count() {
        return session.read("count audit log", null, c -> Jdbc.query(c, "SELECT COUNT(*) FROM mz_audit_log WHERE 1 = 1"
                + scopeCondition(), ps -> bindScope(ps, 1), rs -> rs.getLong(1)).get(0));
    }
}
