package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** minzheng's tables go into a schema that already holds the host application's own (the usual embedding). */
class H2HostSchemaTest {

    @Test
    void migrate_intoASchemaWithTheHostsTables_appliesEveryMigration() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE app_orders (id BIGINT PRIMARY KEY, note VARCHAR(20))");
            st.execute("INSERT INTO app_orders VALUES (1, 'kept')");
        }
        assertThat(JdbcStorage.migrate(ds)).isPositive();
        assertThat(JdbcStorage.migrate(ds)).isZero();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT note FROM app_orders WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
        try (JdbcStorage storage = JdbcStorage.of(ds)) {
            assertThat(storage.households().countByRegion(org.minzheng.core.identity.RegionCode.parse("321112"))).isZero();
        }
    }
}
