package org.minzheng.spi.storage;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit log (审计日志), read-only: entries are appended by the store as part of every write
 * and cannot be changed or removed through the SPI.
 *
 * <p>In a region-scoped view ({@link Storage#scopedTo}), only entries of records inside the scope
 * are visible.
 */
public interface AuditLog {

    /**
     * The entries of one record, oldest first.
     *
     * @param entity the kind of record
     * @param entityId its identifier (for a payment, {@code case/month/component})
     * @return the entries, possibly empty
     */
    List<AuditEntry> forEntity(EntityType entity, String entityId);

    /**
     * The entries written in a half-open time interval, in sequence order. The stream may hold
     * database resources: close it (try-with-resources).
     *
     * @param fromInclusive start
     * @param toExclusive end
     * @return the entries
     */
    Stream<AuditEntry> between(Instant fromInclusive, Instant toExclusive);

    /**
     * The number of entries visible.
     *
     * @return the count
     */
    long count();
}
