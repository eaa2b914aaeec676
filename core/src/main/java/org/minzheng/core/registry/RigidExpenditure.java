package org.minzheng.core.registry;

import java.time.YearMonth;
import java.util.Objects;
import org.minzheng.core.money.Money;

/**
 * A household's rigid expenditure in a month (家庭刚性支出), by kind: what the household paid itself, after
 * insurance and assistance.
 *
 * @param kind the kind of expenditure
 * @param month the month it was paid in
 * @param amount the amount, not negative
 */
public record RigidExpenditure(ExpenditureKind kind, YearMonth month, Money amount) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the amount is negative
     */
    public RigidExpenditure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a rigid expenditure is not negative (刚性支出不能为负数): " + amount);
        }
    }
}
