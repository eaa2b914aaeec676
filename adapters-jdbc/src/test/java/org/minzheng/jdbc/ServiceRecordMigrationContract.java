package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.tck.storage.StorageFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration V3 on each database: service records stored by the schema of V2 (the whole record as
 * a minzheng-json document in {@code body}) read back equal after the upgrade. One test body, a
 * subclass per database supplies a schema of its own.
 *
 * <p>The documents in {@code v2-service-record-bodies.jsonl} were written by minzheng-json as it
 * was at commit d6a246a (before decision 0180), from
 * {@code StorageFixtures.everyServiceRecordKind("S\"\\-", 321112001, 2021-12-31, true)} and
 * {@code ("T-", …, false)} at version 1: every kind, with and without its optional components,
 * identifiers with a quote and a backslash, texts with quotes, a backslash, a tab and an emoji.
 */
abstract class ServiceRecordMigrationContract {

    static final LocalDate ON = LocalDate.of(2021, 12, 31);

    /** A data source on an empty schema private to the test class. */
    abstract DataSource dataSource();

    static List<String> v2Bodies() throws IOException {
        try (InputStream in = ServiceRecordMigrationContract.class.getResourceAsStream("v2-service-record-bodies.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static List<ServiceRecord> expected() {
        List<ServiceRecord> all = new java.util.ArrayList<>(StorageFixtures.everyServiceRecordKind("S\"\\-",
                StorageFixtures.GAOZI, ON, true));
        all.addAll(StorageFixtures.everyServiceRecordKind("T-", StorageFixtures.GAOZI, ON, false));
        return all.stream().map(r -> r.withVersion(1)).toList();
    }

    /** Migrates to V2 only and stores the documents as the V2 adapter did. */
    static void storeAtVersion2(DataSource ds, List<String> bodies) throws SQLException {
        Dialect dialect = JdbcStorage.dialectOf(ds);
        Flyway.configure(JdbcStorage.class.getClassLoader()).dataSource(ds).locations(dialect.migrationLocation())
                .table(JdbcStorage.HISTORY_TABLE).target("2").load().migrate();
        Map<String, ServiceRecord> byId = expected().stream()
                .collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
        JsonMapper json = JsonMapper.builder().build();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO mz_service_record "
                + "(id, kind, subject_kind, subject_id, region, record_date, case_id, version, body) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String body : bodies) {
                JsonNode doc = json.readTree(body);
                ps.setString(1, doc.get("id").stringValue());
                ps.setString(2, doc.get("kind").stringValue());
                ps.setString(3, doc.get("subject").get("kind").stringValue());
                ps.setString(4, doc.get("subject").get("id").stringValue());
                ps.setString(5, doc.get("region").stringValue());
                ps.setObject(6, byId.get(doc.get("id").stringValue()).date());
                ps.setString(7, doc.has("caseId") ? doc.get("caseId").stringValue() : null);
                ps.setLong(8, doc.get("version").longValue());
                ps.setString(9, body);
                ps.executeUpdate();
            }
        }
    }

    @Test
    void v3_movesTheKindsOwnComponentsToDetails_andEveryRecordReadsBackEqual() throws Exception {
        List<String> bodies = v2Bodies();
        assertThat(bodies).hasSize(14);
        storeAtVersion2(dataSource(), bodies);
        assertThat(JdbcStorage.migrate(dataSource())).isGreaterThanOrEqualTo(1);
        JdbcStorage storage = JdbcStorage.of(dataSource());
        for (ServiceRecord r : expected()) {
            assertThat(storage.serviceRecords().find(r.id())).as(r.id().value()).contains(r);
        }
        // And the upgraded store goes on: an update writes the new form.
        ServiceRecord first = expected().get(0);
        assertThat(storage.serviceRecords().save(first, StorageFixtures.BY_TESTER).version()).isEqualTo(2);
        assertThat(storage.serviceRecords().find(first.id())).contains(first.withVersion(2));
    }
}
