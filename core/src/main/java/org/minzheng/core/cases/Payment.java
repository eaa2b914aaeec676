package org.minzheng.core.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.money.Money;

/**
 * A payment ledger entry (发放记录): an amount for one {@link PaymentKey}, numbered by
 * {@code sequence} within its key. Entries are never changed. A correction (更正) is a
 * {@link PaymentStatus#REVERSED reversing entry} (冲正) that cancels an earlier posted entry with
 * the negated amount, followed by a new posted entry; {@link PaymentLedger} applies these rules.
 *
 * @param key the case, month and component
 * @param sequence the number of this entry within its key, from 1
 * @param amount the amount: not negative for a posted entry, the negated original for a reversal
 * @param status posted or reversing
 * @param reverses for a reversing entry, the sequence of the entry it cancels
 * @param at when the entry was made
 * @param note a note, e.g. the reason of a reversal
 */
public record Payment(PaymentKey key, int sequence, Money amount, PaymentStatus status,
                      OptionalInt reverses, Instant at, Optional<String> note) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if {@code sequence} is below 1 ({@code range}); a posted
     *     entry is negative or references another ({@code reversal}); a reversing entry is
     *     positive, references nothing, or references itself or a later entry
     *     ({@code reversal})
     */
    public Payment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reverses, "reverses");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        Violations v = new Violations();
        if (sequence < 1) {
            v.add(new Violation("sequence", "range", "序号从1开始", "The sequence starts at 1",
                    Optional.of(Integer.toString(sequence))));
        }
        if (status == PaymentStatus.POSTED) {
            if (amount.isNegative()) {
                v.add(new Violation("amount", "non-negative", "发放金额不能为负数",
                        "A posted amount must not be negative", Optional.of(amount.toString())));
            }
            if (reverses.isPresent()) {
                v.add("reverses", "reversal", "发放记录不能冲正其他记录",
                        "A posted entry does not reverse another entry");
            }
        } else {
            if (amount.isPositive()) {
                v.add(new Violation("amount", "reversal", "冲正金额应为原金额的相反数",
                        "A reversing amount is the negated original", Optional.of(amount.toString())));
            }
            if (reverses.isEmpty()) {
                v.add("reverses", "required", "冲正记录应指明被冲正的记录",
                        "A reversing entry names the entry it reverses");
            } else if (reverses.getAsInt() >= sequence || reverses.getAsInt() < 1) {
                v.add(new Violation("reverses", "reversal", "只能冲正此前的记录",
                        "Only an earlier entry can be reversed",
                        Optional.of(Integer.toString(reverses.getAsInt()))));
            }
        }
        v.throwIfAny();
    }

    /**
     * A posted entry.
     *
     * @param key the key
     * @param sequence its number within the key
     * @param amount the amount, not negative
     * @param at when
     * @return the entry
     */
    public static Payment posted(PaymentKey key, int sequence, Money amount, Instant at) {
        return new Payment(key, sequence, amount, PaymentStatus.POSTED, OptionalInt.empty(), at,
                Optional.empty());
    }

    /**
     * The entry reversing this one (冲正).
     *
     * @param sequence the new entry's number, greater than this one's
     * @param at when
     * @param reason why, not blank
     * @return the reversing entry: negated amount, status REVERSED, referencing this entry
     * @throws IllegalStateException if this entry is itself a reversal
     * @throws InvalidRecordException if {@code sequence} is not greater than this one's or
     *     {@code reason} is blank
     */
    public Payment reversal(int sequence, Instant at, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (isReversal()) {
            throw new IllegalStateException("a reversing entry cannot be reversed: " + this);
        }
        if (reason.isBlank()) {
            throw InvalidRecordException.of(Violation.of("note", "not-blank",
                    "冲正原因不能为空", "A reversal needs a reason"));
        }
        return new Payment(key, sequence, amount.negate(), PaymentStatus.REVERSED,
                OptionalInt.of(this.sequence), at, Optional.of(reason));
    }

    /**
     * Whether this is a reversing entry.
     *
     * @return {@code true} if {@link #status()} is {@link PaymentStatus#REVERSED}
     */
    public boolean isReversal() {
        return status == PaymentStatus.REVERSED;
    }
}
