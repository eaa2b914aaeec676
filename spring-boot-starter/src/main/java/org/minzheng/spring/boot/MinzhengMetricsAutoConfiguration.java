package org.minzheng.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics for assessments and monthly runs (业务指标自动配置): a {@link MicrometerMinzhengMetrics} on the
 * application's {@link MeterRegistry}, used by {@link AssessmentService} and {@link MonthlyRunService}. Needs
 * micrometer-core and a registry (e.g. spring-boot-starter-actuator); off with {@code minzheng.metrics.enabled=false}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "minzheng.metrics.enabled", matchIfMissing = true)
public class MinzhengMetricsAutoConfiguration {

    /** Creates the configuration. */
    public MinzhengMetricsAutoConfiguration() {
    }

    /**
     * The metrics.
     *
     * @param registry the registry
     * @return the metrics
     */
    @Bean
    @ConditionalOnMissingBean
    public MinzhengMetrics minzhengMetrics(MeterRegistry registry) {
        return new MicrometerMinzhengMetrics(registry);
    }
}
