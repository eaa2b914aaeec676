package org.minzheng.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.sql.DataSource;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.jdbc.Dialect;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.RegionAccessException;
import org.minzheng.spi.storage.StorageException;

/**
 * What every repository of one storage view needs: where connections come from (the data
 * source, or the connection of the view's transaction), the dialect, the clock and the region
 * scope. Connections it opens are always closed; transactions it starts are always committed or
 * rolled back.
 */
public final class Session {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work.
         *
         * @param c the connection
         * @return the result
         * @throws SQLException on a database error
         */
        T run(Connection c) throws SQLException;
    }

    /** State of a transaction shared by the views bound to it. */
    public static final class Transaction {
        private final Connection connection;
        private volatile boolean rollbackOnly;

        Transaction(Connection connection) {
            this.connection = connection;
        }

        /** Marks the transaction so that it cannot commit. */
        public void markRollbackOnly() {
            rollbackOnly = true;
        }

        /** Whether a write inside failed. @return true if it must roll back */
        public boolean rollbackOnly() {
            return rollbackOnly;
        }
    }

    /**
     * What the views of one storage learn as they work and share, for speed only: never for
     * correctness (decision record 0172).
     */
    public static final class Hints {
        private volatile boolean ledgerFresh = true;

        /** Whether the last postings found their keys free: then the next are inserted before any read. */
        boolean ledgerFresh() {
            return ledgerFresh;
        }

        void ledgerFresh(boolean fresh) {
            ledgerFresh = fresh;
        }
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Hints hints;
    private final Clock clock;
    private final RegionCode scope;
    private final Transaction transaction;

    /**
     * Creates a session.
     *
     * @param dataSource the database
     * @param dialect its dialect
     * @param clock the clock for audit entries and ledger times
     * @param scope the region scope, or null
     * @param transaction the transaction, or null
     */
    public Session(DataSource dataSource, Dialect dialect, Clock clock, RegionCode scope, Transaction transaction) {
        this(dataSource, dialect, clock, scope, transaction, new Hints());
    }

    private Session(DataSource dataSource, Dialect dialect, Clock clock, RegionCode scope, Transaction transaction,
            Hints hints) {
        this.hints = hints;
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scope = scope;
        this.transaction = transaction;
    }

    /** @return the dialect */
    public Dialect dialect() {
        return dialect;
    }

    /** @return the data source */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return what the views of this storage share for speed */
    Hints hints() {
        return hints;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the scope, or null */
    public RegionCode scope() {
        return scope;
    }

    /** @return the transaction, or null */
    public Transaction transaction() {
        return transaction;
    }

    /** A session like this one with another scope. @param region the scope @return the session */
    public Session withScope(RegionCode region) {
        return new Session(dataSource, dialect, clock, region, transaction, hints);
    }

    /** A session like this one bound to a transaction. @param tx the transaction @return the session */
    public Session withTransaction(Transaction tx) {
        return new Session(dataSource, dialect, clock, scope, tx, hints);
    }

    /** The current time, to the microsecond that every supported database stores. @return now */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Refuses a region outside the scope: the region of a query or of a record being written, as
     * the caller gave it (never the region of a stored record: see {@link #notVisible}).
     *
     * @param region the region of a query, or of a record being written
     * @param what what is attempted, without personal data
     * @throws RegionAccessException if outside
     */
    public void checkRegion(RegionCode region, String what) {
        if (scope != null && !scope.contains(region)) {
            throw new RegionAccessException(scope, region, what);
        }
    }

    /**
     * Whether a region lies within the scope.
     *
     * @param region the region
     * @return true if visible
     */
    public boolean visible(RegionCode region) {
        return scope == null || (region != null && scope.contains(region));
    }

    /**
     * The refusal of a write that would touch a record this view cannot see, the same whatever
     * the record and wherever it lies (decision record 0152).
     *
     * @param what what is attempted, naming only what the caller gave
     * @return the exception to throw
     */
    public RegionAccessException notVisible(String what) {
        return new RegionAccessException(scope, what);
    }

    /** Opens a connection configured for minzheng: READ COMMITTED, autocommit as asked. */
    Connection open(boolean autoCommit) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(autoCommit);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Starts a transaction on a new connection.
     *
     * @return the transaction (its connection must be given back to {@link #end})
     */
    public Transaction begin() {
        try {
            return new Transaction(open(false));
        } catch (SQLException e) {
            throw SqlErrors.translate("begin a transaction", null, e);
        }
    }

    /**
     * Commits (or, if {@code commit} is false or the transaction is rollback-only, rolls back)
     * and closes the transaction's connection.
     *
     * @param tx the transaction
     * @param commit whether to commit
     * @return whether it committed
     */
    public boolean end(Transaction tx, boolean commit) {
        Connection c = tx.connection;
        try {
            if (commit && !tx.rollbackOnly) {
                try {
                    c.commit();
                } catch (SQLException e) {
                    throw SqlErrors.translateCommit("commit", null, e);
                }
                return true;
            }
            try {
                c.rollback();
            } catch (SQLException e) {
                throw SqlErrors.translate("roll back", null, e);
            }
            return false;
        } finally {
            closeQuietly(c);
        }
    }

    /** Closes a connection whose work is done: a failure to close it changes nothing stored. */
    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // committed or rolled back already; the pool or the driver discards the connection
        }
    }

    /**
     * Reads: on the transaction's connection, or on a connection of its own.
     *
     * @param <T> result
     * @param what what is read, for error messages
     * @param entity the entity read
     * @param work the work
     * @return the result
     */
    public <T> T read(String what, EntityType entity, Work<T> work) {
        try {
            if (transaction != null) {
                return work.run(transaction.connection);
            }
            try (Connection c = open(true)) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(what, entity, e);
        }
    }

    /**
     * Writes atomically: joins the transaction (marking it rollback-only if the work fails), or
     * runs in a transaction of its own that commits on success and rolls back on any failure.
     *
     * @param <T> result
     * @param what what is written, for error messages
     * @param entity the entity written
     * @param work the work
     * @return the result
     */
    public <T> T write(String what, EntityType entity, Work<T> work) {
        if (transaction != null) {
            try {
                return work.run(transaction.connection);
            } catch (SQLException e) {
                transaction.markRollbackOnly();
                throw SqlErrors.translate(what, entity, e);
            } catch (RuntimeException | Error e) {
                transaction.markRollbackOnly();
                throw e;
            }
        }
        Connection c;
        try {
            c = open(false);
        } catch (SQLException e) {
            throw SqlErrors.translate(what, entity, e);
        }
        try {
            T result;
            try {
                result = work.run(c);
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw SqlErrors.translate(what, entity, e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                throw SqlErrors.translateCommit(what, entity, e);
            }
            return result;
        } finally {
            closeQuietly(c);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(SqlErrors.scrub(r));
        }
    }

    /** Wraps an unexpected failure. @param what operation @param e cause @return exception */
    public static StorageException failure(String what, Exception e) {
        return new StorageException(what + " failed: " + e.getClass().getSimpleName(), e);
    }
}
