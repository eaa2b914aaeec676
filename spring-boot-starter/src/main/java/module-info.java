/**
 * The minzheng Spring Boot starter (Spring Boot 自动配置). Spring Boot applications run on the class path; the module
 * descriptor states what the starter reads, and the optional parts (JDBC, Micrometer, Actuator, Jackson
 * auto-configuration) are {@code requires static}.
 */
module org.minzheng.spring.boot {
    requires transitive org.minzheng.spi;
    requires transitive org.minzheng.json;
    requires org.slf4j;
    requires spring.core;
    requires spring.beans;
    requires spring.context;
    requires transitive spring.boot;
    requires spring.boot.autoconfigure;
    requires static org.minzheng.jdbc;
    requires static flyway.core;
    requires static java.sql;
    requires static spring.boot.sql;
    requires static spring.boot.health;
    requires static spring.boot.actuator;
    requires static micrometer.core;

    exports org.minzheng.spring.boot;

    opens org.minzheng.spring.boot to spring.core, spring.beans, spring.context;
}
