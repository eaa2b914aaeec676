package org.minzheng.spring.boot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.json.MoneyFormat;
import org.minzheng.json.PersonalData;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code minzheng.*} properties (民政类库配置项): what the starter builds {@code CivilAffairs} from.
 *
 * <pre>
 * minzheng.region=321112
 * minzheng.standards.locations=file:/etc/county/standards
 * minzheng.clock.zone=Asia/Shanghai
 * minzheng.storage.type=jdbc
 * </pre>
 *
 * <p>A mutable bean, as Spring's binder needs; the starter reads it once at start-up.
 */
@ConfigurationProperties(prefix = "minzheng")
public class MinzhengProperties {

    /**
     * The region this application serves (服务辖区), as 2, 4, 6, 9 or 12 digits, e.g. 321112 for 丹徒区. When set,
     * CivilAffairs reads and writes only records inside it (its storage is scoped to it), the start-up check and the
     * health indicator require every mandatory standard of every program to resolve for it in the current month, and
     * the info endpoint lists the standards in force there.
     */
    private String region;

    private final Standards standards = new Standards();
    private final Programs programs = new Programs();
    private final ClockSettings clock = new ClockSettings();
    private final Reform reform = new Reform();
    private final Storage storage = new Storage();
    private final Json json = new Json();
    private final Metrics metrics = new Metrics();

    /** Creates the properties with their defaults. */
    public MinzhengProperties() {
    }

    /**
     * The region served.
     *
     * @return the region code as configured, or null
     */
    public String getRegion() {
        return region;
    }

    /**
     * Sets the region served.
     *
     * @param region the region code
     */
    public void setRegion(String region) {
        this.region = region;
    }

    /**
     * Standards settings.
     *
     * @return the settings
     */
    public Standards getStandards() {
        return standards;
    }

    /**
     * Program settings.
     *
     * @return the settings
     */
    public Programs getPrograms() {
        return programs;
    }

    /**
     * Clock settings.
     *
     * @return the settings
     */
    public ClockSettings getClock() {
        return clock;
    }

    /**
     * Reform settings.
     *
     * @return the settings
     */
    public Reform getReform() {
        return reform;
    }

    /**
     * Storage settings.
     *
     * @return the settings
     */
    public Storage getStorage() {
        return storage;
    }

    /**
     * JSON settings.
     *
     * @return the settings
     */
    public Json getJson() {
        return json;
    }

    /**
     * Metrics settings.
     *
     * @return the settings
     */
    public Metrics getMetrics() {
        return metrics;
    }

    /** {@code minzheng.standards.*}: where the regional standards come from (地区标准来源). */
    public static class Standards {
        /**
         * Whether to discover standards providers (regional plugins such as minzheng-jiangsu) on the class path with
         * ServiceLoader. Providers declared as beans and files in 'locations' are used either way.
         */
        private boolean discovery = true;

        /**
         * Standards files (YAML or JSON, the format of minzheng-json's StandardsFiles) or directories of them to
         * load, as paths ("/etc/county/standards", "file:standards") or class-path resources
         * ("classpath:county/standards.yaml"). Every problem of every file is reported at start-up.
         */
        private List<String> locations = new ArrayList<>();

        /**
         * Whether start-up fails when a mandatory standard of a registered program has no value for the configured
         * region in the current month, or a relation between standards (e.g. 特困 basic living not below the dibao
         * standard) does not hold. Without a region, only the presence of at least one provider is checked.
         */
        private boolean check = true;

        /** Creates the defaults. */
        public Standards() {
        }

        /**
         * Whether to discover providers.
         *
         * @return whether to discover
         */
        public boolean isDiscovery() {
            return discovery;
        }

        /**
         * Sets whether to discover providers.
         *
         * @param discovery whether to discover
         */
        public void setDiscovery(boolean discovery) {
            this.discovery = discovery;
        }

        /**
         * The standards files and directories.
         *
         * @return the locations
         */
        public List<String> getLocations() {
            return locations;
        }

        /**
         * Sets the standards files and directories.
         *
         * @param locations the locations
         */
        public void setLocations(List<String> locations) {
            this.locations = locations;
        }

        /**
         * Whether to check the standards at start-up.
         *
         * @return whether to check
         */
        public boolean isCheck() {
            return check;
        }

        /**
         * Sets whether to check the standards at start-up.
         *
         * @param check whether to check
         */
        public void setCheck(boolean check) {
            this.check = check;
        }
    }

    /** {@code minzheng.programs.*}: which programs the runtime knows (业务项目). */
    public static class Programs {
        /**
         * Whether to discover program providers (a region's own programs, e.g. Jiangsu's Spring Festival payment) on
         * the class path with ServiceLoader. The built-in national programs and program providers declared as beans
         * are used either way.
         */
        private boolean discovery = true;

        /** Creates the defaults. */
        public Programs() {
        }

        /**
         * Whether to discover program providers.
         *
         * @return whether to discover
         */
        public boolean isDiscovery() {
            return discovery;
        }

        /**
         * Sets whether to discover program providers.
         *
         * @param discovery whether to discover
         */
        public void setDiscovery(boolean discovery) {
            this.discovery = discovery;
        }
    }

    /** {@code minzheng.clock.*}: the time CivilAffairs works in (时钟与时区). Ignored when the application has a Clock bean. */
    public static class ClockSettings {
        /**
         * The time zone that decides the current month and the days of the audit log, e.g. Asia/Shanghai. Default: the
         * JVM's default zone.
         */
        private String zone;

        /**
         * A fixed instant the clock stands at, ISO-8601 with an offset, e.g. 2022-10-15T09:00:00+08:00 — for
         * demonstrations and acceptance tests on past standards. Never set it in production.
         */
        private String fixed;

        /** Creates the defaults. */
        public ClockSettings() {
        }

        /**
         * The zone.
         *
         * @return the zone id, or null
         */
        public String getZone() {
            return zone;
        }

        /**
         * Sets the zone.
         *
         * @param zone the zone id
         */
        public void setZone(String zone) {
            this.zone = zone;
        }

        /**
         * The fixed instant.
         *
         * @return the instant as configured, or null
         */
        public String getFixed() {
            return fixed;
        }

        /**
         * Sets the fixed instant.
         *
         * @param fixed the instant
         */
        public void setFixed(String fixed) {
            this.fixed = fixed;
        }
    }

    /** {@code minzheng.reform.*}: a reform applied on top of the resolved standards (政策调整测算). */
    public static class Reform {
        /**
         * A reform file (YAML or JSON) applied on top of every resolved standard, for what-if costing: keys 'name'
         * (required), 'within' (optional region code) and 'values' (standard code: value, typed by the standard).
         * Given as a path or a "classpath:" resource.
         */
        private String location;

        /** Creates the defaults. */
        public Reform() {
        }

        /**
         * The reform file.
         *
         * @return the location, or null
         */
        public String getLocation() {
            return location;
        }

        /**
         * Sets the reform file.
         *
         * @param location the location
         */
        public void setLocation(String location) {
            this.location = location;
        }
    }

    /** {@code minzheng.storage.*}: where records are kept (存储). Ignored when the application has a Storage bean. */
    public static class Storage {
        /**
         * The store: 'auto' (JDBC when the application has a DataSource and minzheng-jdbc is on the class path,
         * otherwise memory), 'memory', 'jdbc' or 'json'.
         */
        private StorageType type = StorageType.AUTO;

        private final Jdbc jdbc = new Jdbc();
        private final JsonFiles json = new JsonFiles();

        /** Creates the defaults. */
        public Storage() {
        }

        /**
         * The store type.
         *
         * @return the type
         */
        public StorageType getType() {
            return type;
        }

        /**
         * Sets the store type.
         *
         * @param type the type
         */
        public void setType(StorageType type) {
            this.type = type;
        }

        /**
         * JDBC settings.
         *
         * @return the settings
         */
        public Jdbc getJdbc() {
            return jdbc;
        }

        /**
         * JSON-file settings.
         *
         * @return the settings
         */
        public JsonFiles getJson() {
            return json;
        }
    }

    /** The kinds of store the starter can open. */
    public enum StorageType {
        /** JDBC when a DataSource and minzheng-jdbc are there, otherwise memory. */
        AUTO,
        /** The in-memory reference store (lost on exit). */
        MEMORY,
        /** JdbcStorage on the application's DataSource. */
        JDBC,
        /** JsonFileStorage in a directory. */
        JSON
    }

    /** {@code minzheng.storage.jdbc.*}. */
    public static class Jdbc {
        /**
         * Whether the starter creates or upgrades minzheng's tables at start-up with Flyway, recording them in
         * minzheng's own history table (minzheng_schema_history), after the application's own database
         * initialisation. Set false when the application's Flyway or a DBA applies minzheng's migrations.
         */
        private boolean migrate = true;

        /** Creates the defaults. */
        public Jdbc() {
        }

        /**
         * Whether to migrate.
         *
         * @return whether to migrate
         */
        public boolean isMigrate() {
            return migrate;
        }

        /**
         * Sets whether to migrate.
         *
         * @param migrate whether to migrate
         */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }
    }

    /** {@code minzheng.storage.json.*}. */
    public static class JsonFiles {
        /** The directory of the JSON-file store (created if missing; one process at a time). Required for type 'json'. */
        private Path directory;

        /** Creates the defaults. */
        public JsonFiles() {
        }

        /**
         * The directory.
         *
         * @return the directory, or null
         */
        public Path getDirectory() {
            return directory;
        }

        /**
         * Sets the directory.
         *
         * @param directory the directory
         */
        public void setDirectory(Path directory) {
            this.directory = directory;
        }
    }

    /** {@code minzheng.json.*}: MinzhengModule on the application's JsonMapper. */
    public static class Json {
        /** Whether to register MinzhengModule (identifiers, money, codes) on the application's Jackson 3 JsonMapper. */
        private boolean enabled = true;

        /** How money is written: 'string' ("1354.70", the default) or 'number' (1354.70). Both are read. */
        private MoneyFormat moneyFormat = MoneyFormat.STRING;

        /** Whether names, identity numbers and addresses are written in full ('full', the default) or masked ('masked'). */
        private PersonalData personalData = PersonalData.FULL;

        /** Creates the defaults. */
        public Json() {
        }

        /**
         * Whether to register the module.
         *
         * @return whether enabled
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether to register the module.
         *
         * @param enabled whether enabled
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * The money format.
         *
         * @return the format
         */
        public MoneyFormat getMoneyFormat() {
            return moneyFormat;
        }

        /**
         * Sets the money format.
         *
         * @param moneyFormat the format
         */
        public void setMoneyFormat(MoneyFormat moneyFormat) {
            this.moneyFormat = moneyFormat;
        }

        /**
         * The treatment of personal data.
         *
         * @return the treatment
         */
        public PersonalData getPersonalData() {
            return personalData;
        }

        /**
         * Sets the treatment of personal data.
         *
         * @param personalData the treatment
         */
        public void setPersonalData(PersonalData personalData) {
            this.personalData = personalData;
        }
    }

    /** {@code minzheng.metrics.*}. */
    public static class Metrics {
        /**
         * Whether AssessmentService and MonthlyRunService record Micrometer metrics (minzheng.assessments,
         * minzheng.monthly.*) when the application has a MeterRegistry.
         */
        private boolean enabled = true;

        /** Creates the defaults. */
        public Metrics() {
        }

        /**
         * Whether metrics are recorded.
         *
         * @return whether enabled
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether metrics are recorded.
         *
         * @param enabled whether enabled
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
