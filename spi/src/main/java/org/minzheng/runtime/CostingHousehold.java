package org.minzheng.runtime;

import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;

/**
 * A household among the largest changes of a reform costing (变化最大的家庭): its cost today and under the reform
 * over the period, all programs together (a person's programs count for the household the person lives in). The
 * household is named only by its identifier with any identity number in it masked (脱敏), never by name or
 * address, so the list can be printed and exported.
 *
 * @param household the household identifier, masked as {@link org.minzheng.core.registry.HouseholdId#toString()}
 *     masks it (e.g. {@code 110105********002X})
 * @param township the township it is registered in
 * @param persons its members
 * @param today its cost today over the period, yuan
 * @param reform its cost under the reform, yuan
 */
public record CostingHousehold(String household, RegionCode township, int persons, Money today, Money reform) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code persons} is below 1 or an amount is negative
     */
    public CostingHousehold {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(reform, "reform");
        if (persons < 1) {
            throw new IllegalArgumentException("a household has at least one member (家庭至少一人)");
        }
        if (today.isNegative() || reform.isNegative()) {
            throw new IllegalArgumentException("a cost cannot be negative (支出不能为负)");
        }
    }

    /**
     * The change for the household: reform minus today.
     *
     * @return the change
     */
    public Money change() {
        return reform.minus(today);
    }
}
