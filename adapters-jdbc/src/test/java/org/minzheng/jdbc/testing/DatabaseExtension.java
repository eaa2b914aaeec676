package org.minzheng.jdbc.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own schema (PostgreSQL) or database (MariaDB) on a test server.
 *
 * <p>Register it on a static field:
 * <pre>{@code @RegisterExtension static final DatabaseExtension DB = DatabaseExtension.of(TestDatabase.POSTGRESQL);}</pre>
 * When the server cannot be reached the class is skipped with a message naming the server, the
 * settings tried and the environment variables that change them. When the environment variable
 * {@code CI} is {@code true}, the class fails instead: CI must never pass by skipping. The schema
 * is created before the class's tests and dropped after them, so parallel or repeated runs do not
 * interfere.
 */
public final class DatabaseExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    private static final Map<TestDatabase.Settings, Optional<String>> REACHABILITY = new ConcurrentHashMap<>();

    private final TestDatabase database;
    private final Map<String, String> env;
    private final TestDatabase.Settings settings;
    private volatile String schema;
    /** The class context that created the schema; nested classes share it. */
    private volatile String owner;
    private volatile DataSource dataSource;

    private DatabaseExtension(TestDatabase database, Map<String, String> env) {
        this.database = database;
        this.env = env;
        this.settings = database.settings(env);
    }

    /** An extension for a server configured by the process environment. */
    public static DatabaseExtension of(TestDatabase database) {
        return new DatabaseExtension(database, System.getenv());
    }

    /** For tests of this harness: an extension reading a given environment. */
    static DatabaseExtension of(TestDatabase database, Map<String, String> env) {
        return new DatabaseExtension(database, env);
    }

    /** Whether the environment says this is a CI run (CI=true). */
    boolean inCi() {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> problem = REACHABILITY.computeIfAbsent(settings, x -> probe(database.dataSource(x, null)));
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled(database.displayName() + " reachable at " + settings);
        }
        if (inCi()) {
            // Enabled, so that beforeAll runs and fails the class loudly.
            return ConditionEvaluationResult.enabled("CI=true: " + database.displayName() + " is required");
        }
        return ConditionEvaluationResult.disabled(unreachableMessage(problem.get()));
    }

    String unreachableMessage(String problem) {
        return database.displayName() + " is not reachable at " + settings + " (" + problem + "); "
                + "tests against it are skipped. Start the server or set " + database.envPrefix()
                + "HOST/PORT/USER/PASSWORD/DATABASE. With CI=true these tests fail instead of skipping.";
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<String> problem = REACHABILITY.computeIfAbsent(settings, x -> probe(database.dataSource(x, null)));
        if (problem.isPresent()) {
            throw new IllegalStateException(unreachableMessage(problem.get()).replace("are skipped", "cannot run")
                    + " CI=true, so this is a failure, not a skip.");
        }
        if (schema != null) {
            return; // a @Nested class: the enclosing class's schema serves it too
        }
        String name = schemaName(context.getRequiredTestClass());
        owner = context.getUniqueId();
        database.createSchema(settings, name);
        schema = name;
        dataSource = database.pooledDataSource(settings, name);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (schema != null && context.getUniqueId().equals(owner)) {
            TestDatabase.closePool(dataSource);
            database.dropSchema(settings, schema);
            schema = null;
            dataSource = null;
        }
    }

    /** The data source on this class's own schema. */
    public DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("the schema exists only while the test class runs");
        }
        return dataSource;
    }

    /** This class's own schema (PostgreSQL) or database (MariaDB). */
    public String schema() {
        return schema;
    }

    public TestDatabase database() {
        return database;
    }

    static String schemaName(Class<?> testClass) {
        String simple = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (simple.length() > 30) {
            simple = simple.substring(0, 30);
        }
        return "mz_" + simple + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Optional<String> probe(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.isValid(3);
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getClass().getSimpleName() + ", SQLState " + e.getSQLState());
        }
    }
}
