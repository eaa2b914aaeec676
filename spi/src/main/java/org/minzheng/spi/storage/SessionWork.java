package org.minzheng.spi.storage;

/**
 * Work done in one session of a storage (会话工作): see {@link Storage#inSession(SessionWork)}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SessionWork<T> {

    /**
     * Does the work.
     *
     * @param session the storage bound to the session, valid only until this method returns and
     *     only in the thread that called {@code inSession}
     * @return the result
     * @throws Exception to end the session; it is rethrown by
     *     {@link Storage#inSession(SessionWork)} (checked exceptions wrapped)
     */
    T run(Storage session) throws Exception;
}
