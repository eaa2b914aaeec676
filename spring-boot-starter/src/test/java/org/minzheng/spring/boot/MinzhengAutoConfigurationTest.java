package org.minzheng.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.jdbc.JdbcStorage;
import org.minzheng.jiangsu.JiangsuStandardsProvider;
import org.minzheng.json.store.JsonFileStorage;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.Programs;
import org.minzheng.runtime.StandardsProviders;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every condition of {@link MinzhengAutoConfiguration} and its storage configuration, one small context each. */
class MinzhengAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinzhengAutoConfiguration.class));

    /** In 2022-10 the Jiangsu plugin (on the test class path) covers 丹徒区. */
    private final ApplicationContextRunner dantu2022 = runner.withPropertyValues("minzheng.region=321112",
            "minzheng.clock.fixed=" + Fixtures.FIXED_2022_10, "minzheng.clock.zone=Asia/Shanghai");

    @Test
    void defaultsDiscoverThePluginAndKeepRecordsInMemory() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(CivilAffairs.class).hasSingleBean(AssessmentService.class)
                    .hasSingleBean(MonthlyRunService.class).hasSingleBean(StandardsStartupCheck.class)
                    .doesNotHaveBean(MinzhengMetrics.class);
            CivilAffairs ca = ctx.getBean(CivilAffairs.class);
            assertThat(ca.standardsProviders().providers()).extracting(p -> p.id()).contains(JiangsuStandardsProvider.ID);
            assertThat(ca.programs().find(org.minzheng.core.program.ProgramCode.of("js-spring-festival"))).isPresent();
            assertThat(ctx.getBean(Storage.class)).isInstanceOf(InMemoryStorage.class);
            assertThat(ca.storage().scope()).isEmpty();
            assertThat(ctx.getBean(Clock.class).getZone()).isEqualTo(ZoneId.systemDefault());
        });
    }

    @Test
    void assessesWithThePluginsStandards() {
        dantu2022.run(ctx -> {
            var d = ctx.getBean(AssessmentService.class).assess(NationalPrograms.DIBAO, Fixtures.household(),
                    YearMonth.of(2022, 10));
            assertThat(d.eligible()).isTrue();
            assertThat(d.amount()).isEqualTo(Money.of("657.00"));
        });
    }

    @Test
    void withoutAnyStandardsStartUpFailsSayingWhatToAdd() {
        runner.withPropertyValues("minzheng.standards.discovery=false").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(failure(ctx))
                    .hasMessageContaining("no standards provider").hasMessageContaining("minzheng.standards.locations");
        });
    }

    @Test
    void theCheckCanBeSwitchedOff() {
        runner.withPropertyValues("minzheng.standards.discovery=false", "minzheng.standards.check=false").run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(StandardsStartupCheck.class);
            assertThat(ctx.getBean(StandardsProviders.class).providers()).isEmpty();
        });
    }

    @Test
    void standardsFilesAreLoadedFromTheClassPathAndFromDirectories(@TempDir Path dir) throws Exception {
        runner.withPropertyValues("minzheng.standards.discovery=false",
                "minzheng.standards.locations=classpath:" + JiangsuStandardsProvider.RESOURCE).run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(StandardsProviders.class).providers()).singleElement()
                            .satisfies(p -> assertThat(p.id()).isEqualTo(JiangsuStandardsProvider.ID))
                            .satisfies(p -> assertThat(p).isNotInstanceOf(JiangsuStandardsProvider.class));
                });
        try (var in = getClass().getClassLoader().getResourceAsStream(JiangsuStandardsProvider.RESOURCE)) {
            Files.copy(in, dir.resolve("county.yaml"));
        }
        runner.withPropertyValues("minzheng.standards.discovery=false", "minzheng.standards.locations=file:" + dir,
                "minzheng.region=321112", "minzheng.clock.fixed=" + Fixtures.FIXED_2022_10).run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(StandardsProviders.class).providers()).hasSize(1);
                });
    }

    @Test
    void brokenStandardsFilesFailStartUpListingEveryProblem() {
        runner.withPropertyValues("minzheng.standards.locations=classpath:minzheng-test/broken-standards.yaml")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(failure(ctx))
                            .hasMessageContaining("broken-standards.yaml:")
                            .hasMessageContaining("no.such.standard").hasMessageContaining("dibao.standard.urban");
                });
        runner.withPropertyValues("minzheng.standards.locations=/no/such/dir").run(ctx ->
                assertThat(failure(ctx)).hasMessageContaining("/no/such/dir: no such file"));
    }

    @Test
    void programDiscoveryCanBeSwitchedOffAndProvidersDeclaredAsBeans() {
        runner.withPropertyValues("minzheng.programs.discovery=false").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(Programs.class).providers()).isEmpty();
        });
        runner.withPropertyValues("minzheng.programs.discovery=false")
                .withBean(org.minzheng.jiangsu.JiangsuPrograms.class).run(ctx ->
                        assertThat(ctx.getBean(Programs.class).providers()).singleElement()
                                .isInstanceOf(org.minzheng.jiangsu.JiangsuPrograms.class));
    }

    @Test
    void theClockHasTheConfiguredZoneAndMayStandStill() {
        dantu2022.run(ctx -> {
            Clock clock = ctx.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(clock.instant()).isEqualTo(Instant.parse("2022-10-15T01:00:00Z"));
            assertThat(ctx.getBean(CivilAffairs.class).currentMonth()).isEqualTo(YearMonth.of(2022, 10));
        });
        runner.withPropertyValues("minzheng.clock.zone=Mars/Olympus").run(ctx ->
                assertThat(failure(ctx)).hasMessageContaining("minzheng.clock.zone"));
        runner.withPropertyValues("minzheng.clock.fixed=yesterday").run(ctx ->
                assertThat(failure(ctx)).hasMessageContaining("minzheng.clock.fixed"));
    }

    @Test
    void anApplicationClockWins() {
        Clock mine = Clock.fixed(Instant.parse("2022-03-01T00:00:00Z"), ZoneOffset.UTC);
        runner.withBean(Clock.class, () -> mine).run(ctx ->
                assertThat(ctx.getBean(CivilAffairs.class).clock()).isSameAs(mine));
    }

    @Test
    void theRegionScopesTheStorageAndIsChecked() {
        dantu2022.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(CivilAffairs.class).storage().scope()).contains(RegionCode.parse("321112"));
        });
        runner.withPropertyValues("minzheng.region=3211x2").run(ctx ->
                assertThat(failure(ctx)).hasMessageContaining("minzheng.region=3211x2"));
    }

    @Test
    void standardsThatDoNotCoverTheRegionThisMonthFailStartUp() {
        runner.withPropertyValues("minzheng.region=321112", "minzheng.clock.fixed=2030-01-15T09:00:00+08:00")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(failure(ctx))
                            .hasMessageContaining("do not cover region 321112 in 2030-01")
                            .hasMessageContaining("mandatory standard " + Dibao.STANDARD_RURAL.code());
                });
        runner.withPropertyValues("minzheng.region=110105", "minzheng.clock.fixed=" + Fixtures.FIXED_2022_10)
                .run(ctx -> assertThat(failure(ctx))
                        .hasMessageContaining("do not cover region 110105"));
    }

    @Test
    void aReformFileIsAppliedOnTopOfTheStandards() {
        dantu2022.withPropertyValues("minzheng.reform.location=classpath:minzheng-test/reform.yaml").run(ctx -> {
            CivilAffairs ca = ctx.getBean(CivilAffairs.class);
            assertThat(ca.reform()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("城乡低保标准统一（测算）"));
            assertThat(ca.standards(RegionCode.parse("321112"), YearMonth.of(2022, 10)).get(Dibao.STANDARD_RURAL))
                    .isEqualTo(Money.of("950.00"));
        });
        runner.withPropertyValues("minzheng.reform.location=classpath:minzheng-test/broken-reform.yaml").run(ctx ->
                assertThat(failure(ctx))
                        .hasMessageContaining("unknown key 'colour'").hasMessageContaining("values.no.such.standard")
                        .hasMessageContaining("values.dibao.standard.rural"));
        runner.withPropertyValues("minzheng.reform.location=/no/such/reform.yaml").run(ctx ->
                assertThat(failure(ctx)).hasMessageContaining("no such file"));
    }

    @Test
    void aDataSourceGivesMigratedJdbcStorageWithItsOwnHistoryTable() {
        DataSource ds = h2();
        runner.withBean(DataSource.class, () -> ds).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(Storage.class)).isInstanceOf(JdbcStorage.class);
            assertThat(tables(ds)).contains("MINZHENG_SCHEMA_HISTORY", "MZ_HOUSEHOLD");
        });
    }

    @Test
    void migrationAcceptsASchemaThatAlreadyHoldsTheApplicationsTables() throws Exception {
        DataSource ds = h2();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table county_user (id int primary key)");
            s.execute("create table flyway_schema_history (installed_rank int primary key)");
        }
        runner.withBean(DataSource.class, () -> ds).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(tables(ds)).contains("COUNTY_USER", "MINZHENG_SCHEMA_HISTORY", "MZ_HOUSEHOLD");
            ctx.getBean(CivilAffairs.class).storage().households().save(Fixtures.household(),
                    org.minzheng.spi.storage.WriteContext.of("test", "migration"));
        });
    }

    @Test
    void migrationCanBeLeftToTheApplication() {
        DataSource ds = h2();
        runner.withBean(DataSource.class, () -> ds).withPropertyValues("minzheng.storage.jdbc.migrate=false")
                .run(ctx -> {
                    assertThat(ctx.getBean(Storage.class)).isInstanceOf(JdbcStorage.class);
                    assertThat(tables(ds)).doesNotContain("MINZHENG_SCHEMA_HISTORY");
                });
    }

    @Test
    void memoryCanBeChosenDespiteADataSource() {
        runner.withBean(DataSource.class, MinzhengAutoConfigurationTest::h2)
                .withPropertyValues("minzheng.storage.type=memory")
                .run(ctx -> assertThat(ctx.getBean(Storage.class)).isInstanceOf(InMemoryStorage.class));
    }

    @Test
    void withoutMinzhengJdbcAutoFallsBackToMemoryAndJdbcFails() {
        ApplicationContextRunner noJdbc = runner.withClassLoader(new FilteredClassLoader(JdbcStorage.class))
                .withBean(DataSource.class, MinzhengAutoConfigurationTest::h2);
        noJdbc.run(ctx -> assertThat(ctx.getBean(Storage.class)).isInstanceOf(InMemoryStorage.class));
        noJdbc.withPropertyValues("minzheng.storage.type=jdbc").run(ctx ->
                assertThat(failure(ctx)).hasMessageContaining("minzheng-jdbc is not on the class path"));
        runner.withPropertyValues("minzheng.storage.type=jdbc").run(ctx ->
                assertThat(failure(ctx)).hasMessageContaining("has no DataSource"));
    }

    @Test
    void jsonFilesNeedADirectory(@TempDir Path dir) {
        runner.withPropertyValues("minzheng.storage.type=json", "minzheng.storage.json.directory=" + dir).run(ctx -> {
            assertThat(ctx.getBean(Storage.class)).isInstanceOf(JsonFileStorage.class);
            ctx.getBean(Storage.class).households().save(Fixtures.household(),
                    org.minzheng.spi.storage.WriteContext.of("test", "json"));
        });
        assertThat(dir.resolve("journal")).isDirectory();
        runner.withPropertyValues("minzheng.storage.type=json").run(ctx ->
                assertThat(failure(ctx))
                        .hasMessageContaining("minzheng.storage.json.directory is not set"));
    }

    @Test
    void everyBeanGivesWayToTheApplications() {
        CivilAffairs mine = CivilAffairs.builder().build();
        Storage storage = InMemoryStorage.create();
        runner.withBean(CivilAffairs.class, () -> mine).withBean(Storage.class, () -> storage)
                .withBean(StandardsProviders.class, StandardsProviders::discover)
                .withBean(Programs.class, Programs::builtIn)
                .withBean(AssessmentService.class, () -> new AssessmentService(mine, MinzhengMetrics.NONE))
                .withBean(MonthlyRunService.class, () -> new MonthlyRunService(mine, MinzhengMetrics.NONE))
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(CivilAffairs.class)).isSameAs(mine);
                    assertThat(ctx.getBean(Storage.class)).isSameAs(storage);
                    assertThat(ctx.getBean(Programs.class).providers()).isEmpty();
                    assertThat(ctx.getBean(AssessmentService.class).civilAffairs()).isSameAs(mine);
                    assertThat(ctx.getBean(MonthlyRunService.class).civilAffairs()).isSameAs(mine);
                });
    }

    @Test
    void theFailureAnalyzerPrintsProblemsAndAction() {
        var e = new MinzhengConfigurationException("summary", java.util.List.of("one", "two"), "do this", null);
        var analysis = new MinzhengFailureAnalyzer().analyze(new IllegalStateException("wrapped", e));
        assertThat(analysis.getDescription()).contains("summary", "- one", "- two");
        assertThat(analysis.getAction()).isEqualTo("do this");
    }

    /** The configuration exception in the start-up failure's causes. */
    static MinzhengConfigurationException failure(
            org.springframework.boot.test.context.assertj.AssertableApplicationContext ctx) {
        assertThat(ctx).hasFailed();
        for (Throwable t = ctx.getStartupFailure(); t != null; t = t.getCause()) {
            if (t instanceof MinzhengConfigurationException e) {
                return e;
            }
        }
        throw new AssertionError("no MinzhengConfigurationException in " + ctx.getStartupFailure());
    }

    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:starter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    static java.util.List<String> tables(DataSource ds) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }
}
