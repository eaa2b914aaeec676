package org.minzheng.jdbc.internal;

import java.sql.Connection;
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
        // multi-row inserts, CHUNK entries per statement
        String actor = context.actor().id();
        Jdbc.insertRows(c, "INSERT INTO mz_audit_log (occurred_at, actor, operation, entity, entity_id, version, region, "
                + "reason)", 8, "", pending, (ps, i, p) -> {
                    Jdbc.setInstant(ps, i + 1, at);
                    ps.setString(i + 2, actor);
                    ps.setString(i + 3, p.operation().code());
                    ps.setString(i + 4, p.entity().code());
                    ps.setString(i + 5, p.entityId());
                    ps.setLong(i + 6, p.version());
                    if (p.region().isPresent()) {
                        ps.setString(i + 7, p.region().get().value());
                    } else {
                        ps.setNull(i + 7, Types.CHAR);
                    }
                    ps.setString(i + 8, context.reason());
                });
        pending.clear();
    }
}
