package org.minzheng.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.PaymentLedger;
import org.minzheng.core.cases.PaymentStatus;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.spi.storage.AuditOperation;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.PaymentRepository;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.PostResult;
import org.minzheng.spi.storage.RecordNotFoundException;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.WriteContext;

/**
 * The payment ledger on JDBC. Postings are inserted in batches inside a savepoint; the primary
 * key (case, month, component, sequence) makes a concurrent second posting of the same key fail,
 * and that failure is turned into {@link PostResult.Outcome#ALREADY_POSTED} after re-reading the
 * key, never into a duplicate.
 */
public final class Payments implements PaymentRepository {

    private static final String COLUMNS = "case_id, pay_month, component, seq_no, amount, status, reverses, posted_at, note";
    private static final Comparator<Payment> ORDER = Comparator.<Payment, String>comparing(p -> p.key().caseId().value())
            .thenComparing(p -> p.key().month()).thenComparing(p -> p.key().component().code())
            .thenComparingInt(Payment::sequence);

    private final Session session;

    /**
     * Creates the ledger of a session.
     *
     * @param session the session
     */
    public Payments(Session session) {
        this.session = session;
    }

    static String keyText(PaymentKey key) {
        return key.caseId().value() + "/" + key.month() + "/" + key.component().code();
    }

    private static Payment read(ResultSet rs) throws SQLException {
        LocalDate month = Jdbc.getDate(rs, "pay_month");
        PaymentKey key = PaymentKey.of(CaseId.of(rs.getString("case_id")), YearMonth.from(month),
                Coded.fromCode(PaymentComponent.class, rs.getString("component")));
        Optional<Integer> reverses = Jdbc.getInteger(rs, "reverses");
        return new Payment(key, rs.getInt("seq_no"), Jdbc.getMoney(rs, "amount"),
                Coded.fromCode(PaymentStatus.class, rs.getString("status")),
                reverses.map(OptionalInt::of).orElse(OptionalInt.empty()), Jdbc.getInstant(rs, "posted_at"),
                Optional.ofNullable(rs.getString("note")));
    }

    private static void bind(PreparedStatement ps, int i, Payment p) throws SQLException {
        ps.setString(i + 1, p.key().caseId().value());
        Jdbc.setDate(ps, i + 2, p.key().month().atDay(1));
        ps.setString(i + 3, p.key().component().code());
        ps.setInt(i + 4, p.sequence());
        Jdbc.setMoney(ps, i + 5, p.amount());
        ps.setString(i + 6, p.status().code());
        Jdbc.setInteger(ps, i + 7, p.reverses().isPresent() ? p.reverses().getAsInt() : null);
        Jdbc.setInstant(ps, i + 8, p.at());
        Jdbc.setString(ps, i + 9, p.note().orElse(null));
    }

    private static final String INSERT = "INSERT INTO mz_payment (" + COLUMNS + ")";

    /** Inserts ledger entries, multi-row; fails on a key already taken. */
    private static void insert(Connection c, List<Payment> entries) throws SQLException {
        Jdbc.insertRows(c, INSERT, 9, "", entries, Payments::bind);
    }

    /** Entries of the given keys, grouped by key, in sequence order. */
    private static Map<PaymentKey, List<Payment>> entries(Connection c, List<PaymentKey> keys) throws SQLException {
        Map<PaymentKey, List<Payment>> out = new HashMap<>();
        Set<PaymentKey> wanted = new HashSet<>(keys);
        List<String> caseIds = keys.stream().map(k -> k.caseId().value()).distinct().toList();
        List<LocalDate> months = keys.stream().map(k -> k.month().atDay(1)).distinct().toList();
        for (List<String> chunk : Jdbc.chunks(caseIds)) {
            Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_payment WHERE case_id IN (" + Jdbc.marks(chunk.size())
                    + ") AND pay_month IN (" + Jdbc.marks(months.size()) + ") ORDER BY case_id, pay_month, component, seq_no",
                    ps -> {
                        int i = 1;
                        for (String id : chunk) {
                            ps.setString(i++, id);
                        }
                        for (LocalDate m : months) {
                            Jdbc.setDate(ps, i++, m);
                        }
                    }, rs -> {
                        Payment p = read(rs);
                        if (wanted.contains(p.key())) {
                            out.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
                        }
                        return null;
                    });
        }
        return out;
    }

    /**
     * Checks that the cases exist and lie in scope; returns their regions. A case outside the
     * scope is not found, exactly as a case that is not stored.
     */
    private Map<String, RegionCode> caseRegions(Connection c, List<PaymentKey> keys) throws SQLException {
        Map<String, RegionCode> regions = Cases.regions(c, keys.stream().map(k -> k.caseId().value()).toList());
        for (PaymentKey k : keys) {
            RegionCode region = regions.get(k.caseId().value());
            if (region == null || !session.visible(region)) {
                throw new RecordNotFoundException(EntityType.CASE, k.caseId().value());
            }
        }
        return regions;
    }

    @Override
    public PostResult post(PaymentRequest request, WriteContext context) {
        Objects.requireNonNull(request, "request");
        return postAll(List.of(request), context).get(0);
    }

    @Override
    public List<PostResult> postAll(List<PaymentRequest> requests, WriteContext context) {
        Objects.requireNonNull(context, "context");
        List<PaymentRequest> copy = List.copyOf(requests);
        Set<PaymentKey> keys = new HashSet<>();
        for (PaymentRequest r : copy) {
            if (!keys.add(r.key())) {
                throw new IllegalArgumentException("the key " + keyText(r.key()) + " is requested twice (同一发放键重复)");
            }
        }
        Supplier<List<PostResult>> write = () -> session.write("post payments", EntityType.PAYMENT, c -> {
            List<PostResult> out = new ArrayList<>(copy.size());
            for (List<PaymentRequest> chunk : Jdbc.chunks(copy)) {
                out.addAll(postChunk(c, chunk, context));
            }
            return out;
        });
        // On its own, a posting is repeated after a lost connection: a repeat finds what a lost
        // commit wrote and reports it already posted. Inside a caller's transaction it cannot be.
        List<PostResult> results = session.transaction() == null ? Retry.idempotent("post payments", write) : write.get();
        session.hints().wrote(results.size());
        return results;
    }

    private List<PostResult> postChunk(Connection c, List<PaymentRequest> chunk, WriteContext context) throws SQLException {
        List<PaymentKey> keys = chunk.stream().map(PaymentRequest::key).toList();
        Map<String, RegionCode> regions = caseRegions(c, keys);
        java.time.Instant now = session.now();
        PostResult[] results = new PostResult[chunk.size()];
        if (session.hints().ledgerFresh() && postFresh(c, chunk, now, results)) {
            return audit(c, results, regions, context, now);
        }
        Map<PaymentKey, List<Payment>> existing = entries(c, keys);
        session.hints().ledgerFresh(existing.isEmpty());
        List<Integer> toInsert = new ArrayList<>();
        List<Payment> entries = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            PaymentRequest r = chunk.get(i);
            List<Payment> list = existing.getOrDefault(r.key(), List.of());
            Optional<Payment> current = PaymentLedger.of(r.key(), list).current();
            if (current.isPresent()) {
                results[i] = new PostResult(PostResult.Outcome.ALREADY_POSTED, current.get(), r.amount());
            } else {
                Payment p = Payment.posted(r.key(), list.size() + 1, r.amount(), now);
                toInsert.add(i);
                entries.add(p);
                results[i] = new PostResult(PostResult.Outcome.POSTED, p, r.amount());
            }
        }
        if (!entries.isEmpty()) {
            Savepoint sp = c.setSavepoint();
            try {
                insert(c, entries);
                release(c, sp);
            } catch (SQLException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
                // A concurrent writer posted some of these keys first: go one by one.
                c.rollback(sp);
                for (int j = 0; j < toInsert.size(); j++) {
                    int i = toInsert.get(j);
                    results[i] = postOne(c, chunk.get(i), now);
                }
            }
        }
        return audit(c, results, regions, context, now);
    }

    /**
     * Posts every request of a chunk as the first entry of its key, in one multi-row insert that
     * the ledger's primary key checks (decision record 0172): on PostgreSQL {@code ON CONFLICT DO
     * NOTHING} and a count, elsewhere the unique violation. If any key was taken, the insert is
     * undone (savepoint) and nothing is decided: the caller reads the keys and posts as before.
     *
     * @return whether every request was posted
     */
    private boolean postFresh(Connection c, List<PaymentRequest> chunk, java.time.Instant now, PostResult[] results)
            throws SQLException {
        List<Payment> entries = new ArrayList<>(chunk.size());
        for (PaymentRequest r : chunk) {
            entries.add(Payment.posted(r.key(), 1, r.amount(), now));
        }
        boolean postgres = session.dialect() == org.minzheng.jdbc.Dialect.POSTGRESQL;
        Savepoint sp = c.setSavepoint();
        try {
            int n = Jdbc.insertRows(c, INSERT, 9, postgres ? " ON CONFLICT DO NOTHING" : "", entries, Payments::bind);
            if (n == entries.size()) {
                release(c, sp);
                for (int i = 0; i < chunk.size(); i++) {
                    results[i] = new PostResult(PostResult.Outcome.POSTED, entries.get(i), chunk.get(i).amount());
                }
                return true;
            }
        } catch (SQLException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
        c.rollback(sp);
        session.hints().ledgerFresh(false);
        return false;
    }

    private List<PostResult> audit(Connection c, PostResult[] results, Map<String, RegionCode> regions,
            WriteContext context, java.time.Instant now) throws SQLException {
        AuditWriter audit = new AuditWriter(context, now);
        for (PostResult r : results) {
            if (r.posted()) {
                audit.add(AuditOperation.POST, EntityType.PAYMENT, keyText(r.entry().key()), r.entry().sequence(),
                        Optional.of(regions.get(r.entry().key().caseId().value())));
            }
        }
        audit.flush(c);
        return List.of(results);
    }

    /** Posts one key, re-reading it after a lost race. */
    private PostResult postOne(Connection c, PaymentRequest r, java.time.Instant now) throws SQLException {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Payment> list = entries(c, List.of(r.key())).getOrDefault(r.key(), List.of());
            Optional<Payment> current = PaymentLedger.of(r.key(), list).current();
            if (current.isPresent()) {
                return new PostResult(PostResult.Outcome.ALREADY_POSTED, current.get(), r.amount());
            }
            Payment p = Payment.posted(r.key(), list.size() + 1, r.amount(), now);
            Savepoint sp = c.setSavepoint();
            try {
                insert(c, List.of(p));
                release(c, sp);
                return new PostResult(PostResult.Outcome.POSTED, p, r.amount());
            } catch (SQLException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
                c.rollback(sp);
            }
        }
        throw new StorageException("post payment " + keyText(r.key()) + ": the key kept changing under concurrent "
                + "writers; retry (并发写入冲突，请重试)");
    }

    private static void release(Connection c, Savepoint sp) {
        try {
            c.releaseSavepoint(sp);
        } catch (SQLException | UnsupportedOperationException ignored) {
            // Some drivers do not release savepoints explicitly; the savepoint ends with the transaction.
        }
    }

    @Override
    public Payment reverse(PaymentKey key, WriteContext context) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(context, "context");
        return session.write("reverse payment " + keyText(key), EntityType.PAYMENT, c -> {
            Map<String, RegionCode> regions = caseRegions(c, List.of(key));
            java.time.Instant now = session.now();
            for (int attempt = 0; attempt < 5; attempt++) {
                List<Payment> list = entries(c, List.of(key)).getOrDefault(key, List.of());
                Payment current = PaymentLedger.of(key, list).current()
                        .orElseThrow(() -> new RecordNotFoundException(EntityType.PAYMENT, keyText(key)));
                Payment reversal = current.reversal(list.size() + 1, now, context.reason());
                Savepoint sp = c.setSavepoint();
                try {
                    insert(c, List.of(reversal));
                    release(c, sp);
                    AuditWriter audit = new AuditWriter(context, now);
                    audit.add(AuditOperation.REVERSE, EntityType.PAYMENT, keyText(key), reversal.sequence(),
                            Optional.of(regions.get(key.caseId().value())));
                    audit.flush(c);
                    return reversal;
                } catch (SQLException e) {
                    if (!SqlErrors.isUniqueViolation(e)) {
                        throw e;
                    }
                    c.rollback(sp);
                }
            }
            throw new StorageException("reverse payment " + keyText(key) + ": the key kept changing under concurrent "
                    + "writers; retry (并发写入冲突，请重试)");
        });
    }

    @Override
    public PaymentLedger ledger(PaymentKey key) {
        Objects.requireNonNull(key, "key");
        return session.read("read payments " + keyText(key), EntityType.PAYMENT, c -> {
            RegionCode region = Cases.regions(c, List.of(key.caseId().value())).get(key.caseId().value());
            if (region != null && !session.visible(region)) {
                return PaymentLedger.of(key, List.of());
            }
            return PaymentLedger.of(key, entries(c, List.of(key)).getOrDefault(key, List.of()));
        });
    }

    @Override
    public List<Payment> findByCase(CaseId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return session.read("read payments of case " + caseId, EntityType.PAYMENT, c -> {
            RegionCode region = Cases.regions(c, List.of(caseId.value())).get(caseId.value());
            if (region == null || !session.visible(region)) {
                return List.<Payment>of();
            }
            List<Payment> out = new ArrayList<>(Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_payment WHERE case_id = ?",
                    ps -> ps.setString(1, caseId.value()), Payments::read));
            out.sort(ORDER);
            return out;
        });
    }

    @Override
    public Stream<Payment> streamByMonth(YearMonth month, RegionCode region) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(region, "region");
        session.checkRegion(region, "query payments of region " + region.shortForm());
        RegionIds keys = RegionIds.of("mz_case", region);
        // Page through the region's cases on the (region, id) index; for each page, one query for that month's entries.
        return Pages.stream(session, "query payments", EntityType.PAYMENT, (c, after) -> {
            List<String> caseIds = keys.next(c, Jdbc.CHUNK);
            if (caseIds.isEmpty()) {
                return new Pages.Page<>(List.of(), null, false);
            }
            List<Payment> items = new ArrayList<>(Jdbc.query(c, "SELECT " + COLUMNS + " FROM mz_payment WHERE pay_month = ? "
                    + "AND case_id IN (" + Jdbc.marks(caseIds.size()) + ")", ps -> {
                        Jdbc.setDate(ps, 1, month.atDay(1));
                        for (int i = 0; i < caseIds.size(); i++) {
                            ps.setString(i + 2, caseIds.get(i));
                        }
                    }, Payments::read));
            items.sort(ORDER);
            return new Pages.Page<>(items, caseIds.get(caseIds.size() - 1), caseIds.size() >= Jdbc.CHUNK);
        });
    }
}
