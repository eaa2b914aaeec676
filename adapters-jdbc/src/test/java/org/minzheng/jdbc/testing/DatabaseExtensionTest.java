package org.minzheng.jdbc.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class DatabaseExtensionTest {

    /** Port 1 on the loopback refuses connections at once. */
    private static final Map<String, String> ABSENT_PG = Map.of("MINZHENG_PG_PORT", "1");

    @Test
    void settings_defaultToTheMachineServers() {
        assertThat(TestDatabase.POSTGRESQL.settings(Map.of()))
                .isEqualTo(new TestDatabase.Settings("127.0.0.1", 5432, "postgres", "", "test"));
        assertThat(TestDatabase.MARIADB.settings(Map.of()))
                .isEqualTo(new TestDatabase.Settings("127.0.0.1", 3306, "root", "", "test"));
    }

    @Test
    void settings_readTheEnvironment() {
        assertThat(TestDatabase.MARIADB.settings(Map.of("MINZHENG_MARIADB_HOST", "db.example", "MINZHENG_MARIADB_PORT",
                "3307", "MINZHENG_MARIADB_USER", "mz", "MINZHENG_MARIADB_PASSWORD", "s", "MINZHENG_MARIADB_DATABASE", "x")))
                .isEqualTo(new TestDatabase.Settings("db.example", 3307, "mz", "s", "x"));
        assertThatThrownBy(() -> TestDatabase.POSTGRESQL.settings(Map.of("MINZHENG_PG_PORT", "five")))
                .hasMessageContaining("MINZHENG_PG_PORT");
    }

    @Test
    void settings_toStringHidesThePassword() {
        assertThat(TestDatabase.POSTGRESQL.settings(Map.of("MINZHENG_PG_PASSWORD", "hunter2")).toString())
                .doesNotContain("hunter2");
    }

    @Test
    void condition_skipsWithAClearMessageWhenTheServerIsAbsent() {
        ConditionEvaluationResult result = DatabaseExtension.of(TestDatabase.POSTGRESQL, ABSENT_PG)
                .evaluateExecutionCondition(null);
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).get().asString()
                .contains("PostgreSQL is not reachable at postgres@127.0.0.1:1/test", "MINZHENG_PG_HOST", "CI=true");
    }

    @Test
    void condition_failsInsteadOfSkippingInCi() {
        Map<String, String> env = Map.of("MINZHENG_PG_PORT", "1", "CI", "true");
        DatabaseExtension extension = DatabaseExtension.of(TestDatabase.POSTGRESQL, env);
        assertThat(extension.evaluateExecutionCondition(null).isDisabled()).isFalse();
        assertThatThrownBy(() -> extension.beforeAll(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not reachable").hasMessageContaining("failure, not a skip");
    }

    @Test
    void schemaName_isUniqueAndAValidIdentifier() {
        String a = DatabaseExtension.schemaName(DatabaseExtensionTest.class);
        String b = DatabaseExtension.schemaName(DatabaseExtensionTest.class);
        assertThat(a).isNotEqualTo(b).matches("mz_[a-z0-9]{1,30}_[0-9a-f]{12}").hasSizeLessThanOrEqualTo(63);
    }
}
