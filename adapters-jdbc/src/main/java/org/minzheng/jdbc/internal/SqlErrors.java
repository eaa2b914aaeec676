package org.minzheng.jdbc.internal;

import java.sql.BatchUpdateException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.StorageUnavailableException;

/**
 * Translates {@link SQLException}s into {@link StorageException}s that carry no personal data.
 *
 * <p>Driver messages quote the offending row: PostgreSQL's batch error holds the whole
 * {@code INSERT} with names and identity numbers ("Batch entry 0 INSERT INTO mz_person … was
 * aborted"), its detail the key ("Key (id_number)=(…) already exists"), H2 the values and the
 * statement, MariaDB the key ("Duplicate entry '…'"), and MariaDB with client-side prepared
 * statements quotes values in any syntax error. So no driver message goes anywhere: our message
 * names the operation, the entity, the SQLState and the vendor code only, and the cause attached
 * is a scrubbed copy of the driver's exception ({@link #scrub}) that keeps its JDBC exception
 * class, SQLState, vendor code, stack trace and the same for its causes, next exceptions and
 * suppressed exceptions, but no message. See decision record 0151.
 */
public final class SqlErrors {

    /** Causes, next and suppressed exceptions copied at most this deep. */
    private static final int MAX_DEPTH = 16;
    /** Next exceptions of one SQLException copied at most. */
    private static final int MAX_NEXT = 32;

    private SqlErrors() {
    }

    /**
     * Translates a database error.
     *
     * @param operation what was being done, e.g. "save household"
     * @param entity the entity concerned, or null
     * @param e the driver's exception
     * @return the storage exception to throw, with a scrubbed copy of {@code e} as its cause
     */
    public static StorageException translate(String operation, EntityType entity, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String where = operation + " failed (SQLState " + (state.isEmpty() ? "none" : state) + ", vendor code " + code + ")";
        SQLException cause = scrub(e);
        if (isUniqueViolation(e)) {
            return new DuplicateRecordException(entity == null ? EntityType.HOUSEHOLD : entity,
                    where + ": a unique key is already in use, possibly by a concurrent writer; nothing was written "
                            + "(唯一约束冲突)", cause);
        }
        if (state.equals("23503") || code == 1452 || code == 1451) {
            return new StorageException(where + ": a referenced record is missing (外键约束冲突)", cause);
        }
        if (state.startsWith("23")) {
            return new StorageException(where + ": a constraint of the schema refused the data (约束冲突)", cause);
        }
        if (state.equals("22001") || code == 1406) {
            return new StorageException(where + ": a value is longer than its column (字段超长)", cause);
        }
        if (state.equals("40001") || state.equals("40P01") || code == 1213) {
            return new StorageException(where + ": the database aborted the transaction because of a concurrent "
                    + "transaction; retry it (并发事务冲突，请重试)", cause);
        }
        if (isConnectionFailure(e)) {
            return new StorageUnavailableException(where + ": cannot reach the database or lost the connection; "
                    + "nothing was written (数据库连接失败，未写入)", false, cause);
        }
        if (state.equals("57014") || code == 1969 || code == 3024) {
            return new StorageException(where + ": the database cancelled the statement (statement timeout or "
                    + "cancel); nothing was written (语句超时或被取消，未写入)", cause);
        }
        if (state.equals("55P03") || code == 1205) {
            return new StorageException(where + ": a lock held by another transaction was not released in time; "
                    + "nothing was written (等待锁超时，未写入)", cause);
        }
        return new StorageException(where + " (数据库错误)", cause);
    }

    /**
     * Translates a failure of {@code commit()}: when the connection was lost, the commit may have
     * reached the database or not.
     *
     * @param operation what was being done
     * @param entity the entity concerned, or null
     * @param e the driver's exception
     * @return the storage exception to throw
     */
    public static StorageException translateCommit(String operation, EntityType entity, SQLException e) {
        if (isConnectionFailure(e)) {
            String state = e.getSQLState() == null ? "none" : e.getSQLState();
            return new StorageUnavailableException(operation + " failed (SQLState " + state + ", vendor code "
                    + e.getErrorCode() + "): the connection was lost while committing; the database may or may not "
                    + "have committed (提交时连接中断，结果未知)", true, scrub(e));
        }
        return translate(operation + " (commit)", entity, e);
    }

    /**
     * Whether an error means the connection failed or was lost (SQLState class 08, the drivers'
     * connection exception types, PostgreSQL's server shutdown states 57P01–57P03), rather than the
     * database refusing the statement.
     *
     * @param e the driver's exception
     * @return true for a connection failure
     */
    public static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof java.sql.SQLRecoverableException;
    }

    /**
     * Whether an error is a unique-key violation, on every supported database.
     *
     * @param e the driver's exception
     * @return true for a unique violation
     */
    public static boolean isUniqueViolation(SQLException e) {
        int n = 0;
        for (SQLException x = e; x != null && n++ < MAX_NEXT; x = x.getNextException()) {
            String state = x.getSQLState();
            if ("23505".equals(state) || x.getErrorCode() == 1062) {
                return true;
            }
            if (x.getNextException() == x) {
                break;
            }
        }
        return false;
    }

    /**
     * A copy of a driver's exception without any message (脱敏的驱动异常): the same standard JDBC
     * exception class (a {@code SQLIntegrityConstraintViolationException} stays one, a vendor
     * class becomes its nearest {@code java.sql} superclass), SQLState, vendor code and stack
     * trace; its message names the driver's class and the codes and says that the driver's text
     * is withheld. Causes, next exceptions and suppressed exceptions are copied the same way
     * (a cause that is not an {@code SQLException} becomes an {@code Exception} naming its class).
     *
     * @param e the driver's exception
     * @return the copy
     */
    public static SQLException scrub(SQLException e) {
        return scrub(e, new IdentityHashMap<>(), 0);
    }

    private static SQLException scrub(SQLException e, Map<Throwable, Throwable> done, int depth) {
        Throwable known = done.get(e);
        if (known instanceof SQLException s) {
            return s;
        }
        String state = e.getSQLState();
        int code = e.getErrorCode();
        String reason = e.getClass().getName() + " (SQLState " + (state == null ? "none" : state) + ", vendor code "
                + code + "): the driver's message is withheld, it may quote personal data (驱动消息可能含个人信息，已隐去)";
        SQLException copy = sameKind(e, reason, state, code);
        done.put(e, copy);
        copy.setStackTrace(e.getStackTrace());
        if (depth < MAX_DEPTH) {
            Throwable cause = e.getCause();
            if (cause != null && cause != e) {
                copy.initCause(scrubAny(cause, done, depth + 1));
            }
            int n = 0;
            for (SQLException next = e.getNextException(); next != null && next != e && n++ < MAX_NEXT;
                    next = next.getNextException() == next ? null : next.getNextException()) {
                if (!done.containsKey(next)) {
                    copy.setNextException(scrub(next, done, depth + 1));
                }
            }
            for (Throwable s : e.getSuppressed()) {
                copy.addSuppressed(scrubAny(s, done, depth + 1));
            }
        }
        return copy;
    }

    private static Throwable scrubAny(Throwable t, Map<Throwable, Throwable> done, int depth) {
        if (t instanceof SQLException s) {
            return scrub(s, done, depth);
        }
        Throwable known = done.get(t);
        if (known != null) {
            return known;
        }
        Exception copy = new Exception(t.getClass().getName() + ": message withheld (消息已隐去)");
        done.put(t, copy);
        copy.setStackTrace(t.getStackTrace());
        if (depth < MAX_DEPTH) {
            Throwable cause = t.getCause();
            if (cause != null && cause != t) {
                copy.initCause(scrubAny(cause, done, depth + 1));
            }
            for (Throwable s : t.getSuppressed()) {
                copy.addSuppressed(scrubAny(s, done, depth + 1));
            }
        }
        return copy;
    }

    private static SQLException sameKind(SQLException e, String reason, String state, int code) {
        if (e instanceof BatchUpdateException b) {
            return new BatchUpdateException(reason, state, code, b.getUpdateCounts());
        }
        if (e instanceof SQLIntegrityConstraintViolationException) {
            return new SQLIntegrityConstraintViolationException(reason, state, code);
        }
        if (e instanceof SQLDataException) {
            return new SQLDataException(reason, state, code);
        }
        if (e instanceof SQLSyntaxErrorException) {
            return new SQLSyntaxErrorException(reason, state, code);
        }
        if (e instanceof SQLFeatureNotSupportedException) {
            return new SQLFeatureNotSupportedException(reason, state, code);
        }
        if (e instanceof SQLInvalidAuthorizationSpecException) {
            return new SQLInvalidAuthorizationSpecException(reason, state, code);
        }
        if (e instanceof SQLNonTransientConnectionException) {
            return new SQLNonTransientConnectionException(reason, state, code);
        }
        if (e instanceof SQLNonTransientException) {
            return new SQLNonTransientException(reason, state, code);
        }
        if (e instanceof SQLTimeoutException) {
            return new SQLTimeoutException(reason, state, code);
        }
        if (e instanceof SQLTransactionRollbackException) {
            return new SQLTransactionRollbackException(reason, state, code);
        }
        if (e instanceof SQLTransientConnectionException) {
            return new SQLTransientConnectionException(reason, state, code);
        }
        if (e instanceof SQLTransientException) {
            return new SQLTransientException(reason, state, code);
        }
        if (e instanceof SQLRecoverableException) {
            return new SQLRecoverableException(reason, state, code);
        }
        return new SQLException(reason, state, code);
    }
}
