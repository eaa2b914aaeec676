package org.minzheng.spi.storage;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.PaymentLedger;
import org.minzheng.core.identity.RegionCode;

/** The payment ledger of an {@link InMemoryStorage} view. */
final class MemoryPayments implements PaymentRepository {

    /** Order of entries: case, month, component code, sequence. */
    static final Comparator<Payment> ORDER = Comparator.<Payment, String>comparing(p -> p.key().caseId().value())
            .thenComparing(p -> p.key().month()).thenComparing(p -> p.key().component().code())
            .thenComparingInt(Payment::sequence);

    private final InMemoryStorage view;
    private final MemoryStore store;

    MemoryPayments(InMemoryStorage view) {
        this.view = view;
        this.store = view.store();
    }

    /** The stored case of a key; a case outside the scope is not found, as if it were not stored. */
    private Case caseOf(PaymentKey key) {
        Case c = store.cases.get(key.caseId().value());
        if (c == null || !view.visible(c.region())) {
            throw new RecordNotFoundException(EntityType.CASE, key.caseId().value());
        }
        return c;
    }

    static String keyText(PaymentKey key) {
        return key.caseId().value() + "/" + key.month() + "/" + key.component().code();
    }

    @Override
    public PostResult post(PaymentRequest request, WriteContext context) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(context, "context");
        return store.write(view.transaction(),
                undo -> write(request, Optional.of(caseOf(request.key()).region()), context, undo,
                        store.clock.instant()));
    }

    @Override
    public List<PostResult> postAll(List<PaymentRequest> requests, WriteContext context) {
        Objects.requireNonNull(context, "context");
        List<PaymentRequest> copy = List.copyOf(requests);
        // sized for the call's keys at once (a monthly-run batch posts about a thousand)
        Set<PaymentKey> keys = new HashSet<>((int) Math.min(1 << 30, (long) Math.ceil(copy.size() / 0.75)));
        for (PaymentRequest r : copy) {
            if (!keys.add(r.key())) {
                throw new IllegalArgumentException("the key " + keyText(r.key()) + " is requested twice (同一发放键重复)");
            }
        }
        return store.write(view.transaction(), undo -> {
            List<PostResult> results = new ArrayList<>(copy.size());
            // the time of the write, read once: the entries of one call are posted together
            Instant at = store.clock.instant();
            // a case's requests come together (its components): its stored case is looked up and checked once
            Case c = null;
            Optional<RegionCode> where = null;
            for (PaymentRequest r : copy) {
                if (c == null || !c.id().equals(r.key().caseId())) {
                    c = caseOf(r.key());
                    where = Optional.of(c.region());
                }
                results.add(write(r, where, context, undo, at));
            }
            return results;
        });
    }

    /**
     * Posts one request whose key's case is stored and visible, in {@code region} (the audit entries of one case's
     * postings share it).
     */
    private PostResult write(PaymentRequest request, Optional<RegionCode> region, WriteContext context,
                             MemoryStore.Undo undo, Instant at) {
        PaymentKey key = request.key();
        List<Payment> entries = store.ledger.get(key);
        if (entries == null) {
            // the first run of a month: nothing to check, one entry to store
            Payment entry = Payment.posted(key, 1, request.amount(), at);
            store.put(store.ledger, key, List.of(entry), undo);
            store.audit(undo, context, AuditOperation.POST, EntityType.PAYMENT, keyText(key), entry.sequence(),
                    region, at);
            return new PostResult(PostResult.Outcome.POSTED, entry, request.amount());
        }
        if (entries.size() == 1 && !entries.get(0).isReversal()) {
            // the month run again: one posted entry, which is current (as the ledger below would find)
            return new PostResult(PostResult.Outcome.ALREADY_POSTED, entries.get(0), request.amount());
        }
        Optional<Payment> current = PaymentLedger.of(key, entries).current();
        if (current.isPresent()) {
            return new PostResult(PostResult.Outcome.ALREADY_POSTED, current.get(), request.amount());
        }
        Payment entry = Payment.posted(key, entries.size() + 1, request.amount(), at);
        append(key, entries, entry, undo);
        store.audit(undo, context, AuditOperation.POST, EntityType.PAYMENT, keyText(key), entry.sequence(),
                region, at);
        return new PostResult(PostResult.Outcome.POSTED, entry, request.amount());
    }

    private void append(PaymentKey key, List<Payment> entries, Payment entry, MemoryStore.Undo undo) {
        List<Payment> next = new ArrayList<>(entries.size() + 1);
        next.addAll(entries);
        next.add(entry);
        store.put(store.ledger, key, List.copyOf(next), undo);
    }

    @Override
    public Payment reverse(PaymentKey key, WriteContext context) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(context, "context");
        return store.write(view.transaction(), undo -> {
            Case c = caseOf(key);
            List<Payment> entries = store.ledger.getOrDefault(key, List.of());
            Payment current = PaymentLedger.of(key, entries).current()
                    .orElseThrow(() -> new RecordNotFoundException(EntityType.PAYMENT, keyText(key)));
            Payment reversal = current.reversal(entries.size() + 1, store.clock.instant(), context.reason());
            append(key, entries, reversal, undo);
            store.audit(undo, context, AuditOperation.REVERSE, EntityType.PAYMENT, keyText(key), reversal.sequence(),
                    Optional.of(c.region()));
            return reversal;
        });
    }

    @Override
    public PaymentLedger ledger(PaymentKey key) {
        Objects.requireNonNull(key, "key");
        return store.read(() -> {
            Case c = store.cases.get(key.caseId().value());
            if (c != null && !view.visible(c.region())) {
                return PaymentLedger.of(key, List.of());
            }
            return PaymentLedger.of(key, store.ledger.getOrDefault(key, List.of()));
        });
    }

    @Override
    public List<Payment> findByCase(CaseId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return store.read(() -> {
            Case c = store.cases.get(caseId.value());
            if (c == null || !view.visible(c.region())) {
                return List.<Payment>of();
            }
            return store.ledger.entrySet().stream().filter(e -> e.getKey().caseId().equals(caseId))
                    .flatMap(e -> e.getValue().stream()).sorted(ORDER).toList();
        });
    }

    @Override
    public Stream<Payment> streamByMonth(YearMonth month, RegionCode region) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(region, "region");
        view.checkRegion(region, "query payments of region " + region.shortForm());
        return store.read(() -> store.ledger.entrySet().stream()
                .filter(e -> e.getKey().month().equals(month))
                .filter(e -> {
                    Case c = store.cases.get(e.getKey().caseId().value());
                    return c != null && region.contains(c.region());
                })
                .flatMap(e -> e.getValue().stream()).sorted(ORDER).toList()).stream();
    }
}
