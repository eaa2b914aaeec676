package org.minzheng.spi.storage;

import java.util.Objects;

/**
 * A record that was required is not stored (记录不存在).
 */
public class RecordNotFoundException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final EntityType entity;
    private final String entityId;

    /**
     * Creates the exception.
     *
     * @param entity the kind of record
     * @param entityId its identifier, exactly (the message masks an identity number in it)
     */
    public RecordNotFoundException(EntityType entity, String entityId) {
        super(Objects.requireNonNull(entity, "entity").code() + " " + Objects.requireNonNull(entityId, "entityId")
                + " is not stored (" + entity.chineseName() + "记录不存在)");
        this.entity = entity;
        this.entityId = entityId;
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
     * The identifier asked for.
     *
     * @return the identifier
     */
    public String entityId() {
        return entityId;
    }
}
