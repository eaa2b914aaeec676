package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.TestDatabase;
import org.slf4j.LoggerFactory;

/**
 * Database errors carry no personal data on MariaDB. The tests' logging configuration sets the
 * driver's loggers to ERROR, as the README asks of applications: Connector/J logs every server
 * error, with the duplicate key it quotes, at WARN.
 */
class MariaDbDriverErrorsTest extends DriverErrorsContract {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.MARIADB);

    @Override
    protected DataSource dataSource() {
        return DB.dataSource();
    }

    @Override
    protected boolean someoneWaits(Connection c) throws SQLException {
        // an InnoDB lock wait, or a statement of this schema running for half a second (a locking
        // read of a row another transaction inserted waits in the optimizer, outside INNODB_TRX)
        return positive(c, "SELECT COUNT(*) FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p "
                + "ON p.ID = t.trx_mysql_thread_id WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()")
                || positive(c, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                        + "AND ID <> CONNECTION_ID() AND COMMAND NOT IN ('Sleep', 'Daemon') AND TIME_MS >= 500");
    }

    @Test
    void theDriversErrorLogger_isAtErrorAsTheReadmeAsks() {
        // Connector/J logs "Error: 1062-23000: Duplicate entry '<the identity number>' …" at WARN
        assertThat(LoggerFactory.getLogger("org.mariadb.jdbc.message.server.ErrorPacket").isWarnEnabled()).isFalse();
    }
}
