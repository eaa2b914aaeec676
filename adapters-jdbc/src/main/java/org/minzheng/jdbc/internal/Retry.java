package org.minzheng.jdbc.internal;

import java.util.function.Supplier;
import org.minzheng.spi.storage.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats an idempotent write whose connection failed (连接失败重试): payment postings outside a
 * caller's transaction, which a repeat can only complete, never double (decision 0032). Four
 * attempts, 0.1 s, 0.5 s and 2 s apart; no new attempt once 10 s have passed since the first, so
 * that slow failures (socket timeouts) are not multiplied. Other failures are not repeated. See
 * decision record 0143.
 */
final class Retry {

    private static final Logger LOG = LoggerFactory.getLogger(Retry.class);
    private static final long[] PAUSES_MILLIS = {100, 500, 2_000};
    private static final long BUDGET_NANOS = 10_000_000_000L;

    private Retry() {
    }

    /**
     * Runs an idempotent write, repeating it after a connection failure.
     *
     * @param <T> result
     * @param what what is written, for the log (no personal data)
     * @param write the write
     * @return its result
     * @throws StorageUnavailableException if the last attempt failed to reach the database
     */
    static <T> T idempotent(String what, Supplier<T> write) {
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            try {
                return write.get();
            } catch (StorageUnavailableException e) {
                if (attempt >= PAUSES_MILLIS.length || System.nanoTime() - start > BUDGET_NANOS) {
                    throw e;
                }
                LOG.warn("{}: {}; repeating it (attempt {} of {}) in {} ms", what,
                        e.outcomeUnknown() ? "connection lost while committing" : "cannot reach the database",
                        attempt + 2, PAUSES_MILLIS.length + 1, PAUSES_MILLIS[attempt]);
                try {
                    Thread.sleep(PAUSES_MILLIS[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    e.addSuppressed(interrupted);
                    throw e;
                }
            }
        }
    }
}
