package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void forProductName_mapsThePostgresFamily() {
        assertThat(Dialect.forProductName("PostgreSQL")).contains(Dialect.POSTGRESQL);
        assertThat(Dialect.forProductName("openGauss")).contains(Dialect.POSTGRESQL);
        assertThat(Dialect.forProductName("GaussDB")).contains(Dialect.POSTGRESQL);
        assertThat(Dialect.forProductName("KingbaseES")).contains(Dialect.POSTGRESQL);
    }

    @Test
    void forProductName_mapsMariaDbMySqlAndH2() {
        assertThat(Dialect.forProductName("MariaDB")).contains(Dialect.MYSQL);
        assertThat(Dialect.forProductName("MySQL")).contains(Dialect.MYSQL);
        assertThat(Dialect.forProductName("H2")).contains(Dialect.H2);
        assertThat(Dialect.forProductName("Microsoft SQL Server")).isEmpty();
    }

    @Test
    void migrationLocation_isNamespacedPerDialect() {
        assertThat(Dialect.POSTGRESQL.migrationLocation()).isEqualTo("classpath:org/minzheng/jdbc/migration/postgresql");
        assertThat(Dialect.MYSQL.migrationLocation()).isEqualTo("classpath:org/minzheng/jdbc/migration/mysql");
        assertThat(Dialect.H2.migrationLocation()).isEqualTo("classpath:org/minzheng/jdbc/migration/h2");
    }
}
