package org.minzheng.spi.storage;

import java.util.Optional;
import org.minzheng.core.identity.RegionCode;

/**
 * Storage of the civil-affairs records (业务数据存储): households with their members, persons,
 * cases with their history, the payment ledger, service records, facilities, and the audit log.
 *
 * <h2>Guarantees every store gives</h2>
 * <ul>
 *   <li><b>Optimistic versions.</b> Every aggregate carries a {@code version()}. Saving an
 *       aggregate of version 0 stores it for the first time; saving version <i>n</i> &gt; 0
 *       replaces the stored version <i>n</i>. The stored and returned copy has version
 *       <i>n</i>+1. A save based on any other version fails with {@link StaleVersionException}
 *       and writes nothing.</li>
 *   <li><b>Transactions.</b> {@link #inTransaction(TransactionWork)} runs work atomically: if it
 *       throws, nothing it wrote remains (audit entries included). A single write outside a
 *       transaction is atomic on its own.</li>
 *   <li><b>Idempotent ledger.</b> See {@link PaymentRepository}.</li>
 *   <li><b>Region scope.</b> {@link #scopedTo(RegionCode)} gives a view that reads and writes
 *       only records inside a region. A query for a region outside it, and a write of a record
 *       outside it, is refused with {@link RegionAccessException}, never silently skipped. Records
 *       outside the scope are invisible: looking one up finds nothing, exactly as if it were not
 *       stored, and a write that would touch one (overwrite it, take one of its members, reuse
 *       its identity number, open a case or a service record for it, post against its case)
 *       fails with a {@link RegionAccessException} whose message is the same whatever the record
 *       and wherever it lies. A scoped view thus neither confirms nor names records outside its
 *       scope (decision record 0152).</li>
 *   <li><b>Audit.</b> Every write appends one {@link AuditEntry} per record written (who, when,
 *       what, why) in the same transaction; the log cannot be changed through this SPI.</li>
 *   <li><b>Verbatim text, bounded length.</b> Text is returned exactly as stored (quotes, SQL
 *       fragments, emoji included); a value longer than {@link StorageLimits} is refused with
 *       {@link ValueTooLongException}.</li>
 *   <li><b>No personal data in exceptions.</b> Messages name records by identifier only, with
 *       identity numbers inside identifiers masked, and never quote a database driver's message;
 *       a driver's exception is attached only as a scrubbed copy (decision record 0151). Several
 *       records of one batch that would break a uniqueness rule are refused before anything is
 *       written, naming their positions in the batch.</li>
 * </ul>
 *
 * @implSpec Implementations must be thread-safe: any number of threads may use one instance.
 *     They must pass the contract suite {@code org.minzheng.tck.storage.StorageContract} of
 *     minzheng-tck. Streams returned by repositories may hold database resources and must be
 *     closed by the caller.
 */
public interface Storage extends AutoCloseable {

    /**
     * Households with their members (家庭户).
     *
     * @return the household repository
     */
    HouseholdRepository households();

    /**
     * Persons (人员).
     *
     * @return the person repository
     */
    PersonRepository persons();

    /**
     * Cases with their history (业务).
     *
     * @return the case repository
     */
    CaseRepository cases();

    /**
     * The payment ledger (资金发放台账).
     *
     * @return the payment repository
     */
    PaymentRepository payments();

    /**
     * Service records (服务记录).
     *
     * @return the service-record repository
     */
    ServiceRecordRepository serviceRecords();

    /**
     * Facilities (服务机构).
     *
     * @return the facility repository
     */
    FacilityRepository facilities();

    /**
     * The audit log (审计日志), read-only.
     *
     * @return the audit log
     */
    AuditLog audit();

    /**
     * Runs work in one transaction. The work is given a view of this storage bound to the
     * transaction (and to this view's region scope); everything it reads and writes through that
     * view is atomic. If the work throws, everything it wrote is rolled back and the exception is
     * rethrown (a checked exception wrapped in a {@link StorageException}). Writes made through
     * any other view during the work are not part of the transaction. Calling
     * {@code inTransaction} on the transaction's view joins the same transaction.
     *
     * @param <T> the result type
     * @param work the work
     * @return what the work returned
     * @throws StorageException if the work or the commit fails; nothing was written
     */
    <T> T inTransaction(TransactionWork<T> work);

    /**
     * Runs work in one session (会话): a unit of work of many reads, writes and transactions by one
     * thread, such as a monthly run, which the store may serve with resources it keeps for the
     * whole session — a database store uses one connection for all of it instead of one per
     * operation, and refreshes the database's statistics first when much was written since
     * (decision record 0173). A session changes no guarantee: every write and transaction through
     * the session's view is atomic exactly as outside it, and a view scoped or bound to a
     * transaction from it stays in the session. Calling {@code inSession} on a session's view
     * runs the work in the same session. The default runs the work on this storage, so a store
     * that keeps nothing per session needs nothing.
     *
     * @param <T> the result type
     * @param work the work, given this storage's view bound to the session (same scope)
     * @return what the work returned
     * @throws StorageException if the work throws a checked exception (wrapped); a runtime
     *     exception is rethrown as it is
     */
    default <T> T inSession(SessionWork<T> work) {
        java.util.Objects.requireNonNull(work, "work");
        try {
            return work.run(this);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StorageException("session work failed (会话工作失败): " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Whether reads hand out the records the store keeps, so that a record unchanged since an
     * earlier read is usually read as the same object (records are immutable: the same object is
     * always the same record). A caller may then keep what it computed from records it read and
     * find them unchanged by identity at almost no cost, which is worth the memory it keeps (the
     * monthly run does, decision record 0400). The default, false, is right for a store that
     * decodes its records on every read: there keeping them would double what a caller holds.
     *
     * @return true when unchanged records are usually read as the same objects
     */
    default boolean sharesRecords() {
        return false;
    }

    /**
     * A view of this storage limited to a region (辖区视图): reads and writes of records
     * outside the region, and queries for regions outside it, are refused with
     * {@link RegionAccessException}. A region matches itself and every region inside it.
     *
     * @param region the region, which must be inside this view's own scope, if it has one
     * @return the scoped view, sharing this storage's data
     * @throws RegionAccessException if {@code region} is outside this view's scope
     */
    Storage scopedTo(RegionCode region);

    /**
     * The region this view is limited to.
     *
     * @return the scope, or empty for an unrestricted view
     */
    Optional<RegionCode> scope();

    /**
     * Releases resources the store holds (connections of an embedded database). Views share the
     * store: closing a view does nothing. The default does nothing.
     */
    @Override
    default void close() {
    }
}
