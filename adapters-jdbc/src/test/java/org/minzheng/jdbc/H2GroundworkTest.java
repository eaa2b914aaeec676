package org.minzheng.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class H2GroundworkTest extends JdbcGroundworkContract {

    private final JdbcDataSource ds = new JdbcDataSource();

    H2GroundworkTest() {
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return ds;
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.H2;
    }
}
