package org.minzheng.spring.boot;

import org.minzheng.runtime.CivilAffairs;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator support (监控端点): the {@code minzheng} health indicator ({@code management.health.minzheng.enabled}) and
 * info contributor ({@code management.info.minzheng.enabled}), each when its Spring Boot module is on the class path.
 */
@AutoConfiguration(after = MinzhengAutoConfiguration.class)
@ConditionalOnBean(CivilAffairs.class)
public class MinzhengActuatorAutoConfiguration {

    /** Creates the configuration. */
    public MinzhengActuatorAutoConfiguration() {
    }

    /** The health indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("minzheng")
    static class Health {

        @Bean
        @ConditionalOnMissingBean(name = "minzhengHealthIndicator")
        MinzhengHealthIndicator minzhengHealthIndicator(CivilAffairs civilAffairs, MinzhengProperties properties) {
            return new MinzhengHealthIndicator(civilAffairs, MinzhengAutoConfiguration.region(properties));
        }
    }

    /** The info contributor. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(InfoContributor.class)
    @ConditionalOnBooleanProperty(name = "management.info.minzheng.enabled", matchIfMissing = true)
    static class Info {

        @Bean
        @ConditionalOnMissingBean(name = "minzhengInfoContributor")
        MinzhengInfoContributor minzhengInfoContributor(CivilAffairs civilAffairs, MinzhengProperties properties) {
            return new MinzhengInfoContributor(civilAffairs, MinzhengAutoConfiguration.region(properties));
        }
    }
}
