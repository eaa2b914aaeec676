package org.minzheng.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.StorageException;

/** {@link SqlErrors} keeps the codes and classes of a driver's exception and none of its text. */
class SqlErrorsTest {

    private static final String ROW = "INSERT INTO mz_person VALUES ('张三', '11010519491231002X')";

    /** A PostgreSQL-like batch failure: the batch exception, its next exception, a cause, a suppressed. */
    private static SQLException driverError() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 " + ROW + " was aborted", "23505", 0,
                new int[] {1, -3});
        SQLException detail = new SQLException("ERROR: duplicate key; Detail: Key (id_number)=(11010519491231002X)",
                "23505", 0, new IOException("socket said 张三"));
        batch.setNextException(detail);
        detail.setNextException(batch); // a driver that links back: no endless loop
        batch.addSuppressed(new SQLTransientConnectionException("rollback failed for 张三", "08006", 7));
        return batch;
    }

    @Test
    void translate_keepsCodesAndClasses_andNoDriverText() {
        StorageException e = SqlErrors.translate("save households", EntityType.PERSON, driverError());
        assertThat(e).isInstanceOf(DuplicateRecordException.class).hasMessageContaining("SQLState 23505");
        String text = DriverErrorsText.of(e);
        assertThat(text).doesNotContain("张三", "11010519491231002X", "INSERT INTO", "Key (")
                .contains("java.sql.BatchUpdateException");
        SQLException cause = (SQLException) e.getCause();
        assertThat((Throwable) cause).isInstanceOf(BatchUpdateException.class);
        assertThat(((BatchUpdateException) cause).getUpdateCounts()).containsExactly(1, -3);
        assertThat(cause.getSQLState()).isEqualTo("23505");
        assertThat(cause.getNextException().getSQLState()).isEqualTo("23505");
        assertThat(cause.getNextException().getCause()).hasMessageContaining("java.io.IOException");
        assertThat(cause.getSuppressed()).singleElement().isInstanceOf(SQLTransientConnectionException.class)
                .satisfies(s -> assertThat(((SQLException) s).getErrorCode()).isEqualTo(7));
        assertThat(cause.getStackTrace()).isNotEmpty();
    }

    @Test
    void scrub_mapsVendorClassesToTheirStandardJdbcClass() {
        class VendorIntegrityException extends SQLIntegrityConstraintViolationException {
            VendorIntegrityException() {
                super("Duplicate entry '11010519491231002X' for key 'mz_person_id_number'", "23000", 1062);
            }
        }
        SQLException copy = SqlErrors.scrub(new VendorIntegrityException());
        assertThat(copy.getClass()).isEqualTo(SQLIntegrityConstraintViolationException.class);
        assertThat(copy.getErrorCode()).isEqualTo(1062);
        assertThat(copy.getMessage()).doesNotContain("11010519491231002X").contains("VendorIntegrityException");
        assertThat(SqlErrors.isUniqueViolation(new VendorIntegrityException())).isTrue();
    }

    /** The whole text of an exception, as a log would print it. */
    static final class DriverErrorsText {
        static String of(Throwable e) {
            java.io.StringWriter w = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(w));
            StringBuilder sb = new StringBuilder(w.toString());
            for (Throwable t = e; t != null; t = t.getCause()) {
                sb.append(t).append('\n');
                if (t instanceof SQLException s) {
                    int n = 0;
                    for (SQLException x = s.getNextException(); x != null && n++ < 5; x = x.getNextException()) {
                        sb.append(x).append('\n').append(of(x.getCause() == null ? new Exception() : x.getCause()));
                    }
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return sb.toString();
        }
    }
}
