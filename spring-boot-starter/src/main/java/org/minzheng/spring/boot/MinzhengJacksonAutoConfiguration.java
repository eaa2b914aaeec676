package org.minzheng.spring.boot;

import java.time.Clock;

import org.minzheng.json.MinzhengModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * minzheng's Jackson 3 module on the application's {@link JsonMapper} (JSON 映射): Spring Boot 4 registers every
 * {@code JacksonModule} bean on the mappers it builds, so a {@link MinzhengModule} bean is all it takes — identity
 * numbers, region codes, money and codes are then read and written as minzheng-json does, with the application's clock
 * for the not-in-the-future checks. An application's own {@code MinzhengModule} bean replaces it; {@code
 * minzheng.json.enabled=false} leaves the mapper alone.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapper.class)
@ConditionalOnBooleanProperty(name = "minzheng.json.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MinzhengProperties.class)
public class MinzhengJacksonAutoConfiguration {

    /** Creates the configuration. */
    public MinzhengJacksonAutoConfiguration() {
    }

    /**
     * The module, configured by {@code minzheng.json.*}.
     *
     * @param properties the properties
     * @param clock the clock, if any
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public MinzhengModule minzhengModule(MinzhengProperties properties, ObjectProvider<Clock> clock) {
        MinzhengModule.Builder b = MinzhengModule.builder().moneyFormat(properties.getJson().getMoneyFormat())
                .personalData(properties.getJson().getPersonalData());
        Clock c = clock.getIfUnique();
        if (c != null) {
            b.clock(c);
        }
        return b.build();
    }
}
