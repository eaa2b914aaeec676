package org.minzheng.core.registry;

import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.money.Money;

/**
 * A monthly income of a household (家庭月收入), by kind, optionally attributed to the member who
 * earns it.
 *
 * <p>Amounts are monthly: an annual or irregular income is converted by whoever records it
 * (the conversion is a regional choice). Net incomes (business, property, transfer) are recorded
 * net of costs.
 *
 * @param kind the kind of income
 * @param monthlyAmount the amount per month, never negative
 * @param earner the member who earns it, if attributed
 */
public record Income(IncomeKind kind, Money monthlyAmount, Optional<PersonId> earner) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if the amount is negative (path {@code monthlyAmount}, rule
     *     {@code non-negative})
     */
    public Income {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(monthlyAmount, "monthlyAmount");
        Objects.requireNonNull(earner, "earner");
        if (monthlyAmount.isNegative()) {
            throw InvalidRecordException.of(new Violation("monthlyAmount", "non-negative",
                    "收入不能为负数", "An income must not be negative",
                    Optional.of(monthlyAmount.toString())));
        }
    }

    /**
     * An income not attributed to a member.
     *
     * @param kind the kind
     * @param monthlyAmount the monthly amount
     * @return the income
     */
    public static Income of(IncomeKind kind, Money monthlyAmount) {
        return new Income(kind, monthlyAmount, Optional.empty());
    }

    /**
     * An income earned by a member.
     *
     * @param kind the kind
     * @param monthlyAmount the monthly amount
     * @param earner the member who earns it
     * @return the income
     */
    public static Income of(IncomeKind kind, Money monthlyAmount, PersonId earner) {
        return new Income(kind, monthlyAmount, Optional.of(earner));
    }
}
