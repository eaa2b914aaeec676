package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.spi.storage.AuditEntry;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.tck.storage.StorageFixtures;

/**
 * The audit log's numbers on the H2 file database, whose identity sequence hands out 100,000 numbers per stored
 * limit (Flyway V8, decision 0405): after the database is closed as a crash closes it, without storing the
 * sequence's current value, the numbers of new entries are above every number given before, and none repeats.
 */
class H2AuditSequenceTest {

    @TempDir
    Path dir;

    private static List<Long> numbers(JdbcStorage storage) {
        Instant now = Instant.now();
        return storage.audit().between(now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS))
                .map(AuditEntry::sequence).toList();
    }

    @Test
    void auditNumbersStayUniqueAndIncreasingAfterACrash() throws Exception {
        Path data = dir.resolve("db");
        JdbcStorage storage = JdbcStorage.h2(data);
        for (int i = 0; i < 40; i++) { // 40 households of two: 120 entries, past H2's former cache of 32
            storage.households().save(StorageFixtures.household("H-" + i, StorageFixtures.GAOZI, i + 1),
                    StorageFixtures.BY_TESTER);
        }
        List<Long> before = numbers(storage);
        assertThat(before).hasSize(120).doesNotHaveDuplicates();
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + data.resolve("minzheng").toString()
                .replace('\\', '/') + ";WRITE_DELAY=0"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_NAME = 'MZ_AUDIT_LOG' AND COLUMN_NAME = 'SEQ'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(100_000L);
            }
            // closes the files at once: no store of the sequence's current value, as after a killed JVM
            s.execute("SHUTDOWN IMMEDIATELY");
        }
        try {
            storage.close();
        } catch (StorageException alreadyClosed) {
            // the database is gone under it
        }

        try (JdbcStorage reopened = JdbcStorage.h2(data)) {
            assertThat(numbers(reopened)).containsExactlyElementsOf(before);
            for (int i = 40; i < 60; i++) {
                reopened.households().save(StorageFixtures.household("H-" + i, StorageFixtures.GAOZI, i + 1),
                        StorageFixtures.BY_TESTER);
            }
            List<Long> after = numbers(reopened);
            assertThat(after).hasSize(180);
            assertThat(new HashSet<>(after)).hasSize(180);
            long lastBefore = before.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(after.subList(120, 180)).allMatch(n -> n > lastBefore);
            assertThat(after).isSorted();
        }
    }
}
