package org.minzheng.spi.storage;

import java.util.Objects;

/**
 * A storage operation failed (存储异常).
 *
 * <p>The message says what was attempted and why it failed in terms a case worker or an operator
 * can act on; it never contains personal data (names, identity numbers, addresses). The underlying
 * cause, if any (for example the driver's {@code SQLException}), is attached and may contain such
 * data: log it only where personal data may be logged.
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
        super(Objects.requireNonNull(message, "message"));
    }

    /**
     * Creates an exception with a message free of personal data and the underlying cause.
     *
     * @param message what failed, without personal data
     * @param cause the underlying failure (may carry personal data in its own message)
     */
    public StorageException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }
}
