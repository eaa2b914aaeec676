package org.minzheng.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spi.storage.StorageUnavailableException;

/**
 * Translates {@link SQLException}s into {@link StorageException}s.
 *
 * <p>Driver messages often quote the offending row ("Key (id_number)=(…) already exists"), so they
 * never go into our message: the message names the operation, the entity, the SQLState and the
 * vendor code only; the driver's exception is attached as the cause.
 */
public final class SqlErrors {

    private SqlErrors() {
    }

    /**
     * Translates a database error.
     *
     * @param operation what was being done, e.g. "save household"
     * @param entity the entity concerned, or null
     * @param e the driver's exception
     * @return the storage exception to throw
     */
    public static StorageException translate(String operation, EntityType entity, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String where = operation + " failed (SQLState " + (state.isEmpty() ? "none" : state) + ", vendor code " + code + ")";
        if (isUniqueViolation(e)) {
            return new DuplicateRecordException(entity == null ? EntityType.HOUSEHOLD : entity,
                    where + ": a unique key is already in use; nothing was written (唯一约束冲突)", e);
        }
        if (state.equals("23503") || code == 1452 || code == 1451) {
            return new StorageException(where + ": a referenced record is missing (外键约束冲突)", e);
        }
        if (state.startsWith("23")) {
            return new StorageException(where + ": a constraint of the schema refused the data (约束冲突)", e);
        }
        if (state.equals("22001") || code == 1406) {
            return new StorageException(where + ": a value is longer than its column (字段超长)", e);
        }
        if (state.equals("40001") || state.equals("40P01") || code == 1213) {
            return new StorageException(where + ": the database aborted the transaction because of a concurrent "
                    + "transaction; retry it (并发事务冲突，请重试)", e);
        }
        if (isConnectionFailure(e)) {
            return new StorageUnavailableException(where + ": cannot reach the database or lost the connection; "
                    + "nothing was written (数据库连接失败，未写入)", false, e);
        }
        if (state.equals("57014") || code == 1969 || code == 3024) {
            return new StorageException(where + ": the database cancelled the statement (statement timeout or "
                    + "cancel); nothing was written (语句超时或被取消，未写入)", e);
        }
        if (state.equals("55P03") || code == 1205) {
            return new StorageException(where + ": a lock held by another transaction was not released in time; "
                    + "nothing was written (等待锁超时，未写入)", e);
        }
        return new StorageException(where + " (数据库错误)", e);
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
                    + "have committed (提交时连接中断，结果未知)", true, e);
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
        for (SQLException x = e; x != null; x = x.getNextException()) {
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
}
