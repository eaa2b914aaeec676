package org.minzheng.spi.storage;

import java.util.Objects;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.money.Money;

/**
 * The outcome of posting a payment (入账结果).
 *
 * <p>Posting is idempotent: when the key already has a posted entry that is not reversed,
 * nothing is written and the result reports the existing entry. A caller that re-runs a monthly
 * payment run therefore pays nobody twice; {@link #conflicting()} tells it when the amount it
 * wanted to post differs from the one already posted (a correction needs a reversal first).
 *
 * @param outcome what happened
 * @param entry the entry now in force for the key: the new one, or the one already posted
 * @param requested the amount that was asked for
 */
public record PostResult(Outcome outcome, Payment entry, Money requested) {

    /** What posting did. */
    public enum Outcome {
        /** 已入账 — a new entry was written. */
        POSTED,
        /** 已存在 — the key already had a posted entry; nothing was written. */
        ALREADY_POSTED
    }

    /** Checks that no component is null. */
    public PostResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(requested, "requested");
    }

    /**
     * Whether a new entry was written.
     *
     * @return true if posted now
     */
    public boolean posted() {
        return outcome == Outcome.POSTED;
    }

    /**
     * Whether the key was already posted with a different amount than requested.
     *
     * @return true for a conflicting repeat
     */
    public boolean conflicting() {
        return outcome == Outcome.ALREADY_POSTED && !entry.amount().equals(requested);
    }
}
