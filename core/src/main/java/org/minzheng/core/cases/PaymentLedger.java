package org.minzheng.core.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.invariant.Violations;
import org.minzheng.core.money.Money;

/**
 * The entries of one {@link PaymentKey} (单项发放台账) and the rules for adding to them, so that
 * every storage applies the same semantics:
 * <ul>
 *   <li>{@link #post}: pays the key once; if an entry that is not reversed exists, posting again
 *       is a no-op (idempotent);</li>
 *   <li>{@link #reverse}: cancels the current entry by a reversing entry;</li>
 *   <li>{@link #correct}: a reversing entry plus a new posted entry with the right amount;</li>
 *   <li>{@link #net()}: what has been paid, net of reversals.</li>
 * </ul>
 * Immutable; operations return the entries to append, never change existing ones.
 */
public final class PaymentLedger {

    private final PaymentKey key;
    private final List<Payment> entries;

    private PaymentLedger(PaymentKey key, List<Payment> entries) {
        this.key = key;
        this.entries = List.copyOf(entries);
    }

    /**
     * An empty ledger for a key.
     *
     * @param key the key
     * @return the ledger
     */
    public static PaymentLedger empty(PaymentKey key) {
        return new PaymentLedger(Objects.requireNonNull(key, "key"), List.of());
    }

    /**
     * A ledger from stored entries, checked.
     *
     * @param key the key
     * @param entries the entries of that key, in any order
     * @return the ledger, entries sorted by sequence
     * @throws InvalidRecordException if an entry has another key ({@code key}), sequences are
     *     not 1..n ({@code sequence}), or a reversal does not cancel exactly one earlier posted
     *     entry with the negated amount ({@code reversal})
     */
    public static PaymentLedger of(PaymentKey key, List<Payment> entries) {
        Objects.requireNonNull(key, "key");
        List<Payment> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> Integer.compare(a.sequence(), b.sequence()));
        Violations v = new Violations();
        Set<Integer> reversed = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Payment p = sorted.get(i);
            if (!p.key().equals(key)) {
                String path = "entries[" + i + "]"; // built only for a violation: ledgers are read per posting
                v.add(path + ".key", "key", "发放记录属于其他发放键", "The entry belongs to another key");
            }
            if (p.sequence() != i + 1) {
                v.add(new Violation("entries[" + i + "].sequence", "sequence", "序号应连续，从1开始",
                        "Sequences run 1..n without gaps", Optional.of(Integer.toString(p.sequence()))));
            }
            if (p.isReversal()) {
                int target = p.reverses().getAsInt();
                Payment original = target >= 1 && target <= i ? sorted.get(target - 1) : null;
                if (original == null || original.isReversal()
                        || !original.amount().negate().equals(p.amount()) || !reversed.add(target)) {
                    v.add("entries[" + i + "].reverses", "reversal", "冲正记录应冲正此前一条未冲正的发放记录，金额相反",
                            "A reversal cancels one earlier, unreversed posted entry with the negated amount");
                }
            }
        }
        v.throwIfAny();
        return new PaymentLedger(key, sorted);
    }

    /**
     * The key.
     *
     * @return the key
     */
    public PaymentKey key() {
        return key;
    }

    /**
     * The entries, by sequence.
     *
     * @return an unmodifiable list
     */
    public List<Payment> entries() {
        return entries;
    }

    /**
     * The posted entry that is not reversed, if any (at most one under these rules).
     *
     * @return the current entry
     */
    public Optional<Payment> current() {
        Set<Integer> reversed = new HashSet<>();
        for (Payment p : entries) {
            p.reverses().ifPresent(reversed::add);
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            Payment p = entries.get(i);
            if (!p.isReversal() && !reversed.contains(p.sequence())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The amount paid, net of reversals.
     *
     * @return the sum of all entries
     */
    public Money net() {
        Money sum = Money.ZERO;
        for (Payment p : entries) {
            sum = sum.plus(p.amount());
        }
        return sum;
    }

    /**
     * Posts the key: the entry to append, or nothing if a current entry exists (idempotent).
     *
     * @param amount the amount, not negative
     * @param at when
     * @return the new entry, or empty for a no-op
     * @throws InvalidRecordException if {@code amount} is negative
     */
    public Optional<Payment> post(Money amount, Instant at) {
        if (current().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Payment.posted(key, entries.size() + 1, amount, at));
    }

    /**
     * Reverses the current entry.
     *
     * @param at when
     * @param reason why
     * @return the reversing entry to append
     * @throws IllegalStateException if there is no current entry
     * @throws InvalidRecordException if {@code reason} is blank
     */
    public Payment reverse(Instant at, String reason) {
        Payment c = current().orElseThrow(() ->
                new IllegalStateException("nothing to reverse for " + key));
        return c.reversal(entries.size() + 1, at, reason);
    }

    /**
     * Corrects the amount: a reversal of the current entry (if any) and a new posted entry.
     *
     * @param amount the right amount, not negative
     * @param at when
     * @param reason why
     * @return the entries to append, in order (one or two)
     * @throws InvalidRecordException if {@code amount} is negative or {@code reason} blank
     */
    public List<Payment> correct(Money amount, Instant at, String reason) {
        List<Payment> out = new ArrayList<>();
        int next = entries.size() + 1;
        Optional<Payment> c = current();
        if (c.isPresent()) {
            out.add(c.get().reversal(next++, at, reason));
        }
        out.add(new Payment(key, next, amount, PaymentStatus.POSTED, java.util.OptionalInt.empty(),
                at, Optional.of(reason)));
        return out;
    }

    /**
     * The ledger with entries appended, checked.
     *
     * @param added the new entries
     * @return the new ledger
     * @throws InvalidRecordException if the result breaks a rule of {@link #of}
     */
    public PaymentLedger with(List<Payment> added) {
        List<Payment> all = new ArrayList<>(entries);
        all.addAll(added);
        return of(key, all);
    }
}
