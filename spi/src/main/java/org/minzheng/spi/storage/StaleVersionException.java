package org.minzheng.spi.storage;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * An optimistic-version conflict (版本冲突): the record was changed by someone else since it was
 * read, so the write was refused and nothing was written.
 *
 * <p>The caller should reload the record, reapply its change and try again, or report the
 * conflict to the operator. {@link #actualVersion()} is empty when the record no longer exists
 * (or never existed, when an update was attempted on a record that was not stored).
 */
public class StaleVersionException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final EntityType entity;
    private final String entityId;
    private final long expectedVersion;
    private final Long actualVersion;

    /**
     * Creates the exception.
     *
     * @param entity the kind of record
     * @param entityId the record's identifier, exactly (the message masks an identity number in it)
     * @param expectedVersion the version the writer based its change on
     * @param actualVersion the version in storage, or empty when there is none
     */
    public StaleVersionException(EntityType entity, String entityId, long expectedVersion, OptionalLong actualVersion) {
        super(message(entity, entityId, expectedVersion, actualVersion));
        this.entity = entity;
        this.entityId = entityId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion.isPresent() ? actualVersion.getAsLong() : null;
    }

    private static String message(EntityType entity, String entityId, long expected, OptionalLong actual) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(actual, "actualVersion");
        String found = actual.isPresent() ? "version " + actual.getAsLong() : "no stored record";
        return entity.code() + " " + entityId + ": write based on version " + expected + " but storage has "
                + found + "; nothing was written (记录已被他人修改，未写入，请重新读取后再试)";
    }

    /**
     * The kind of record.
     *
     * @return the entity type
     */
    public EntityType entity() {
        return entity;
    }

    /**
     * The record's identifier.
     *
     * @return the identifier
     */
    public String entityId() {
        return entityId;
    }

    /**
     * The version the refused write was based on.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version found in storage.
     *
     * @return the stored version, or empty when no record is stored
     */
    public OptionalLong actualVersion() {
        return actualVersion == null ? OptionalLong.empty() : OptionalLong.of(actualVersion);
    }
}
