package org.minzheng.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The database-specific dependencies are optional (decision 0181): without H2 on the class
 * path, {@code JdbcStorage} still loads and {@code JdbcStorage.h2…} fails naming the artifact.
 * Run in a class loader that sees the test class path minus the H2 jar.
 */
class OptionalDependenciesTest {

    @Test
    void h2InMemory_withoutH2_failsNamingTheArtifactToAdd() throws Exception {
        try (URLClassLoader withoutH2 = classPathWithout(jar -> jar.startsWith("h2-"))) {
            assertThatThrownBy(() -> Class.forName("org.h2.Driver", false, withoutH2))
                    .as("precondition: H2 is hidden").isInstanceOf(ClassNotFoundException.class);
            Class<?> storage = withoutH2.loadClass(JdbcStorage.class.getName());
            assertThat(storage.getClassLoader()).isSameAs(withoutH2);
            InvocationTargetException e = catchThrowableOfType(InvocationTargetException.class,
                    () -> storage.getMethod("h2InMemory").invoke(null));
            assertThat(e.getCause().getClass().getName()).isEqualTo("org.minzheng.spi.storage.StorageException");
            assertThat(e.getCause()).hasMessageContaining("com.h2database:h2").hasMessageContaining("H2");
        }
    }

    @Test
    void h2InMemory_withH2_works() {
        try (JdbcStorage storage = JdbcStorage.h2InMemory()) {
            assertThat(storage.dialect()).isEqualTo(Dialect.H2);
        }
    }

    @Test
    void missingFlywayPlugin_namesThePluginOfTheDialect_onlyWhenItIsAbsent() throws Exception {
        for (Dialect d : Dialect.values()) {
            assertThat(org.minzheng.jdbc.internal.OptionalDependencies.missingFlywayPlugin(d)).as(d.name()).isEmpty();
        }
        try (URLClassLoader withoutPlugins = classPathWithout(jar -> jar.startsWith("flyway-database-postgresql-")
                || jar.startsWith("flyway-mysql-"))) {
            Class<?> helper = withoutPlugins.loadClass("org.minzheng.jdbc.internal.OptionalDependencies");
            Class<?> dialect = withoutPlugins.loadClass(Dialect.class.getName());
            java.lang.reflect.Method missing = helper.getMethod("missingFlywayPlugin", dialect);
            java.util.function.Function<String, Object> of = name -> missing(missing, dialect, name);
            assertThat(of.apply("POSTGRESQL")).isEqualTo(java.util.Optional.of("org.flywaydb:flyway-database-postgresql"));
            assertThat(of.apply("MYSQL")).isEqualTo(java.util.Optional.of("org.flywaydb:flyway-mysql"));
            assertThat(of.apply("H2")).isEqualTo(java.util.Optional.empty());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object missing(java.lang.reflect.Method missing, Class<?> dialect, String name) {
        try {
            return missing.invoke(null, Enum.valueOf((Class) dialect, name));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The test class path as seen by Surefire, minus the jars whose file name matches. */
    private static URLClassLoader classPathWithout(Predicate<String> jarName) {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] urls = Arrays.stream(path.split(File.pathSeparator)).filter(e -> !e.isBlank())
                .filter(e -> !jarName.test(Path.of(e).getFileName().toString()))
                .map(OptionalDependenciesTest::url).toArray(URL[]::new);
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }
}
