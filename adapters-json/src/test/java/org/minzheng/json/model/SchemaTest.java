package org.minzheng.json.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.children.CaseServicePlan;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.children.LinkedResource;
import org.minzheng.core.children.PlanReview;
import org.minzheng.core.code.Coded;
import org.minzheng.core.community.PartnerKind;
import org.minzheng.core.community.Referral;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.AdaptationItem;
import org.minzheng.core.elderly.HomeAdaptation;
import org.minzheng.core.elderly.HomeCareService;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.json.JsonSchemas;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.MinzhengModule;
import org.minzheng.json.MoneyFormat;
import org.minzheng.json.ReadLimits;
import org.minzheng.json.TestData;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(JsonSchemas.ID_PREFIX,
                    "classpath:" + JsonSchemas.RESOURCE_DIRECTORY)));

    private static final List<JsonMapper> WRITERS = List.of(
            MinzhengJson.mapper(),
            MinzhengJson.exportMapper(),
            MinzhengJson.jsonBuilder(MinzhengModule.builder().moneyFormat(MoneyFormat.NUMBER).build(),
                    ReadLimits.DEFAULT).build());

    private static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(JsonSchemas.ID_PREFIX + name));
    }

    private static void assertValid(String schemaName, Object value) {
        Schema schema = schema(schemaName);
        for (JsonMapper writer : WRITERS) {
            String json = writer.writeValueAsString(value);
            List<Error> errors = schema.validate(json, com.networknt.schema.InputFormat.JSON);
            assertThat(errors).as(schemaName + " for " + json).isEmpty();
        }
    }

    private static final Organisation ORG = Organisation.of(CreditCode.parse("91350100M000100Y43"), "某养老服务中心");

    static List<ServiceRecord> serviceRecords() {
        SubjectRef person = SubjectRef.person(PersonId.of("p-1"));
        return List.of(
                TestData.careVisit(),
                HomeCareVisit.builder().id(ServiceRecordId.of("sr-2")).subject(person).region(TestData.GAOQIAO)
                        .provider(ORG).worker("孙护理员").start(LocalDateTime.of(2022, 10, 1, 9, 0))
                        .end(LocalDateTime.of(2022, 10, 1, 10, 30))
                        .services(Set.of(HomeCareService.CLEANING, HomeCareService.MEAL_HELP)).build(),
                HomeAdaptation.builder().id(ServiceRecordId.of("sr-3"))
                        .subject(SubjectRef.household(HouseholdId.of("h-1"))).region(TestData.GAOQIAO)
                        .assessedOn(LocalDate.of(2022, 3, 1))
                        .items(List.of(new AdaptationItem("卫生间扶手", Money.of("350.00"))))
                        .contractor(Optional.of(ORG)).completedOn(Optional.of(LocalDate.of(2022, 4, 1))).build(),
                AccidentInsuranceEnrolment.builder().id(ServiceRecordId.of("sr-4")).subject(person)
                        .region(TestData.GAOQIAO).year(Year.of(2022)).premium(Money.of("30.00"))
                        .payer(PremiumPayer.GOVERNMENT).enrolledOn(LocalDate.of(2022, 1, 5)).build(),
                GuardianshipConfirmation.builder().id(ServiceRecordId.of("sr-5")).subject(person)
                        .region(TestData.GAOQIAO).guardianName("张奶奶")
                        .guardianIdNumber(Optional.of(TestData.idNumber(LocalDate.of(1950, 1, 1), 2)))
                        .guardianRelation(GuardianRelation.GRANDPARENT).signedOn(LocalDate.of(2022, 2, 1))
                        .termStart(LocalDate.of(2022, 2, 1)).build(),
                CaseServicePlan.builder().id(ServiceRecordId.of("sr-6")).subject(person).region(TestData.GAOQIAO)
                        .worker("周社工").createdOn(LocalDate.of(2022, 5, 1)).assessment("需要学业辅导")
                        .needs(List.of("学业")).goals(List.of("按时完成作业"))
                        .resources(List.of(new LinkedResource("志愿者辅导", Optional.empty())))
                        .reviews(List.of(new PlanReview(LocalDate.of(2022, 6, 1), "周社工", "有进步", false)))
                        .build(),
                Referral.builder().id(ServiceRecordId.of("sr-7")).subject(person).region(TestData.GAOQIAO)
                        .referredOn(LocalDate.of(2022, 7, 1)).organisation(ORG).partner(PartnerKind.CHARITY)
                        .reason("需要助学金").build());
    }

    @Test
    void everyServiceRecordKind_isCovered() {
        assertThat(serviceRecords()).extracting(r -> r.kind()).containsExactlyInAnyOrder(
                org.minzheng.core.service.ServiceRecordKind.values());
    }

    @Test
    void writtenHouseholdsAndPersons_validate() {
        Household h = TestData.household("h-1");
        assertValid(JsonSchemas.HOUSEHOLD, h);
        for (var m : h.members()) {
            assertValid(JsonSchemas.PERSON, m.person());
        }
    }

    /** A household whose members carry every fact of issue 12 (decision record 0300). */
    static Household withRegistryFacts() {
        Household h = TestData.household("h-f");
        org.minzheng.core.registry.Person head = h.head().toBuilder()
                .relative(org.minzheng.core.registry.Relative.of(org.minzheng.core.registry.RelativeKind.CHILD,
                        org.minzheng.core.identity.Gender.MALE, LocalDate.of(1975, 4, 5))
                        .withPerson(PersonId.of("son-of-h-f"))
                        .withStatus(org.minzheng.core.registry.PersonStatus.of(
                                org.minzheng.core.registry.StatusKind.SERVING_SENTENCE, LocalDate.of(2020, 1, 2)))
                        .withDisability(org.minzheng.core.registry.Disability.of(
                                org.minzheng.core.identity.DisabilityCategory.PHYSICAL, 2))
                        .withAnnualIncome(Money.of("12000.50")).withWithoutCivilCapacity(true))
                .placement(org.minzheng.core.registry.Placement.KINSHIP_CARE)
                .livingSituation(org.minzheng.core.registry.LivingSituation.EMPTY_NEST)
                .capabilityAssessment(new org.minzheng.core.registry.CapabilityRecord(LocalDate.of(2022, 5, 6), 52,
                        org.minzheng.core.registry.CapabilityLevel.MODERATE))
                .schoolEnrolment(org.minzheng.core.registry.SchoolEnrolment.between(
                        org.minzheng.core.registry.SchoolLevel.HIGHER, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 6, 30)))
                .hivInfected(true).build();
        java.util.List<org.minzheng.core.registry.Member> members = new java.util.ArrayList<>(h.members());
        members.set(0, org.minzheng.core.registry.Member.of(head, members.get(0).relation()));
        return h.toBuilder().members(members).rigidExpenditure(new org.minzheng.core.registry.RigidExpenditure(
                org.minzheng.core.registry.ExpenditureKind.MEDICAL, java.time.YearMonth.of(2022, 9), Money.of("2300.40")))
                .build();
    }

    @Test
    void writtenRegistryFacts_validate_readBackEqual_andAreMaskedInExports() {
        Household h = withRegistryFacts();
        assertValid(JsonSchemas.HOUSEHOLD, h);
        assertValid(JsonSchemas.PERSON, h.head());
        JsonMapper mapper = MinzhengJson.mapper();
        assertThat(mapper.readValue(mapper.writeValueAsString(h), Household.class)).isEqualTo(h);
        tools.jackson.databind.JsonNode relative = mapper.readTree(MinzhengJson.exportMapper()
                .writeValueAsString(h.head())).get("relatives").get(0);
        // the relative's record is a pseudonym and the birth date its year, as for the person itself
        assertThat(relative.get("person").asString()).startsWith("p-").isNotEqualTo("son-of-h-f");
        assertThat(relative.get("birthDate").asString()).isEqualTo("1975");
        assertThat(relative.get("annualIncome").asString()).isEqualTo("12000.50");
    }

    @Test
    void writtenHouseholds_ofManyShapes_validate() {
        Schema schema = schema(JsonSchemas.HOUSEHOLD);
        qt().withExamples(40).forAll(integers().between(0, 1_000_000)).checkAssert(seed -> {
            Household h = Households.random(seed);
            for (JsonMapper writer : WRITERS) {
                assertThat(schema.validate(writer.writeValueAsString(h), com.networknt.schema.InputFormat.JSON))
                        .isEmpty();
            }
        });
    }

    @Test
    void writtenCasesPaymentsAndServiceRecords_validate() {
        assertValid(JsonSchemas.CASE, TestData.dibaoCase());
        Payment p = TestData.payment();
        assertValid(JsonSchemas.PAYMENT, p);
        assertValid(JsonSchemas.PAYMENT, p.reversal(2, TestData.NOW, "重复发放"));
        for (ServiceRecord r : serviceRecords()) {
            assertValid(JsonSchemas.SERVICE_RECORD, r);
            JsonMapper mapper = MinzhengJson.mapper();
            assertThat(mapper.readValue(mapper.writeValueAsString(r), ServiceRecord.class)).isEqualTo(r);
        }
    }

    @Test
    void schemas_rejectWhatTheReaderRejects() {
        Schema schema = schema(JsonSchemas.HOUSEHOLD);
        JsonMapper mapper = MinzhengJson.mapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(mapper.writeValueAsString(TestData.household("h-1")));
        tree.put("colour", "blue");
        assertThat(schema.validate(tree)).isNotEmpty();
        tree.remove("colour");
        ((ObjectNode) tree.get("incomes").get(0)).put("monthlyAmount", "12.345");
        assertThat(schema.validate(tree)).isNotEmpty();
        ((ObjectNode) tree.get("incomes").get(0)).put("monthlyAmount", "12.34");
        ((ObjectNode) tree.get("members").get(0)).put("relation", "cousin");
        assertThat(schema.validate(tree)).isNotEmpty();
    }

    @Test
    void schemaEnums_matchTheJavaCodes() {
        JsonNode defs = MinzhengJson.mapper().readTree(JsonSchemas.open(JsonSchemas.COMMON)).get("$defs");
        List<String> checked = new ArrayList<>();
        for (var entry : defs.properties()) {
            JsonNode values = entry.getValue().get("enum");
            if (values == null) {
                continue;
            }
            Class<?> type = enumClass(entry.getKey());
            List<String> codes = Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
            List<String> inSchema = new ArrayList<>();
            values.forEach(v -> inSchema.add(v.asString()));
            assertThat(inSchema).as(entry.getKey()).isEqualTo(codes);
            checked.add(entry.getKey());
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }

    @Test
    void schemaProgramCode_acceptsExactlyWhatProgramCodeAccepts() {
        JsonNode def = MinzhengJson.mapper().readTree(JsonSchemas.open(JsonSchemas.COMMON)).get("$defs").get("ProgramCode");
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(def.get("pattern").asString());
        for (String code : List.of("dibao", "js-spring-festival", "t2", "x", "Dibao", "-dibao", "dibao-", "a--b",
                "toolongtoolongtoolongtoolongtoolongtoolongtoolong1", "a b")) {
            boolean schema = pattern.matcher(code).matches() && code.length() >= def.get("minLength").asInt()
                    && code.length() <= def.get("maxLength").asInt();
            assertThat(schema).as(code).isEqualTo(org.minzheng.core.program.ProgramCode.isValid(code));
        }
    }

    private static Class<?> enumClass(String simpleName) {
        for (String pkg : List.of("registry", "identity", "program", "cases", "service", "elderly", "children",
                "community")) {
            try {
                return Class.forName("org.minzheng.core." + pkg + "." + simpleName);
            } catch (ClassNotFoundException e) {
                // next package
            }
        }
        throw new AssertionError("No enum " + simpleName);
    }
}
