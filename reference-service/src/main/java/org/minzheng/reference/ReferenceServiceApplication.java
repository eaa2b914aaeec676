package org.minzheng.reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The reference county service (县级民政参考服务): minzheng through its Spring Boot starter, as a county system would use
 * it. {@code java -jar minzheng-reference-service.jar} serves on port 8080 with an embedded H2 database; {@code
 * --spring.profiles.active=postgresql} uses PostgreSQL.
 */
@SpringBootApplication
@EnableConfigurationProperties(CountyUsers.class)
public class ReferenceServiceApplication {

    /** Not instantiated by hand. */
    ReferenceServiceApplication() {
    }

    /**
     * Starts the service.
     *
     * @param args Spring Boot arguments, e.g. {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(ReferenceServiceApplication.class, args);
    }
}
