package org.minzheng.spi.storage;

import java.util.Objects;

/**
 * Who makes a change (操作人): an operator's account, or a named system component.
 *
 * <p>The identifier is whatever the host application uses to name its users (an account name, an
 * employee number); minzheng records it verbatim in the audit log. It should not be a citizen's
 * identity number.
 *
 * @param id the operator's identifier, non-blank, at most {@link StorageLimits#NAME} code points
 */
public record Actor(String id) {

    /**
     * Checks the identifier.
     *
     * @throws IllegalArgumentException if the identifier is blank
     * @throws ValueTooLongException if it is too long
     */
    public Actor {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Actor id must not be blank (操作人不能为空)");
        }
        StorageLimits.check("actor.id", id, StorageLimits.NAME);
    }

    /**
     * An operator or component.
     *
     * @param id the identifier
     * @return the actor
     */
    public static Actor of(String id) {
        return new Actor(id);
    }
}
