package org.minzheng.spi.storage;

import java.util.Objects;

/**
 * A record would break a uniqueness rule of storage (重复记录), for example a second household
 * stored under an identifier already in use, or one person listed in two households. Nothing was
 * written.
 */
public class DuplicateRecordException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final EntityType entity;

    /**
     * Creates the exception.
     *
     * @param entity the kind of record refused
     * @param message what is duplicated, without personal data
     */
    public DuplicateRecordException(EntityType entity, String message) {
        super(Objects.requireNonNull(entity, "entity").code() + ": " + message);
        this.entity = entity;
    }

    /**
     * Creates the exception with the underlying cause.
     *
     * @param entity the kind of record refused
     * @param message what is duplicated, without personal data
     * @param cause the underlying failure
     */
    public DuplicateRecordException(EntityType entity, String message, Throwable cause) {
        super(Objects.requireNonNull(entity, "entity").code() + ": " + message, cause);
        this.entity = entity;
    }

    /**
     * The kind of record refused.
     *
     * @return the entity type
     */
    public EntityType entity() {
        return entity;
    }
}
