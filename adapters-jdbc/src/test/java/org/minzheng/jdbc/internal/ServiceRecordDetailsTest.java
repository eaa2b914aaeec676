package org.minzheng.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.spi.storage.StorageLimits;
import org.minzheng.tck.storage.StorageFixtures;

/** The stored form of the kind-specific components (decision 0180): exact, strict, without values in errors. */
class ServiceRecordDetailsTest {

    private static final LocalDate ON = LocalDate.of(2022, 10, 3);

    private static Map<String, Object> shared(ServiceRecord r) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", r.id());
        m.put("subject", r.subject());
        m.put("region", r.region());
        m.put("caseId", r.caseId());
        m.put("version", r.version());
        return m;
    }

    private static ServiceRecord read(ServiceRecord like, String details) {
        return ServiceRecordDetails.read(StorageLimits.serviceRecordType(like.kind()), shared(like), details);
    }

    @Test
    void everyKind_leavesTheSharedComponentsToTheColumns_andReadsBackEqual() {
        for (boolean optionals : new boolean[] {true, false}) {
            for (ServiceRecord r : StorageFixtures.everyServiceRecordKind("D-", StorageFixtures.GAOZI, ON, optionals)) {
                String details = ServiceRecordDetails.write(r);
                assertThat(details).startsWith("{").doesNotContain("\"id\"", "\"subject\"", "\"region\"",
                        "\"caseId\"", "\"version\"", "\"kind\"");
                assertThat(read(r, details)).as(r.kind().code()).isEqualTo(r);
            }
        }
    }

    @Test
    void careVisit_hasThisExactForm() {
        CareVisit v = StorageFixtures.careVisit("S-1", "P-1", StorageFixtures.GAOZI, ON);
        assertThat(ServiceRecordDetails.write(v)).isEqualTo("{\"visitor\":\"网格员 O'Neil 😀\","
                + "\"visitedOn\":\"2022-10-03\",\"livingArrangement\":\"living-alone\","
                + "\"findings\":\"独居，行动不便；'; DROP TABLE mz_service_record; --\","
                + "\"risks\":[\"fall\",\"loneliness\"],\"followUp\":\"下周复访\"}");
    }

    @Test
    void badDetails_areRefusedWithThePathAndNoStoredValue() {
        CareVisit v = StorageFixtures.careVisit("S-1", "P-1", StorageFixtures.GAOZI, ON);
        String good = ServiceRecordDetails.write(v);
        Map<String, String> bad = Map.of(
                good.replace("\"visitor\":\"网格员 O'Neil 😀\",", ""), "the record breaks its invariants: [visitor (required)]",
                good.replace("{\"visitor\"", "{\"colour\":\"蓝色秘密\",\"visitor\""), "colour is not a property of CareVisit",
                good.replace("\"下周复访\"", "null"), "followUp is null",
                good.replace("\"living-alone\"", "\"秘密-alone\""), "livingArrangement is not a code of LivingArrangement",
                good.replace("\"fall\"", "7"), "risks[0] is not a string",
                good.replace("\"2022-10-03\"", "\"2022-13-秘密\""), "visitedOn is not a valid LocalDate",
                good.replace("{\"visitor\"", "{\"findings\":\"秘密\",\"visitor\""), "not one JSON object",
                "[]", "the record is not an object");
        bad.forEach((details, message) -> {
            ServiceRecordDetails.UnreadableException e = catchThrowableOfType(
                    ServiceRecordDetails.UnreadableException.class, () -> read(v, details));
            assertThat(e).as(details).isNotNull();
            assertThat(e.getMessage()).as(details).contains(message).doesNotContain("秘密", "网格员");
        });
    }
}
