/**
 * The storage SPI (存储服务提供者接口): what a store implements — {@link org.minzheng.spi.storage.Storage} and its
 * repositories (households, persons, cases, payments, service records, facilities, the audit log), the write
 * context, the session and transaction hooks, and the exceptions every store throws for the same faults. The stores
 * minzheng ships implement it: {@code JdbcStorage} (minzheng-jdbc), {@code JsonFileStorage} (minzheng-json) and
 * {@link org.minzheng.spi.storage.InMemoryStorage}, the store in memory that is both the runtime's default and the
 * reference implementation a vendor reads first. Every store must pass the storage contract of minzheng-tck.
 * An application does not call these interfaces to do a bureau's work: it hands a {@code Storage} to
 * {@code org.minzheng.runtime.CivilAffairs} and calls that.
 */
package org.minzheng.spi.storage;
