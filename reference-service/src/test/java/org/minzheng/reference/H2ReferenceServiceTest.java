package org.minzheng.reference;

import java.util.Map;
import java.util.UUID;

/** The reference service on a private in-memory H2 database. */
class H2ReferenceServiceTest extends ReferenceServiceContract {

    @Override
    Map<String, Object> databaseProperties() {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:reference-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
