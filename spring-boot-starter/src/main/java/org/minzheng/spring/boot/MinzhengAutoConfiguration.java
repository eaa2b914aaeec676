package org.minzheng.spring.boot;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.standards.Reform;
import org.minzheng.json.standards.FileStandardsProvider;
import org.minzheng.json.standards.StandardsFileException;
import org.minzheng.json.standards.StandardsFileProblem;
import org.minzheng.json.standards.StandardsFiles;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.Programs;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.IncompatibleProviderException;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.storage.Storage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of {@link CivilAffairs} (民政运行时自动配置) from the {@code minzheng.*} properties: the clock, the
 * programs, the standards providers (discovered, declared as beans and loaded from files), a reform, the storage
 * ({@link MinzhengStorageConfiguration}), a start-up check of the standards for the region served, and the metered
 * {@link AssessmentService} and {@link MonthlyRunService}.
 *
 * <p>Every bean is {@link ConditionalOnMissingBean}: an application replaces any of them by declaring its own.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@EnableConfigurationProperties(MinzhengProperties.class)
@Import({MinzhengStorageConfiguration.JdbcStorageConfiguration.class,
        MinzhengStorageConfiguration.JsonStorageConfiguration.class,
        MinzhengStorageConfiguration.MemoryStorageConfiguration.class,
        MinzhengStorageConfiguration.JdbcUnavailableConfiguration.class})
public class MinzhengAutoConfiguration {

    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    /** Creates the configuration. */
    public MinzhengAutoConfiguration() {
    }

    /**
     * The clock: fixed if {@code minzheng.clock.fixed} is set, otherwise the system clock, in {@code minzheng.clock.zone}
     * or the JVM's default zone.
     *
     * @param properties the properties
     * @return the clock
     */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    public Clock minzhengClock(MinzhengProperties properties) {
        MinzhengProperties.ClockSettings c = properties.getClock();
        ZoneId zone;
        try {
            zone = c.getZone() == null || c.getZone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(c.getZone().strip());
        } catch (DateTimeException e) {
            throw new MinzhengConfigurationException("minzheng.clock.zone is not a time zone (时区无效)",
                    List.of("minzheng.clock.zone=" + c.getZone() + ": " + e.getMessage()),
                    "set minzheng.clock.zone to a zone id such as Asia/Shanghai", null);
        }
        if (c.getFixed() == null || c.getFixed().isBlank()) {
            return Clock.system(zone);
        }
        try {
            return Clock.fixed(OffsetDateTime.parse(c.getFixed().strip()).toInstant(), zone);
        } catch (DateTimeParseException e) {
            throw new MinzhengConfigurationException("minzheng.clock.fixed is not an instant (固定时刻无效)",
                    List.of("minzheng.clock.fixed=" + c.getFixed() + ": " + e.getMessage()),
                    "write an ISO-8601 instant with its offset, e.g. 2022-10-15T09:00:00+08:00", null);
        }
    }

    /**
     * The programs: the built-in national programs, program providers declared as beans, and — unless
     * {@code minzheng.programs.discovery=false} — those found with ServiceLoader.
     *
     * @param properties the properties
     * @param providers program providers declared as beans
     * @return the programs
     */
    @Bean
    @ConditionalOnMissingBean
    public Programs minzhengPrograms(MinzhengProperties properties, ObjectProvider<ProgramProvider> providers) {
        try {
            Programs.Builder b = Programs.builder().discovery(properties.getPrograms().isDiscovery());
            providers.orderedStream().forEach(b::add);
            return b.build();
        } catch (IncompatibleProviderException | IllegalArgumentException e) {
            throw new MinzhengConfigurationException("the programs cannot be loaded (业务项目加载失败)",
                    List.of(e.getMessage()), "remove or upgrade the program provider named above, or switch discovery "
                            + "off with minzheng.programs.discovery=false and declare the providers you want as beans", e);
        }
    }

    /**
     * The standards providers: those declared as beans, the files of {@code minzheng.standards.locations}, and —
     * unless {@code minzheng.standards.discovery=false} — those found with ServiceLoader. Every problem of every file
     * is reported at once.
     *
     * @param properties the properties
     * @param programs the programs (their standards are the ones files may set)
     * @param providers standards providers declared as beans
     * @return the providers
     */
    @Bean
    @ConditionalOnMissingBean
    public StandardsProviders minzhengStandardsProviders(MinzhengProperties properties, Programs programs,
                                                         ObjectProvider<StandardsProvider> providers) {
        List<FileStandardsProvider> files = loadFiles(properties.getStandards().getLocations(), programs);
        try {
            StandardsProviders.Builder b = StandardsProviders.builder()
                    .discovery(properties.getStandards().isDiscovery());
            providers.orderedStream().forEach(b::add);
            files.forEach(b::add);
            return b.build();
        } catch (IncompatibleProviderException | IllegalArgumentException e) {
            throw new MinzhengConfigurationException("the standards providers cannot be loaded (标准提供者加载失败)",
                    List.of(e.getMessage()), "fix or remove the provider or file named above; two providers at the same "
                            + "priority must not both set a standard for one region and day", e);
        }
    }

    private static List<FileStandardsProvider> loadFiles(List<String> locations, Programs programs) {
        if (locations == null || locations.isEmpty()) {
            return List.of();
        }
        StandardsFiles loader = StandardsFiles.loader().withStandards(programs.standards());
        List<Path> paths = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        for (String location : locations) {
            String l = location.strip();
            if (l.startsWith(CLASSPATH)) {
                resources.add(stripSlash(l.substring(CLASSPATH.length())));
            } else {
                paths.add(Path.of(l.startsWith(FILE) ? l.substring(FILE.length()) : l));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.add(p + ": no such file or directory (找不到标准文件)");
            }
        }
        if (!problems.isEmpty()) {
            throw standardsFilesFailed(problems, null);
        }
        try {
            List<FileStandardsProvider> out = new ArrayList<>();
            if (!paths.isEmpty()) {
                out.addAll(loader.load(paths.toArray(Path[]::new)));
            }
            if (!resources.isEmpty()) {
                ClassLoader cl = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                        .orElse(MinzhengAutoConfiguration.class.getClassLoader());
                out.addAll(loader.loadResources(cl, resources.toArray(String[]::new)));
            }
            return out;
        } catch (StandardsFileException e) {
            throw standardsFilesFailed(e.problems().stream().map(StandardsFileProblem::toString).toList(), e);
        } catch (UncheckedIOException e) {
            throw standardsFilesFailed(List.of(e.getMessage()), e);
        }
    }

    private static String stripSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private static MinzhengConfigurationException standardsFilesFailed(List<String> problems, Throwable cause) {
        return new MinzhengConfigurationException("the standards files of minzheng.standards.locations are invalid "
                + "(标准文件有误)", problems, "fix every problem listed (file, line and entry are named), or correct "
                + "minzheng.standards.locations", cause);
    }

    /**
     * The runtime: the programs, standards and storage composed with the clock and, when {@code
     * minzheng.reform.location} names a file, a reform. With {@code minzheng.region} set, its storage is the storage
     * scoped to that region.
     *
     * @param properties the properties
     * @param providers the standards providers
     * @param programs the programs
     * @param clock the clock
     * @param storage the storage
     * @return the runtime
     */
    @Bean
    @ConditionalOnMissingBean
    public CivilAffairs civilAffairs(MinzhengProperties properties, StandardsProviders providers, Programs programs,
                                     Clock clock, Storage storage) {
        Optional<RegionCode> region = region(properties);
        CivilAffairs.Builder b = CivilAffairs.builder().standards(providers).programs(programs).clock(clock)
                .storage(region.map(storage::scopedTo).orElse(storage));
        String reform = properties.getReform().getLocation();
        if (reform != null && !reform.isBlank()) {
            b.reform(readReform(reform.strip(), programs));
        }
        return b.build();
    }

    private static Reform readReform(String location, Programs programs) {
        if (location.startsWith(CLASSPATH)) {
            String name = stripSlash(location.substring(CLASSPATH.length()));
            ClassLoader cl = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                    .orElse(MinzhengAutoConfiguration.class.getClassLoader());
            return ReformFile.read(location, () -> cl.getResourceAsStream(name), programs.standards());
        }
        Path path = Path.of(location.startsWith(FILE) ? location.substring(FILE.length()) : location);
        return ReformFile.read(location, () -> Files.exists(path) ? Files.newInputStream(path) : (InputStream) null,
                programs.standards());
    }

    /**
     * Checks at start-up that the standards cover the region served in the current month (on unless {@code
     * minzheng.standards.check=false}).
     *
     * @param properties the properties
     * @param civilAffairs the runtime
     * @return the check, run once every singleton exists
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "minzheng.standards.check", matchIfMissing = true)
    public StandardsStartupCheck minzhengStandardsStartupCheck(MinzhengProperties properties,
                                                               ObjectProvider<CivilAffairs> civilAffairs) {
        return new StandardsStartupCheck(civilAffairs, region(properties));
    }

    /**
     * Assessment with metrics.
     *
     * @param civilAffairs the runtime
     * @param metrics the metrics, if any
     * @return the service
     */
    @Bean
    @ConditionalOnMissingBean
    public AssessmentService minzhengAssessmentService(CivilAffairs civilAffairs, ObjectProvider<MinzhengMetrics> metrics) {
        return new AssessmentService(civilAffairs, metrics.getIfAvailable(() -> MinzhengMetrics.NONE));
    }

    /**
     * Monthly runs with metrics.
     *
     * @param civilAffairs the runtime
     * @param metrics the metrics, if any
     * @return the service
     */
    @Bean
    @ConditionalOnMissingBean
    public MonthlyRunService minzhengMonthlyRunService(CivilAffairs civilAffairs, ObjectProvider<MinzhengMetrics> metrics) {
        return new MonthlyRunService(civilAffairs, metrics.getIfAvailable(() -> MinzhengMetrics.NONE));
    }

    /**
     * The region of {@code minzheng.region}, if set.
     *
     * @param properties the properties
     * @return the region
     * @throws MinzhengConfigurationException if it is not a region code
     */
    static Optional<RegionCode> region(MinzhengProperties properties) {
        String r = properties.getRegion();
        if (r == null || r.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RegionCode.parse(r.strip()));
        } catch (IllegalArgumentException e) {
            throw new MinzhengConfigurationException("minzheng.region is not a region code (行政区划代码无效)",
                    List.of("minzheng.region=" + r + ": " + e.getMessage()),
                    "set minzheng.region to the 2, 4, 6, 9 or 12 digits of the region served, e.g. 321112", e);
        }
    }
}
