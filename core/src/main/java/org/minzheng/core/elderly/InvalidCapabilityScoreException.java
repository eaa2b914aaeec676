package org.minzheng.core.elderly;

import java.util.Objects;
import java.util.Set;

/**
 * Scores that GB/T 42195-2022 does not allow (评分无效): a score outside an item's range, or items not
 * scored. The message names the item(s), in English and Chinese.
 */
public final class InvalidCapabilityScoreException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Set<CapabilityItem> items;

    /**
     * Creates the exception.
     *
     * @param items the items at fault
     * @param message what is wrong
     * @throws NullPointerException if an argument is null
     */
    public InvalidCapabilityScoreException(Set<CapabilityItem> items, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.items = Set.copyOf(items);
    }

    /**
     * The items at fault.
     *
     * @return an unmodifiable set
     */
    public Set<CapabilityItem> items() {
        return items;
    }
}
