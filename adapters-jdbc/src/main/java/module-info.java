/**
 * minzheng JDBC storage (关系数据库存储): H2, PostgreSQL and MariaDB/MySQL.
 */
module org.minzheng.jdbc {
    requires transitive org.minzheng.spi;
    requires transitive java.sql;
    requires org.slf4j;
    requires org.minzheng.json;
    requires flyway.core; // Flyway ships no module name: this is its automatic, file-derived name
    requires com.h2database;
    requires java.naming; // H2's JdbcDataSource (used by JdbcStorage.h2) implements javax.naming.Referenceable

    exports org.minzheng.jdbc;
}
