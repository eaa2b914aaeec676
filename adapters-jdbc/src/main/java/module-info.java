/**
 * minzheng JDBC storage (关系数据库存储): H2, PostgreSQL and MariaDB/MySQL.
 *
 * <p>The JDBC drivers and Flyway's database plugins are the application's to add (optional
 * dependencies, decision record 0181); of them only H2 is read at compile time, hence
 * {@code requires static}.
 */
module org.minzheng.jdbc {
    requires transitive org.minzheng.spi;
    requires transitive java.sql;
    requires org.slf4j;
    requires tools.jackson.databind; // service-record details (decision 0180)
    requires flyway.core; // Flyway ships no module name: this is its automatic, file-derived name
    requires static com.h2database; // optional: JdbcStorage.h2 only
    requires static java.naming; // H2's JdbcDataSource implements javax.naming.Referenceable (compile time)

    exports org.minzheng.jdbc;
}
