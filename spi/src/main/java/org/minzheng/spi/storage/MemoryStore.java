package org.minzheng.spi.storage;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.minzheng.core.identity.RegionCode;

/**
 * The data of an {@link InMemoryStorage} and its views: tables, the audit log, one lock and the
 * undo logs that make writes atomic.
 *
 * <p>Concurrency: one read-write lock. Reads take the read lock; a write, and a whole
 * transaction, holds the write lock, so transactions are serializable. Every change to a table
 * pushes its inverse onto the current undo log; a failed write or transaction replays the log
 * backwards, so nothing it did remains.
 */
final class MemoryStore {

    /** A stored person and the household it belongs to (null when none). */
    record PersonRow(org.minzheng.core.registry.Person person, String householdId) {
    }

    /**
     * A stored household: the household as saved, and whether a member was saved on its own since
     * ({@code stale}), in which case the members are resolved at read time; otherwise the household
     * as saved is what a read returns, with no look-up per member.
     */
    record HouseholdRow(org.minzheng.core.registry.Household household, boolean stale) {
        HouseholdRow(org.minzheng.core.registry.Household household) {
            this(household, false);
        }
    }

    /** Undo log of one write or transaction. */
    static final class Undo {
        private final Deque<Runnable> actions = new ArrayDeque<>();
        private boolean rollbackOnly;
        /**
         * The audit log and its length before this write's first entry ({@code -1}: none yet): a write's entries are
         * the log's last ones until it ends (the write lock is held), so undoing them is cutting the log back, with
         * nothing kept per entry.
         */
        private List<AuditEntry> audit;
        private int auditFrom = -1;

        void push(Runnable inverse) {
            actions.push(inverse);
        }

        void audited(List<AuditEntry> log) {
            if (auditFrom < 0) {
                audit = log;
                auditFrom = log.size();
            }
        }

        void rollback() {
            while (!actions.isEmpty()) {
                actions.pop().run();
            }
            if (auditFrom >= 0) {
                audit.subList(auditFrom, audit.size()).clear();
                auditFrom = -1;
            }
        }

        void markRollbackOnly() {
            rollbackOnly = true;
        }

        boolean rollbackOnly() {
            return rollbackOnly;
        }
    }

    final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    final TreeMap<String, HouseholdRow> households = new MemoryTable<>();
    final TreeMap<String, PersonRow> persons = new MemoryTable<>();
    final Map<String, String> personByIdNumber = new HashMap<>();
    final TreeMap<String, org.minzheng.core.cases.Case> cases = new MemoryTable<>();
    /** Ledger entries by key, each list in sequence order. */
    final Map<org.minzheng.core.cases.PaymentKey, List<org.minzheng.core.cases.Payment>> ledger = new HashMap<>();
    final TreeMap<String, org.minzheng.core.service.ServiceRecord> serviceRecords = new TreeMap<>();
    final TreeMap<String, org.minzheng.core.facility.Facility> facilities = new TreeMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private long nextSequence = 1;

    MemoryStore(Clock clock) {
        this.clock = clock;
    }

    <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs a write atomically: inside a transaction it joins the transaction's undo log,
     * otherwise it gets its own and is rolled back if it throws.
     */
    <T> T write(Undo transaction, java.util.function.Function<Undo, T> body) {
        lock.writeLock().lock();
        try {
            if (transaction != null) {
                try {
                    return body.apply(transaction);
                } catch (RuntimeException | Error e) {
                    transaction.markRollbackOnly();
                    throw e;
                }
            }
            Undo undo = new Undo();
            try {
                return body.apply(undo);
            } catch (RuntimeException | Error e) {
                undo.rollback();
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    void lockForTransaction() {
        lock.writeLock().lock();
    }

    void unlockTransaction() {
        lock.writeLock().unlock();
    }

    <K, V> void put(Map<K, V> table, K key, V value, Undo undo) {
        V previous = table.put(key, value);
        undo.push(previous == null ? () -> table.remove(key) : () -> table.put(key, previous));
    }

    <K, V> void remove(Map<K, V> table, K key, Undo undo) {
        V previous = table.remove(key);
        if (previous != null) {
            undo.push(() -> table.put(key, previous));
        }
    }

    void audit(Undo undo, WriteContext context, AuditOperation operation, EntityType entity, String entityId,
            long version, Optional<RegionCode> region) {
        audit(undo, context, operation, entity, entityId, version, region, clock.instant());
    }

    /** An audit entry at a given instant (the time of the write that makes it, read once for a batch). */
    void audit(Undo undo, WriteContext context, AuditOperation operation, EntityType entity, String entityId,
            long version, Optional<RegionCode> region, java.time.Instant at) {
        AuditEntry entry = new AuditEntry(nextSequence++, at, context.actor(), operation, entity,
                entityId, version, region, context.reason());
        undo.audited(audit);
        audit.add(entry);
    }

    List<AuditEntry> auditEntries() {
        return audit;
    }
}
