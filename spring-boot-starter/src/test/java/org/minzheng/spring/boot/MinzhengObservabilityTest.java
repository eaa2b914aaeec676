package org.minzheng.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.json.MinzhengModule;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.ProgramRun;
import org.minzheng.runtime.RunFailure;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.StorageException;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The metrics, health, info and Jackson auto-configurations: each condition, and what each bean reports. */
class MinzhengObservabilityTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinzhengAutoConfiguration.class,
                    MinzhengMetricsAutoConfiguration.class, MinzhengActuatorAutoConfiguration.class,
                    MinzhengJacksonAutoConfiguration.class))
            .withPropertyValues("minzheng.region=321112", "minzheng.clock.fixed=" + Fixtures.FIXED_2022_10,
                    "minzheng.clock.zone=Asia/Shanghai");

    private final ApplicationContextRunner metered = runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void assessmentsAreCountedAndTimedByProgramAndOutcome() {
        metered.run(ctx -> {
            assertThat(ctx).hasSingleBean(MicrometerMinzhengMetrics.class);
            AssessmentService s = ctx.getBean(AssessmentService.class);
            s.assess(NationalPrograms.DIBAO, Fixtures.household(), YearMonth.of(2022, 10));
            s.assess(NationalPrograms.DIBAO, Fixtures.household(), YearMonth.of(2022, 10));
            assertThatThrownBy(() -> s.assess(ProgramCode.of("no-such-program"), Fixtures.household(),
                    YearMonth.of(2022, 10))).isInstanceOf(RuntimeException.class);
            MeterRegistry r = ctx.getBean(MeterRegistry.class);
            assertThat(r.get(MicrometerMinzhengMetrics.ASSESSMENTS).tag("program", "dibao").tag("outcome", "eligible")
                    .timer().count()).isEqualTo(2);
            assertThat(r.get(MicrometerMinzhengMetrics.ASSESSMENTS).tag("program", "no-such-program")
                    .tag("outcome", "error").timer().count()).isEqualTo(1);
        });
    }

    @Test
    void monthlyRunsRecordCasesAmountsFailuresAndDuration() {
        metered.run(ctx -> {
            MonthlyRun run = ctx.getBean(MonthlyRunService.class).runMonth(YearMonth.of(2022, 10),
                    RegionCode.parse("321112"));
            MeterRegistry r = ctx.getBean(MeterRegistry.class);
            assertThat(run.complete()).isTrue();
            assertThat(r.get(MicrometerMinzhengMetrics.RUNS).tag("region", "321112").tag("outcome", "complete")
                    .timer().count()).isEqualTo(1);
            // figures of a run with cases: recorded per program
            MicrometerMinzhengMetrics m = ctx.getBean(MicrometerMinzhengMetrics.class);
            m.runFinished(new MonthlyRun(YearMonth.of(2022, 10), RegionCode.parse("321112101"),
                    Map.of(NationalPrograms.DIBAO, new ProgramRun(NationalPrograms.DIBAO, 3, 2, 2, 0, 1, 0, 0, 1,
                            Money.of("1140.00"))), List.of(), List.of(), true, java.time.Duration.ofMillis(5)));
            m.runFailure(new RunFailure(java.util.Optional.empty(), java.util.Optional.of(NationalPrograms.DIBAO),
                    "assessment-failed", "case C1: no standard"));
            assertThat(r.get(MicrometerMinzhengMetrics.CASES).tag("program", "dibao").tag("kind", "assessed")
                    .counter().count()).isEqualTo(3);
            assertThat(r.get(MicrometerMinzhengMetrics.CASES).tag("program", "dibao").tag("kind", "failed")
                    .counter().count()).isEqualTo(1);
            assertThat(r.get(MicrometerMinzhengMetrics.AMOUNT).tag("program", "dibao").summary().totalAmount())
                    .isEqualTo(1140.0);
            assertThat(r.get(MicrometerMinzhengMetrics.FAILURES).tag("code", "assessment-failed").counter().count())
                    .isEqualTo(1);
        });
    }

    @Test
    void noMetricsWithoutARegistryMicrometerOrWhenSwitchedOff() {
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(MinzhengMetrics.class).hasSingleBean(AssessmentService.class));
        metered.withPropertyValues("minzheng.metrics.enabled=false").run(ctx ->
                assertThat(ctx).doesNotHaveBean(MinzhengMetrics.class));
        metered.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(ctx ->
                assertThat(ctx).doesNotHaveBean(MinzhengMetrics.class));
    }

    @Test
    void healthIsUpWhenTheStandardsCoverTheRegionAndTheStorageAnswers() {
        runner.run(ctx -> {
            var health = ctx.getBean("minzhengHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("region", "321112").containsEntry("month", "2022-10")
                    .containsEntry("storage", "reachable").containsEntry("standards", "cover the region this month");
        });
    }

    @Test
    void healthIsDownWhenTheStandardsRunOutOrTheStorageFails() {
        runner.withPropertyValues("minzheng.clock.fixed=2030-01-15T09:00:00+08:00", "minzheng.standards.check=false")
                .run(ctx -> {
                    var health = ctx.getBean(MinzhengHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails().get("standards")).asString().contains("mandatory standard");
                });
        runner.withBean(Storage.class, BrokenStorage::new).run(ctx -> {
            var health = ctx.getBean(MinzhengHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("storage", "unreachable: StorageException");
        });
    }

    @Test
    void healthAndInfoCanBeSwitchedOffOrLeftOut() {
        runner.withPropertyValues("management.health.minzheng.enabled=false", "management.info.minzheng.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(MinzhengHealthIndicator.class)
                        .doesNotHaveBean(MinzhengInfoContributor.class));
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class,
                org.springframework.boot.actuate.info.InfoContributor.class)).run(ctx ->
                assertThat(ctx).hasNotFailed().doesNotHaveBean(MinzhengHealthIndicator.class)
                        .doesNotHaveBean(MinzhengInfoContributor.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void infoNamesProvidersVersionsProgramsAndTheStandardsInForce() {
        runner.run(ctx -> {
            Info.Builder b = new Info.Builder();
            ctx.getBean(MinzhengInfoContributor.class).contribute(b);
            Map<String, Object> info = (Map<String, Object>) b.build().getDetails().get("minzheng");
            assertThat(info).containsKeys("version", "spi", "standardsProviders", "programProviders", "programs")
                    .containsEntry("region", "321112").containsEntry("month", "2022-10");
            assertThat((List<Map<String, Object>>) info.get("standardsProviders"))
                    .anySatisfy(p -> assertThat(p).containsEntry("id", "jiangsu-example").containsKey("version"));
            assertThat((List<Map<String, Object>>) info.get("programs"))
                    .anySatisfy(p -> assertThat(p).containsEntry("code", "js-spring-festival"));
            Map<String, Map<String, Object>> inForce = (Map<String, Map<String, Object>>) info.get("standardsInForce");
            assertThat(inForce.get("dibao.standard.rural")).containsKeys("value", "source", "region");
        });
    }

    @Test
    void theApplicationsJsonMapperSpeaksMinzheng() {
        ApplicationContextRunner json = runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));
        json.run(ctx -> {
            JsonMapper mapper = ctx.getBean(JsonMapper.class);
            assertThat(mapper.writeValueAsString(Money.of("1354.7"))).isEqualTo("\"1354.70\"");
            assertThat(mapper.readValue("\"321112\"", RegionCode.class)).isEqualTo(RegionCode.parse("321112000000"));
            String household = mapper.writeValueAsString(Fixtures.household());
            assertThat(mapper.readValue(household, org.minzheng.core.registry.Household.class))
                    .isEqualTo(Fixtures.household());
        });
        json.withPropertyValues("minzheng.json.money-format=number").run(ctx ->
                assertThat(ctx.getBean(JsonMapper.class).writeValueAsString(Money.of("1354.7"))).isEqualTo("1354.70"));
        json.withPropertyValues("minzheng.json.enabled=false").run(ctx -> {
            assertThat(ctx).doesNotHaveBean(MinzhengModule.class);
            assertThat(ctx.getBean(JsonMapper.class).writeValueAsString(Money.of("1354.7"))).doesNotContain("\"1354.70\"");
        });
        MinzhengModule mine = MinzhengModule.builder().noClock().build();
        json.withBean(MinzhengModule.class, () -> mine).run(ctx ->
                assertThat(ctx.getBean(MinzhengModule.class)).isSameAs(mine));
    }

    /** A store whose every read fails, as a database that went away. */
    static final class BrokenStorage implements Storage {
        private final Storage delegate = InMemoryStorage.create();

        @Override
        public org.minzheng.spi.storage.HouseholdRepository households() {
            throw new StorageException("connection refused");
        }

        @Override
        public org.minzheng.spi.storage.PersonRepository persons() {
            return delegate.persons();
        }

        @Override
        public org.minzheng.spi.storage.CaseRepository cases() {
            return delegate.cases();
        }

        @Override
        public org.minzheng.spi.storage.PaymentRepository payments() {
            return delegate.payments();
        }

        @Override
        public org.minzheng.spi.storage.ServiceRecordRepository serviceRecords() {
            return delegate.serviceRecords();
        }

        @Override
        public org.minzheng.spi.storage.FacilityRepository facilities() {
            return delegate.facilities();
        }

        @Override
        public org.minzheng.spi.storage.AuditLog audit() {
            return delegate.audit();
        }

        @Override
        public <T> T inTransaction(org.minzheng.spi.storage.TransactionWork<T> work) {
            return delegate.inTransaction(work);
        }

        @Override
        public Storage scopedTo(RegionCode region) {
            return this;
        }

        @Override
        public java.util.Optional<RegionCode> scope() {
            return java.util.Optional.empty();
        }

        @Override
        public void close() {
        }
    }
}
