package org.minzheng.spi.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;

/**
 * One entry of the append-only audit log (审计日志条目): who changed what, when and why.
 *
 * <p>Every write through the storage SPI appends exactly one entry per record it writes, in the
 * same transaction as the write: a rolled-back write leaves no entry, and a committed one always
 * has its entry. Entries carry no personal data beyond the record's identifier; {@code toString}
 * masks an identity number inside the identifier and leaves out the free-text reason.
 *
 * @param sequence the position in the log, increasing in the order writes committed within one
 *     store (gaps are possible)
 * @param at when the write happened, by the store's clock
 * @param actor who wrote
 * @param operation what kind of write
 * @param entity the kind of record written
 * @param entityId the record's identifier (for a payment, its key {@code case/month/component})
 * @param version the record's version after the write (for ledger entries, 1)
 * @param region the record's region, when it has one
 * @param reason why, as given by the writer
 */
public record AuditEntry(long sequence, Instant at, Actor actor, AuditOperation operation, EntityType entity,
        String entityId, long version, Optional<RegionCode> region, String reason) {

    /** Checks that no component is null. */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * A description for logs: the identifier with any identity number in it masked
     * ({@link IdNumber#maskWithin(String)}), the reason by its length only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "AuditEntry[" + sequence + ", " + at + ", " + actor.id() + ", " + operation.code() + " " + entity.code()
                + " " + IdNumber.maskWithin(entityId) + " v" + version + region.map(r -> " in " + r.shortForm()).orElse("")
                + ", reason of " + reason.codePointCount(0, reason.length()) + " chars]";
    }
}
