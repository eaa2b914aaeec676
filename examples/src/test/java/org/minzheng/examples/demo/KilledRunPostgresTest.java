package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.jdbc.testing.DatabaseExtension;
import org.minzheng.jdbc.testing.TestDatabase;
import org.minzheng.tck.storage.KillHarness;

/**
 * {@link KilledRunTest} on PostgreSQL ({@code --db jdbc:postgresql:…}): kills at random moments,
 * resume, and the database holds exactly what an uninterrupted run stores. Skipped without a
 * server, failing with CI=true (decision 0034).
 */
class KilledRunPostgresTest {

    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);

    @TempDir
    Path dir;

    @Test
    void run_killedAtRandomMomentsAndResumed_endsWithWhatAnUninterruptedRunStores() throws Exception {
        KilledRuns.Reference ref = KilledRuns.reference(dir);
        long seed = Long.getLong(KillHarness.SEED_PROPERTY, System.nanoTime());
        Random random = new Random(seed);
        TestDatabase.Settings s = TestDatabase.POSTGRESQL.settings();
        int kills = KilledRuns.kills(2);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            emptySchema();
            List<String> dbArgs = new ArrayList<>(List.of("--db", "jdbc:postgresql://" + s.host() + ":" + s.port() + "/"
                    + s.database() + "?currentSchema=" + DB.schema() + "&sslmode=disable", "--db-user", s.user(),
                    "-o", dir.resolve("killed-" + i).toString()));
            if (!s.password().isEmpty()) {
                dbArgs.addAll(List.of("--db-password", s.password()));
            }
            String story = KilledRuns.killAndResume(random, ref, dbArgs);
            String verdict = KilledRuns.compare(KilledRuns.state(DB.dataSource()), ref.state());
            System.out.printf("KilledRunPostgresTest attempt %d: %s; %s%n", i, story, verdict);
            if (!verdict.equals(KilledRuns.SAME)) {
                differing.add("attempt " + i + ": " + story + ": " + verdict);
            }
        }
        assertThat(differing).as("seed %d", seed).isEmpty();
    }

    /** A fresh, empty schema for each attempt (the demo refuses to start afresh on a stored district). */
    private static void emptySchema() throws Exception {
        try (Connection c = TestDatabase.POSTGRESQL.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + DB.schema() + " CASCADE");
            st.execute("CREATE SCHEMA " + DB.schema());
        }
    }
}
