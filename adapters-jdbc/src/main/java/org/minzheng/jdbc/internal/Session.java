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
        /** Rows written after which the database's statistics are refreshed at the next session's start. */
        static final long STALE_AFTER = 10_000;

        private volatile boolean ledgerFresh = true;
        private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

        /** Counts rows written in bulk (households, cases, postings). @param rows how many */
        public void wrote(long rows) {
            written.addAndGet(rows);
        }

        /** @return whether so much was written since the statistics were last refreshed that they may mislead the planner */
        public boolean statisticsStale() {
            return written.get() >= STALE_AFTER;
        }

        /** Notes that the statistics were refreshed. */
        public void analyzed() {
            written.set(0);
        }

        /** Whether the last postings found their keys free: then the next are inserted before any read. */
        boolean ledgerFresh() {
            return ledgerFresh;
        }

        void ledgerFresh(boolean fresh) {
            ledgerFresh = fresh;
        }
    }

    /**
     * The connection of a session (decision record 0173): kept open from the session's start to
     * its end and lent to every operation of the session's thread, except while a transaction of
     * the session holds it (then other operations take connections of their own, as outside a
     * session). A connection that broke, or whose rollback failed, is discarded and the next
     * operation opens another.
     */
    public static final class Pinned {
        private final Thread owner = Thread.currentThread();
        private Connection connection;
        private boolean lent;

        /** Closes the session's connection, if open. */
        public void close() {
            Connection c = connection;
            connection = null;
            if (c != null) {
                closeQuietly(c);
            }
        }

        /** The open connection of the session, opening one if none, or null if not this thread's to take. */
        Connection take(Session session, boolean transaction) throws SQLException {
            if (Thread.currentThread() != owner || lent) {
                return null;
            }
            if (connection != null && connection.isClosed()) {
                connection = null;
            }
            if (connection == null) {
                connection = session.openFresh(true);
            }
            if (transaction) {
                connection.setAutoCommit(false);
                lent = true;
            }
            return connection;
        }

        boolean owns(Connection c) {
            return c != null && c == connection;
        }

        /** Gives the connection back after a transaction: autocommit again, or discarded if unsure. */
        void giveBack(Connection c, boolean broken) {
            lent = false;
            if (!broken) {
                try {
                    c.setAutoCommit(true); // after commit or rollback: nothing pending
                    return;
                } catch (SQLException e) {
                    // fall through: discard
                }
            }
            discard(c);
        }

        void discard(Connection c) {
            if (c == connection) {
                connection = null;
            }
            closeQuietly(c);
        }
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Hints hints;
    private final Pinned pinned;
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
        this(dataSource, dialect, clock, scope, transaction, new Hints(), null);
    }

    private Session(DataSource dataSource, Dialect dialect, Clock clock, RegionCode scope, Transaction transaction,
            Hints hints, Pinned pinned) {
        this.hints = hints;
        this.pinned = pinned;
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
    public Hints hints() {
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
        return new Session(dataSource, dialect, clock, region, transaction, hints, pinned);
    }

    /** A session like this one bound to a transaction. @param tx the transaction @return the session */
    public Session withTransaction(Transaction tx) {
        return new Session(dataSource, dialect, clock, scope, tx, hints, pinned);
    }

    /**
     * A session like this one that serves its thread's operations with one connection.
     *
     * @param p the session's connection
     * @return the session
     */
    public Session withPinned(Pinned p) {
        return new Session(dataSource, dialect, clock, scope, transaction, hints, p);
    }

    /** @return the session's connection, or null outside a session */
    public Pinned pinned() {
        return pinned;
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

    /**
     * A connection configured for minzheng, READ COMMITTED, autocommit as asked: the session's
     * (for a transaction, lent until {@link #end}), or a new one. Give it back with
     * {@link #release}.
     */
    Connection open(boolean autoCommit) throws SQLException {
        if (pinned != null) {
            Connection c = pinned.take(this, !autoCommit);
            if (c != null) {
                return c;
            }
        }
        return openFresh(autoCommit);
    }

    /**
     * Gives back a connection of {@link #open}(true) or of a write: closes it, or keeps the
     * session's connection unless it broke.
     *
     * @param c the connection
     * @param broken whether it may be broken or in an unknown state
     */
    void release(Connection c, boolean broken) {
        if (pinned != null && pinned.owns(c)) {
            if (broken) {
                pinned.discard(c);
            }
            return;
        }
        closeQuietly(c);
    }

    /**
     * Opens a new connection configured for minzheng.
     *
     * @param autoCommit autocommit
     * @return the connection
     * @throws SQLException on a database error
     */
    Connection openFresh(boolean autoCommit) throws SQLException {
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
     * Starts a transaction: on the session's connection if free, else on a new one.
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
        boolean clean = false;
        try {
            if (commit && !tx.rollbackOnly) {
                try {
                    c.commit();
                } catch (SQLException e) {
                    throw SqlErrors.translateCommit("commit", null, e);
                }
                clean = true;
                return true;
            }
            try {
                c.rollback();
            } catch (SQLException e) {
                throw SqlErrors.translate("roll back", null, e);
            }
            clean = true;
            return false;
        } finally {
            giveBack(c, !clean);
        }
    }

    /** After a transaction or a write: the session's connection back to its session, any other closed. */
    private void giveBack(Connection c, boolean broken) {
        if (pinned != null && pinned.owns(c)) {
            pinned.giveBack(c, broken);
        } else {
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
            Connection c = open(true);
            boolean broken = false;
            try {
                return work.run(c);
            } catch (SQLException e) {
                broken = SqlErrors.isConnectionFailure(e);
                throw e;
            } finally {
                release(c, broken);
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
        boolean clean = false;
        try {
            T result;
            try {
                result = work.run(c);
            } catch (SQLException e) {
                clean = rollbackQuietly(c, e);
                throw SqlErrors.translate(what, entity, e);
            } catch (RuntimeException | Error e) {
                clean = rollbackQuietly(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                throw SqlErrors.translateCommit(what, entity, e);
            }
            clean = true;
            return result;
        } finally {
            giveBack(c, !clean);
        }
    }

    private static boolean rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
            return true;
        } catch (SQLException r) {
            cause.addSuppressed(SqlErrors.scrub(r));
            return false;
        }
    }

    /** Wraps an unexpected failure. @param what operation @param e cause @return exception */
    public static StorageException failure(String what, Exception e) {
        return new StorageException(what + " failed: " + e.getClass().getSimpleName(), e);
    }
}
