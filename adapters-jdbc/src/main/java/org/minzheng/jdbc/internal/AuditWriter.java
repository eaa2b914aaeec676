package org.minzheng.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.WriteContext;

/** Collects the audit entries of one write and inserts them in one batch, in its transaction. */
public final class AuditWriter {

    private record Pending(AuditOperation operation, EntityType entity, String entityId, long version,
            Optional<RegionCode> region) {
    }

    private final WriteContext context;
    private final Instant at;
    private final List<Pending> pending = new ArrayList<>();

    /**
     * Creates a writer.
     *
     * @param context who and why
     * @param at when
     */
    public AuditWriter(WriteContext context, Instant at) {
        this.context = context;
        this.at = at;
    }

    /**
     * Adds an entry.
     *
     * @param operation what kind of write
     * @param entity the entity
     * @param entityId its identifier
     * @param version its version after the write
     * @param region its region
     */
    public void add(AuditOperation operation, EntityType entity, String entityId, long version,
            Optional<RegionCode> region) {
        pending.add(new Pending(operation, entity, entityId, version, region));
    }

    /**
     * Inserts the collected entries.
     *
     * @param c the connection of the write's transaction
     * @throws SQLException on a database error
     */
    public void flush(Connection c) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mz_audit_log (occurred_at, actor, operation, entity, "
                + "entity_id, version, region, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Pending p : pending) {
                Jdbc.setInstant(ps, 1, at);
                ps.setString(2, context.actor().id());
                ps.setString(3, p.operation().code());
                ps.setString(4, p.entity().code());
                ps.setString(5, p.entityId());
                ps.setLong(6, p.version());
                if (p.region().isPresent()) {
                    ps.setString(7, p.region().get().value());
                } else {
                    ps.setNull(7, Types.CHAR);
                }
                ps.setString(8, context.reason());
                ps.addBatch();
                if (++n % Jdbc.CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            if (n % Jdbc.CHUNK != 0) {
                ps.executeBatch();
            }
        }
        pending.clear();
    }
}
