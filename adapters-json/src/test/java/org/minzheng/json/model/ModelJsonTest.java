package org.minzheng.json.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Person;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.json.InvalidDocumentException;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ModelJsonTest {

    private final JsonMapper mapper = MinzhengJson.mapper();

    @Test
    void household_roundTrips_equal() {
        Household h = TestData.household("h-1");
        String json = mapper.writeValueAsString(h);
        assertThat(mapper.readValue(json, Household.class)).isEqualTo(h);
    }

    @Test
    void household_isWrittenWithModelPropertyNames() {
        JsonNode tree = mapper.readTree(mapper.writeValueAsString(TestData.household("h-1")));
        assertThat(tree.get("id").asString()).isEqualTo("h-1");
        assertThat(tree.get("region").asString()).isEqualTo("321112100000");
        assertThat(tree.get("members").get(0).get("relation").asString()).isEqualTo("head");
        assertThat(tree.get("members").get(0).get("person").get("status").get("kind").asString())
                .isEqualTo("working-away");
        assertThat(tree.get("incomes").get(0).get("monthlyAmount").asString()).isEqualTo("1200.00");
        assertThat(tree.get("incomes").get(1).has("earner")).isFalse();
        assertThat(tree.get("version").asLong()).isEqualTo(3);
        assertThat(tree.get("members").get(2).get("person").get("selfCare").get("lost").size()).isEqualTo(2);
    }

    @Test
    void caseAndPaymentAndServiceRecord_roundTrip() {
        Case c = TestData.dibaoCase();
        assertThat(mapper.readValue(mapper.writeValueAsString(c), Case.class)).isEqualTo(c);
        Payment p = TestData.payment();
        assertThat(mapper.readValue(mapper.writeValueAsString(p), Payment.class)).isEqualTo(p);
        ServiceRecord r = TestData.careVisit();
        String json = mapper.writeValueAsString(r);
        assertThat(json).startsWith("{\"kind\":\"care-visit\"");
        assertThat(mapper.readValue(json, ServiceRecord.class)).isEqualTo(r);
        assertThat(mapper.readValue(json, r.getClass())).isEqualTo(r);
    }

    /** Documents as minzheng-json wrote them before the service records became records (issue 11). */
    private static final List<String> SERVICE_RECORD_DOCUMENTS = List.of(
            "{\"kind\":\"home-care-visit\",\"id\":\"s-1\",\"subject\":{\"kind\":\"person\",\"id\":\"p-\\\"elder\"},"
                    + "\"region\":\"321112000000\",\"caseId\":\"c-9\",\"provider\":{\"creditCode\":\"91350100M000100Y43\","
                    + "\"name\":\"某某\\\"居家\\\"养老服务中心\"},\"worker\":\"王阿姨\",\"start\":\"2022-10-10T09:00:00\","
                    + "\"end\":\"2022-10-10T12:00:00\",\"services\":[\"cleaning\"],\"note\":\"n\",\"version\":0}",
            "{\"kind\":\"accident-insurance-enrolment\",\"id\":\"s-4\",\"subject\":{\"kind\":\"person\",\"id\":\"p-\\\"elder\"},"
                    + "\"region\":\"321112000000\",\"year\":2022,\"premium\":\"30.00\",\"payer\":\"government\","
                    + "\"insurer\":{\"creditCode\":\"91350100M000100Y43\",\"name\":\"某某\\\"居家\\\"养老服务中心\"},"
                    + "\"enrolledOn\":\"2022-01-05\",\"version\":0}",
            "{\"kind\":\"case-service-plan\",\"id\":\"s-6\",\"subject\":{\"kind\":\"person\",\"id\":\"p-\\\"elder\"},"
                    + "\"region\":\"321112000000\",\"worker\":\"社工李某\",\"createdOn\":\"2022-04-01\",\"assessment\":\"x\","
                    + "\"needs\":[\"学业辅导\"],\"goals\":[\"g\"],\"resources\":[{\"description\":\"课业辅导志愿者\","
                    + "\"organisation\":{\"creditCode\":\"91350100M000100Y43\",\"name\":\"某某\\\"居家\\\"养老服务中心\"}}],"
                    + "\"reviews\":[{\"date\":\"2022-07-01\",\"reviewer\":\"社工李某\",\"findings\":\"成绩提高\","
                    + "\"closed\":false}],\"version\":0}",
            "{\"kind\":\"home-adaptation\",\"id\":\"s-3\",\"subject\":{\"kind\":\"household\",\"id\":\"h-1\"},"
                    + "\"region\":\"321112000000\",\"assessedOn\":\"2022-05-01\",\"items\":[{\"description\":\"卫生间扶手\","
                    + "\"cost\":\"800.00\"}],\"version\":0}");

    @Test
    void serviceRecords_readAndWriteTheDocumentsOfEarlierVersionsUnchanged() {
        for (String json : SERVICE_RECORD_DOCUMENTS) {
            ServiceRecord r = mapper.readValue(json, ServiceRecord.class);
            assertThat(mapper.writeValueAsString(r)).isEqualTo(json);
        }
    }

    @Test
    void serviceRecord_readWithAClock_refusesADateAfterItsDay_andReportsTheOtherViolationsToo() {
        JsonMapper on2022 = MinzhengJson.jsonBuilder(org.minzheng.json.MinzhengModule.builder()
                .clock(Clock.fixed(java.time.Instant.parse("2022-01-04T00:00:00Z"), ZoneOffset.UTC)).build(),
                org.minzheng.json.ReadLimits.DEFAULT).build();
        String insurance = SERVICE_RECORD_DOCUMENTS.get(1).replace("\"30.00\"", "\"-30.00\"");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> on2022.readValue(insurance, ServiceRecord.class));
        assertThat(e.violations()).extracting(v -> v.path() + ":" + v.rule())
                .containsExactlyInAnyOrder("/premium:non-negative", "/enrolledOn:not-in-future");
    }

    @Test
    void badHousehold_reportsEveryViolationWithJsonPathsAndMaskedValues() {
        ObjectNode tree = (ObjectNode) mapper.readTree(mapper.writeValueAsString(TestData.household("h-1")));
        ObjectNode head = (ObjectNode) tree.get("members").get(0).get("person");
        head.put("idNumber", "321112197503080110");                      // bad check digit
        ((ObjectNode) tree.get("members").get(1)).put("relation", "cousin"); // unknown code
        ((ObjectNode) tree.get("incomes").get(0)).put("monthlyAmount", 12.345); // lossy money
        ((ObjectNode) tree.get("members").get(2).get("person")).put("birthDate", "2011-09-01"); // ≠ id number
        tree.put("colour", "blue");                                      // unknown property
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> mapper.readValue(mapper.writeValueAsString(tree), Household.class));
        assertThat(e.violations()).extracting(Violation::path).contains(
                "/members/0/person/idNumber", "/members/1/relation", "/incomes/0/monthlyAmount",
                "/members/2/person/birthDate", "/colour");
        assertThat(e.violations()).extracting(Violation::rule).contains("id-number.check", "unknown-code",
                "money-format", "matches-id-number", "unknown-property");
        assertThat(e.getMessage()).doesNotContain("321112197503080110").contains("321112********0110");
    }

    @Test
    void householdWithoutHead_failsWithTheBuildersRule() {
        Household h = TestData.household("h-1");
        ObjectNode tree = (ObjectNode) mapper.readTree(mapper.writeValueAsString(h));
        ((ObjectNode) tree.get("members").get(0)).put("relation", "other");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> mapper.readValue(mapper.writeValueAsString(tree), Household.class));
        assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.path()).startsWith("/members"));
    }

    @Test
    void missingRequiredProperties_areEachReported() {
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> mapper.readValue("{\"id\":\"p-1\"}", Person.class));
        assertThat(e.violations()).extracting(Violation::path).contains("/name", "/hukou");
    }

    @Test
    void futureBirthDate_isCheckedAgainstTheModuleClock() {
        Person p = TestData.person("p-1", "王五", java.time.LocalDate.of(2000, 1, 1), 1);
        String json = mapper.writeValueAsString(p);
        JsonMapper past = MinzhengJson.jsonBuilder(org.minzheng.json.MinzhengModule.builder()
                .clock(Clock.fixed(java.time.Instant.parse("1999-01-01T00:00:00Z"), ZoneOffset.UTC)).build(),
                org.minzheng.json.ReadLimits.DEFAULT).build();
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> past.readValue(json, Person.class));
        assertThat(e.violations()).extracting(Violation::rule).contains("not-in-future");
    }

    @Test
    void exportMapper_masksNamesAddressesAndIdentityNumbers() {
        String json = MinzhengJson.exportMapper().writeValueAsString(TestData.household("h-1"));
        assertThat(json).contains("\"name\":\"张**\"", "\"address\":\"***(").doesNotContain("张建国", "高桥镇某村",
                TestData.idNumber(java.time.LocalDate.of(1975, 3, 8), 11).value());
    }

    @Test
    void list_ofHouseholds_roundTrips() {
        List<Household> hs = List.of(TestData.household("h-1"), TestData.household("h-2"));
        String json = mapper.writeValueAsString(hs);
        List<Household> back = mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class,
                Household.class));
        assertThat(back).isEqualTo(hs);
    }
}
