package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.minzheng.jdbc.internal.SqlErrors;
import org.minzheng.spi.storage.DuplicateRecordException;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.StorageException;

/**
 * Dialect detection, migrations and error translation: one test body, run by a subclass per
 * database (each supplies the data source on its own schema).
 */
abstract class JdbcGroundworkContract {

    /** A data source on a schema private to the test class. */
    abstract DataSource dataSource();

    /** The dialect the database must be detected as. */
    abstract Dialect expectedDialect();

    @Test
    void dialectOf_detectsTheDatabase() {
        assertThat(JdbcStorage.dialectOf(dataSource())).isEqualTo(expectedDialect());
    }

    @Test
    void migrate_isIdempotentAndUsesItsOwnHistoryTable() throws SQLException {
        JdbcStorage.migrate(dataSource());
        assertThat(JdbcStorage.migrate(dataSource())).isZero();
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM "
                        + (expectedDialect() == Dialect.H2 ? '"' + JdbcStorage.HISTORY_TABLE + '"' : JdbcStorage.HISTORY_TABLE))) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    @Test
    void translate_uniqueViolationKeepsTheValueOutOfTheMessage() throws SQLException {
        JdbcStorage.migrate(dataSource());
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE mz_test_unique (k VARCHAR(40) PRIMARY KEY)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mz_test_unique (k) VALUES (?)")) {
                ps.setString(1, "320321199001011234");
                ps.executeUpdate();
                SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, ps::executeUpdate);
                // the driver quotes the key; nothing of the translation does, not even its cause
                assertThat(DriverErrorsContract.everything(e)).contains("320321199001011234");
                StorageException translated = SqlErrors.translate("save person", EntityType.PERSON, e);
                assertThat(translated).isInstanceOf(DuplicateRecordException.class);
                assertThat(translated.getMessage()).doesNotContain("320321199001011234").contains("save person");
                assertThat(translated.getCause()).isNotSameAs(e).isInstanceOf(SQLException.class);
                assertThat(((SQLException) translated.getCause()).getSQLState()).isEqualTo(e.getSQLState());
                assertThat(((SQLException) translated.getCause()).getErrorCode()).isEqualTo(e.getErrorCode());
                assertThat(DriverErrorsContract.everything(translated)).doesNotContain("320321199001011234");
            } finally {
                st.execute("DROP TABLE mz_test_unique");
            }
        }
    }

    @Test
    void auditTable_storesEmojiAndTimestampsVerbatim() throws SQLException {
        JdbcStorage.migrate(dataSource());
        String reason = "核对 'O''Brien'; DROP TABLE x; -- 😀";
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 28, 23, 59, 59, 123_456_000, ZoneOffset.UTC);
        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mz_audit_log (occurred_at, actor, operation, entity, "
                    + "entity_id, reason, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
                ps.setObject(1, at.toLocalDateTime());
                ps.setString(2, "tester");
                ps.setString(3, "create");
                ps.setString(4, "household");
                ps.setString(5, "emoji-test");
                ps.setString(6, reason);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT reason FROM mz_audit_log WHERE entity_id = ?")) {
                ps.setString(1, "emoji-test");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(reason);
                }
            }
        }
    }

    @Test
    void dialect_refusesAnUnknownProduct() {
        assertThat(Dialect.forProductName("Oracle")).isEmpty();
        assertThatThrownBy(() -> Dialect.detect(new UnknownProductConnection().proxy()))
                .isInstanceOf(StorageException.class).hasMessageContaining("unsupported database product 'Oracle'");
    }
}
