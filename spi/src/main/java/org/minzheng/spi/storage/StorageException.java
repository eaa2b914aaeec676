package org.minzheng.spi.storage;

import java.util.Objects;
import org.minzheng.core.identity.IdNumber;

/**
 * A storage operation failed (存储异常).
 *
 * <p>The message says what was attempted and why it failed in terms a case worker or an operator
 * can act on; it never contains personal data (names, identity numbers, addresses). Identifiers in
 * it are masked where they hold an identity number ({@link IdNumber#maskWithin(String)} is applied
 * to every message, so an application that uses identity numbers as keys does not see them in
 * messages either). The stores of minzheng never attach a driver's exception as it is: a
 * database error becomes a cause that keeps the exception class, SQLState, vendor code and stack
 * trace but not the driver's message, which may quote the row (see decision record 0151).
 *
 * <p>Subclasses name the failures a caller is expected to handle: {@link StaleVersionException},
 * {@link RegionAccessException}, {@link ValueTooLongException}, {@link DuplicateRecordException}
 * and {@link StorageUnavailableException}.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message free of personal data.
     *
     * @param message what failed, without personal data
     */
    public StorageException(String message) {
        super(IdNumber.maskWithin(Objects.requireNonNull(message, "message")));
    }

    /**
     * Creates an exception with a message free of personal data and the underlying cause.
     *
     * @param message what failed, without personal data
     * @param cause the underlying failure, free of personal data in its messages (a store scrubs a
     *     driver's exception before attaching it)
     */
    public StorageException(String message, Throwable cause) {
        super(IdNumber.maskWithin(Objects.requireNonNull(message, "message")), cause);
    }
}
