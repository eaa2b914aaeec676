package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.tck.storage.StorageFixtures;

/**
 * The H2 database that {@link JdbcStorage#h2} opens writes no trace file: by default H2 writes
 * every error, with the SQL statement and the values in it, to {@code minzheng.trace.db} beside
 * the database, a plain-text copy of personal data that nobody deletes.
 */
class H2TraceFileTest {

    @TempDir
    Path dir;

    @Test
    void anErrorOnTheEmbeddedDatabase_leavesNoTraceFileWithItsStatement() throws Exception {
        try (JdbcStorage storage = JdbcStorage.h2(dir)) {
            storage.households().save(StorageFixtures.household("H-1", StorageFixtures.GAOZI, 1), StorageFixtures.BY_TESTER);
            // a second connection of this JVM to the same database, as a reporting tool would open
            String url = "jdbc:h2:" + dir.toAbsolutePath().resolve("minzheng").toString().replace('\\', '/');
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                // an error H2 traces at level ERROR (not a constraint violation, which it traces at INFO)
                assertThatThrownBy(() -> st.executeQuery("SELECT id FROM mz_person WHERE name = '张三1' AND 1 / 0 = 1"))
                        .isInstanceOf(SQLException.class);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(f.getFileName().toString()).doesNotEndWith(".trace.db");
                if (!f.getFileName().toString().endsWith(".mv.db")) {
                    assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("1 / 0");
                }
            }
        }
    }
}
