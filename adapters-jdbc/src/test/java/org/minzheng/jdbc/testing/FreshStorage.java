package org.minzheng.jdbc.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.minzheng.jdbc.JdbcStorage;

/**
 * Empty storages for the contract suites: the schema is migrated once per data source, and
 * emptied before each test (much faster than a new schema per test).
 */
public final class FreshStorage {

    private static final Set<DataSource> MIGRATED = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    /** Tables in an order that respects foreign keys. */
    private static final String[] TABLES = {"mz_payment", "mz_case", "mz_person_parent",
        "mz_person_relative", "mz_person_school", "mz_person_capability", "mz_household_expenditure",
        "mz_household_income", "mz_person", "mz_household", "mz_facility", "mz_service_record", "mz_audit_log"};

    private FreshStorage() {
    }

    /** An empty JDBC storage on a data source (migrated on first use). */
    public static JdbcStorage on(DataSource dataSource) throws SQLException {
        if (MIGRATED.add(dataSource)) {
            JdbcStorage.migrate(dataSource);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                st.executeUpdate("DELETE FROM " + table);
            }
        }
        return JdbcStorage.of(dataSource);
    }

    /** A private in-memory H2 database for one test class, open until the JVM ends. */
    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }
}
