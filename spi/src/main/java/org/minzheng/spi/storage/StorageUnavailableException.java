package org.minzheng.spi.storage;

/**
 * The database could not be reached, or the connection to it was lost (数据库连接失败): a
 * failure of the way to the data, not of the data. Repeating the operation later may succeed.
 *
 * <p>When {@link #outcomeUnknown()} is false, nothing was written: the connection failed before
 * the commit was sent, and the database rolls back what the transaction had done. When it is
 * true, the connection was lost while the commit was on its way: the database may have committed
 * or not, and only reading tells. Idempotent writes (payment postings, decision record 0032) can
 * simply be repeated; the JDBC store repeats a {@code post} or {@code postAll} outside a
 * transaction itself a few times before it throws this exception.
 */
public class StorageUnavailableException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    /**
     * Creates the exception.
     *
     * @param message what failed, without personal data
     * @param outcomeUnknown whether the connection was lost while committing
     * @param cause the underlying failure
     */
    public StorageUnavailableException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * Whether the write may have been committed although it failed: the connection was lost while
     * committing (提交结果未知).
     *
     * @return true if the outcome is unknown; false if nothing was written
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
