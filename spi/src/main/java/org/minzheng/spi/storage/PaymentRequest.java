package org.minzheng.spi.storage;

import java.util.Objects;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.money.Money;

/**
 * A payment to post (发放指令): the key (case, month, component) and the amount. The store
 * assigns the entry's sequence number and time.
 *
 * @param key the ledger key
 * @param amount the amount, not negative
 */
public record PaymentRequest(PaymentKey key, Money amount) {

    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if the amount is negative or above {@link StorageLimits#MAX_AMOUNT}
     */
    public PaymentRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a payment amount must not be negative (发放金额不能为负数)");
        }
        StorageLimits.checkAmount("amount", amount);
        StorageLimits.check("key.caseId", key.caseId().value(), StorageLimits.IDENTIFIER);
    }

    /**
     * A payment to post.
     *
     * @param key the ledger key
     * @param amount the amount
     * @return the request
     */
    public static PaymentRequest of(PaymentKey key, Money amount) {
        return new PaymentRequest(key, amount);
    }
}
