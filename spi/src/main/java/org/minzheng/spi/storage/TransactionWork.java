package org.minzheng.spi.storage;

/**
 * Work done in one transaction (事务内的工作), given a view of storage bound to that transaction.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface TransactionWork<T> {

    /**
     * Does the work. Every read and write through {@code tx} belongs to the transaction; an
     * exception rolls all of them back.
     *
     * @param tx storage bound to the transaction, valid only until this method returns
     * @return the result
     * @throws Exception to roll back; it is rethrown by
     *     {@link Storage#inTransaction(TransactionWork)} (checked exceptions wrapped)
     */
    T run(Storage tx) throws Exception;
}
