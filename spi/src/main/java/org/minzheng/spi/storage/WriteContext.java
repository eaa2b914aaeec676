package org.minzheng.spi.storage;

import java.util.Objects;

/**
 * Who makes a change and why (变更说明): passed with every write and recorded in the audit log.
 * The time is taken from the store's clock.
 *
 * @param actor who makes the change
 * @param reason why, in the operator's words (for example "年度复核" or a document number);
 *     non-blank, at most {@link StorageLimits#TEXT} code points
 */
public record WriteContext(Actor actor, String reason) {

    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if the reason is blank
     * @throws ValueTooLongException if the reason is too long
     */
    public WriteContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a write needs a reason (变更原因不能为空)");
        }
        StorageLimits.check("reason", reason, StorageLimits.TEXT);
    }

    /**
     * A write context.
     *
     * @param actor who
     * @param reason why
     * @return the context
     */
    public static WriteContext of(Actor actor, String reason) {
        return new WriteContext(actor, reason);
    }

    /**
     * A write context for an actor given by its identifier.
     *
     * @param actorId who
     * @param reason why
     * @return the context
     */
    public static WriteContext of(String actorId, String reason) {
        return new WriteContext(Actor.of(actorId), reason);
    }
}
