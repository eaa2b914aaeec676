package org.minzheng.spi.storage;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.PaymentLedger;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;

/**
 * The payment ledger (资金发放台账): append-only entries keyed by (case, month, component).
 *
 * <p>Nothing is updated in place. Posting a key that has a posted, unreversed entry is a no-op
 * that reports the existing entry ({@link PostResult}); a correction is a reversing entry
 * ({@link #reverse}) followed by a new posting. Entries of one key are numbered 1, 2, 3 … and
 * the store enforces that a number is used once, so concurrent posters of the same key cannot
 * both succeed. A payment belongs to a stored case and lies in the case's region.
 */
public interface PaymentRepository {

    /**
     * Posts a payment, unless its key already has a posted, unreversed entry.
     *
     * @param request the key and amount
     * @param context who and why
     * @return whether it was posted, and the entry in force
     * @throws RecordNotFoundException if the case is not stored or (in a scoped view) lies outside
     *     the scope
     */
    PostResult post(PaymentRequest request, WriteContext context);

    /**
     * Posts many payments atomically, in batches where the store can; keys already posted are
     * reported, not written.
     *
     * @param requests the payments, with distinct keys
     * @param context who and why
     * @return one result per request, in order
     * @throws IllegalArgumentException if two requests have the same key
     * @throws StorageException as {@link #post}; if any fails, none is written
     */
    List<PostResult> postAll(List<PaymentRequest> requests, WriteContext context);

    /**
     * Reverses the entry in force for a key (冲正), with the context's reason as the entry's
     * note.
     *
     * @param key the key
     * @param context who and why
     * @return the reversing entry
     * @throws RecordNotFoundException if the key has no posted, unreversed entry, or its case is
     *     not stored or (in a scoped view) lies outside the scope
     */
    Payment reverse(PaymentKey key, WriteContext context);

    /**
     * All entries of a key, oldest first.
     *
     * @param key the key
     * @return the ledger of that key (empty if nothing was posted, or, in a scoped view, if the
     *     case lies outside the scope)
     */
    PaymentLedger ledger(PaymentKey key);

    /**
     * All entries of a case, by month, component code and sequence.
     *
     * @param caseId the case
     * @return the entries (none if the case is not stored or, in a scoped view, lies outside the
     *     scope)
     */
    List<Payment> findByCase(CaseId caseId);

    /**
     * Streams the entries of a month for the cases in a region or inside it, by case,
     * component code and sequence. Close the stream.
     *
     * @param month the month
     * @param region the region
     * @return the entries
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    Stream<Payment> streamByMonth(YearMonth month, RegionCode region);

    /**
     * The net amount of a month in a region: postings minus reversals.
     *
     * @param month the month
     * @param region the region
     * @return the total
     * @throws RegionAccessException in a scoped view, if the region is not inside the scope
     */
    default Money total(YearMonth month, RegionCode region) {
        try (Stream<Payment> s = streamByMonth(month, region)) {
            return s.map(Payment::amount).reduce(Money.ZERO, Money::plus);
        }
    }
}
