package org.minzheng.spring.boot;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.minzheng.jdbc.Dialect;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.json.store.JsonFileStorage;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.StorageException;
import org.minzheng.spring.boot.MinzhengProperties.StorageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * The storage the starter opens (存储自动配置), by {@code minzheng.storage.type}: {@code auto} (the default) — JDBC on the
 * application's {@link DataSource} when minzheng-jdbc is on the class path, otherwise memory; {@code jdbc}; {@code
 * json} (a directory); {@code memory}. An application's own {@link Storage} bean replaces them all.
 */
final class MinzhengStorageConfiguration {

    private MinzhengStorageConfiguration() {
    }

    /** {@link JdbcStorage} on the application's DataSource, migrated unless {@code minzheng.storage.jdbc.migrate=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({JdbcStorage.class, DataSource.class})
    @ConditionalOnBean(DataSource.class)
    @Conditional(OnAutoOrJdbc.class)
    static class JdbcStorageConfiguration {

        private static final Logger LOG = LoggerFactory.getLogger(JdbcStorageConfiguration.class);

        @Bean
        @ConditionalOnMissingBean(Storage.class)
        @DependsOnDatabaseInitialization
        Storage minzhengStorage(DataSource dataSource, Clock clock, MinzhengProperties properties) {
            if (properties.getStorage().getJdbc().isMigrate()) {
                migrate(dataSource);
            }
            try {
                return JdbcStorage.of(dataSource, clock);
            } catch (StorageException e) {
                throw new MinzhengConfigurationException("the database cannot be used for minzheng's storage (数据库不可用)",
                        List.of(e.getMessage()), "check the DataSource (spring.datasource.*): minzheng supports H2, "
                                + "PostgreSQL (and the openGauss / KingbaseES family), MariaDB and MySQL", e);
            }
        }

        /**
         * Creates or upgrades minzheng's tables with Flyway in its own history table. Unlike {@link JdbcStorage#migrate},
         * a schema that already holds the application's tables is accepted (baseline at version 0, so every minzheng
         * migration still runs): the starter runs after the application's own Flyway (decision 0191).
         *
         * @param dataSource the database
         * @return the migrations applied
         */
        static int migrate(DataSource dataSource) {
            Dialect dialect;
            try {
                dialect = JdbcStorage.dialectOf(dataSource);
            } catch (StorageException e) {
                throw new MinzhengConfigurationException("the database cannot be reached or is not supported (数据库不可用)",
                        List.of(e.getMessage()), "check the DataSource (spring.datasource.*)", e);
            }
            try {
                int applied = Flyway.configure(JdbcStorage.class.getClassLoader())
                        .dataSource(dataSource)
                        .locations(dialect.migrationLocation())
                        .table(JdbcStorage.HISTORY_TABLE)
                        .failOnMissingLocations(true)
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate()
                        .migrationsExecuted;
                LOG.info("minzheng: schema on {} is current ({} migration(s) applied, history in {})", dialect, applied,
                        JdbcStorage.HISTORY_TABLE);
                return applied;
            } catch (FlywayException e) {
                String plugin = switch (dialect) {
                    case POSTGRESQL -> "; Flyway needs org.flywaydb:flyway-database-postgresql on the class path";
                    case MYSQL -> "; Flyway needs org.flywaydb:flyway-mysql on the class path";
                    default -> "";
                };
                throw new MinzhengConfigurationException("migrating minzheng's tables failed on " + dialect
                        + " (数据库结构迁移失败)", List.of(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + plugin),
                        "fix the cause above, or set minzheng.storage.jdbc.migrate=false and apply the migrations under "
                                + dialect.migrationLocation() + " yourself (history table " + JdbcStorage.HISTORY_TABLE + ")",
                        e);
            }
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "";
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }

    /** {@link JsonFileStorage} in {@code minzheng.storage.json.directory}. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(OnJson.class)
    static class JsonStorageConfiguration {

        @Bean
        @ConditionalOnMissingBean(Storage.class)
        Storage minzhengStorage(MinzhengProperties properties, Clock clock) {
            if (properties.getStorage().getJson().getDirectory() == null) {
                throw new MinzhengConfigurationException("minzheng.storage.type=json needs a directory (缺少存储目录)",
                        List.of("minzheng.storage.json.directory is not set"),
                        "set minzheng.storage.json.directory to a directory this process alone writes to", null);
            }
            try {
                return JsonFileStorage.open(properties.getStorage().getJson().getDirectory(), clock);
            } catch (StorageException e) {
                throw new MinzhengConfigurationException("the JSON-file store cannot be opened (无法打开文件存储)",
                        List.of(e.getMessage()), "check minzheng.storage.json.directory; only one process may open it", e);
            }
        }
    }

    /** {@link InMemoryStorage}: for {@code memory}, and for {@code auto} without a DataSource or minzheng-jdbc. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(OnAutoOrMemory.class)
    static class MemoryStorageConfiguration {

        private static final Logger LOG = LoggerFactory.getLogger(MemoryStorageConfiguration.class);

        @Bean
        @ConditionalOnMissingBean(Storage.class)
        Storage minzhengStorage() {
            LOG.info("minzheng: records are kept in memory and lost on exit (minzheng.storage.type)");
            return InMemoryStorage.create();
        }
    }

    /** {@code jdbc} asked for, but no DataSource or no minzheng-jdbc: start-up fails saying which. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(OnJdbc.class)
    static class JdbcUnavailableConfiguration {

        @Bean
        @ConditionalOnMissingBean(Storage.class)
        Storage minzhengStorage(ResourceLoader resourceLoader) {
            boolean jdbc = ClassUtils.isPresent("org.minzheng.jdbc.JdbcStorage", resourceLoader.getClassLoader());
            throw new MinzhengConfigurationException("minzheng.storage.type=jdbc but " + (jdbc
                    ? "the application has no DataSource" : "minzheng-jdbc is not on the class path") + " (无法使用数据库存储)",
                    List.of(), jdbc ? "configure a DataSource (spring.datasource.url, or spring-boot-starter-jdbc)"
                            : "add the dependency org.minzheng:minzheng-jdbc and your database's driver", null);
        }
    }

    /** Matches when {@code minzheng.storage.type} is one of some types. */
    abstract static class StorageTypeCondition extends SpringBootCondition {
        private final Set<StorageType> types;

        StorageTypeCondition(StorageType first, StorageType... rest) {
            this.types = EnumSet.of(first, rest);
        }

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            StorageType type = Binder.get(context.getEnvironment()).bind("minzheng.storage.type", StorageType.class)
                    .orElse(StorageType.AUTO);
            String message = "minzheng.storage.type=" + type.name().toLowerCase(Locale.ROOT);
            return types.contains(type) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
        }
    }

    static final class OnAutoOrJdbc extends StorageTypeCondition {
        OnAutoOrJdbc() {
            super(StorageType.AUTO, StorageType.JDBC);
        }
    }

    static final class OnAutoOrMemory extends StorageTypeCondition {
        OnAutoOrMemory() {
            super(StorageType.AUTO, StorageType.MEMORY);
        }
    }

    static final class OnJson extends StorageTypeCondition {
        OnJson() {
            super(StorageType.JSON);
        }
    }

    static final class OnJdbc extends StorageTypeCondition {
        OnJdbc() {
            super(StorageType.JDBC);
        }
    }
}
