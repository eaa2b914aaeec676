package org.minzheng.core.decision;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.registry.PersonId;

/**
 * One part of a decision's monthly amount (金额构成), exact — before the single rounding of the total:
 * the base amount, an add-on for one member, the care amount.
 *
 * @param kind the payment component
 * @param person the member the part is for, or empty when it is for the whole subject
 * @param exactAmount the exact amount in yuan, not negative, any scale
 */
public record DecisionComponent(PaymentComponent kind, Optional<PersonId> person, BigDecimal exactAmount) {

    /**
     * Checks the parts.
     *
     * @param kind the payment component
     * @param person the member the part is for, or empty
     * @param exactAmount the exact amount, not negative
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the amount is negative
     */
    public DecisionComponent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(exactAmount, "exactAmount");
        if (exactAmount.signum() < 0) {
            throw new IllegalArgumentException("a decision component must not be negative: " + kind.code() + " "
                    + exactAmount.toPlainString());
        }
    }
}
