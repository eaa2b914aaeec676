package org.minzheng.core.elderly;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.money.Money;

/**
 * One item of a home adaptation (适老化改造项目), e.g. grab bars in the bathroom, with its cost.
 *
 * @param description what was done, not blank
 * @param cost its cost, not negative
 */
public record AdaptationItem(String description, Money cost) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if the description is blank or the cost negative
     */
    public AdaptationItem {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cost, "cost");
        Violations v = new Violations();
        v.notBlank("description", description);
        if (cost.isNegative()) {
            v.add(new Violation("cost", "non-negative", "改造费用不能为负数",
                    "A cost must not be negative", Optional.of(cost.toString())));
        }
        v.throwIfAny();
    }

    /**
     * Creates an item.
     *
     * @param description what was done
     * @param cost its cost
     * @return the item
     */
    public static AdaptationItem of(String description, Money cost) {
        return new AdaptationItem(description, cost);
    }
}
