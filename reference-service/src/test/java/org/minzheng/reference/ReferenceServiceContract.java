package org.minzheng.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference service through HTTP on a real port: every endpoint, every authorisation rule and the shape of every
 * error. One application per database (subclasses), started once per class; tests make their own records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReferenceServiceContract {

    static final String XINFENG = "321112101";
    /** A name and identity number that must never reach a log line. */
    static final String NAME = "王秀英";
    /** The first 14 digits every test identity number shares (birth date 1950-03-01 in 丹徒区). */
    static final String ID_NUMBER = "32111219500301";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigurableApplicationContext app;
    private HttpClient http;
    private String base;
    private ListAppender<ILoggingEvent> logs;

    /** Properties that choose the database, e.g. spring.datasource.url. */
    abstract Map<String, Object> databaseProperties();

    @BeforeAll
    void start() {
        Map<String, Object> props = new java.util.HashMap<>(databaseProperties());
        props.put("server.port", "0");
        // command-line arguments: they win over application.yaml (default properties would not)
        app = new SpringApplicationBuilder(ReferenceServiceApplication.class).run(props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        http = HttpClient.newHttpClient();
        // after start-up: Spring Boot configures Logback afresh while it starts
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterAll
    void stop() {
        if (logs != null) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        }
        if (app != null) {
            app.close();
        }
    }

    // ---- assessment ----

    @Test
    void assessesAHouseholdInTheRequestedLanguage() throws Exception {
        Response en = call("clerk-xinfeng", "POST", "/api/assessments?program=dibao&month=2022-10&lang=en",
                household(id(), XINFENG + "201", 0), Map.of());
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.json().get("eligible").asBoolean()).isTrue();
        assertThat(en.json().get("amount").asString()).isEqualTo("657.00");
        assertThat(en.json().get("language").asString()).isEqualTo("en");
        assertThat(en.json().get("explanation").toString()).contains("yuan");
        assertThat(en.json().get("standardsUsed").toString()).contains("dibao.standard.rural");
        Response zh = call("clerk-xinfeng", "POST", "/api/assessments?program=dibao&month=2022-10",
                household(id(), XINFENG + "201", 0), Map.of("Accept-Language", "zh-CN"));
        assertThat(zh.json().get("explanation").toString()).contains("元");
        Response defaultMonth = call("county-approver", "POST", "/api/assessments?program=dibao",
                household(id(), XINFENG + "201", 0), Map.of("Accept-Language", "en"));
        assertThat(defaultMonth.json().get("month").asString()).isEqualTo("2022-10");
    }

    @Test
    void anInvalidHouseholdIsAProblemListingEveryViolationWithItsPath() throws Exception {
        String bad = household(id(), XINFENG + "201", 0).replace("\"relation\":\"head\"", "\"relation\":\"cousin\"")
                .replace("\"300.00\"", "\"12.345\"");
        Response r = call("clerk-xinfeng", "POST", "/api/assessments?program=dibao&lang=en", bad, Map.of());
        assertProblem(r, 400, "invalid-document");
        assertThat(r.json().get("detail").asString()).isEqualTo("The document is invalid");
        assertThat(r.json().get("messageZh").asString()).isEqualTo("文档内容无效");
        List<String> paths = r.json().get("violations").valueStream().map(v -> v.get("path").asString()).toList();
        assertThat(paths).contains("/members/0/relation", "/incomes/0/monthlyAmount");
        assertThat(r.json().get("violations").get(0).has("messageZh")).isTrue();
        assertThat(r.json().get("violations").get(0).has("messageEn")).isTrue();
        assertThat(r.body()).doesNotContain(NAME);

        Response unknown = call("clerk-xinfeng", "POST", "/api/assessments?program=dibao",
                household(id(), XINFENG + "201", 0).replace("{\"id\"", "{\"colour\":\"red\",\"id\""), Map.of());
        assertProblem(unknown, 400, "invalid-document");
        Response malformed = call("clerk-xinfeng", "POST", "/api/assessments?program=dibao", "{\"id\": " + NAME,
                Map.of());
        assertProblem(malformed, 400, "malformed-json");
        assertThat(malformed.body()).doesNotContain(NAME);
        assertProblem(call("clerk-xinfeng", "POST", "/api/assessments?program=no-such",
                household(id(), XINFENG + "201", 0), Map.of()), 400, "unknown-program");
        assertProblem(call("clerk-xinfeng", "POST", "/api/assessments?program=dibao&month=2022-13",
                household(id(), XINFENG + "201", 0), Map.of()), 400, "bad-parameter");
    }

    // ---- households ----

    @Test
    void registersReadsAndUpdatesAHouseholdAuditedWithTheUser() throws Exception {
        String id = id();
        Response created = call("clerk-xinfeng", "POST", "/api/households?reason="
                + java.net.URLEncoder.encode("新申请登记", StandardCharsets.UTF_8), household(id, XINFENG + "201", 0), Map.of());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/households/" + id);
        assertThat(created.json().get("version").asLong()).isEqualTo(1);
        Response read = call("clerk-xinfeng", "GET", "/api/households/" + id, null, Map.of());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("members").get(0).get("person").get("name").asString()).isEqualTo(NAME);

        String changed = read.body().replace("\"address\":\"辛丰镇某村3组\"", "\"address\":\"辛丰镇某村4组\"");
        Response updated = call("head-xinfeng", "PUT", "/api/households/" + id, changed, Map.of());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(2);
        assertThat(updated.json().get("address").asString()).isEqualTo("辛丰镇某村4组");
        assertProblem(call("clerk-xinfeng", "PUT", "/api/households/" + id, changed, Map.of()), 409, "stale-version");
        assertProblem(call("clerk-xinfeng", "PUT", "/api/households/other", updated.body(), Map.of()), 400,
                "id-mismatch");
        assertProblem(call("clerk-xinfeng", "POST", "/api/households", household(id, XINFENG + "201", 0), Map.of()),
                409, "stale-version");
        assertProblem(call("clerk-xinfeng", "GET", "/api/households/" + id(), null, Map.of()), 404, "not-found");

        Response audit = call("auditor", "GET", "/api/audit/household/" + id, null, Map.of());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().valueStream().map(e -> e.get("actor").asString() + ":" + e.get("reason").asString()))
                .containsExactly("clerk-xinfeng:新申请登记", "head-xinfeng:变更家庭户");
        assertProblem(call("clerk-xinfeng", "GET", "/api/audit/household/" + id, null, Map.of()), 403, "forbidden");
    }

    @Test
    void aTownshipCaseworkerSeesAndChangesOnlyTheirTownship() throws Exception {
        String id = id();
        Response created = call("clerk-xinfeng", "POST", "/api/households", household(id, XINFENG + "201", 0), Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // a township view neither confirms nor names a record outside it (decision 0152): not found, as if not stored
        assertProblem(call("clerk-gaoqiao", "GET", "/api/households/" + id, null, Map.of()), 404, "not-found");
        assertProblem(call("clerk-gaoqiao", "POST", "/api/households", household(id(), XINFENG + "201", 0), Map.of()),
                403, "outside-region");
        String stored = call("clerk-xinfeng", "GET", "/api/households/" + id, null, Map.of()).body();
        assertProblem(call("clerk-gaoqiao", "PUT", "/api/households/" + id, stored, Map.of()), 403, "outside-region");
        assertProblem(call("clerk-gaoqiao", "POST", "/api/assessments?program=dibao",
                household(id(), XINFENG + "201", 0), Map.of()), 403, "outside-region");
        assertThat(call("county-approver", "GET", "/api/households/" + id, null, Map.of()).status()).isEqualTo(200);
        assertThat(call("auditor", "GET", "/api/households/" + id, null, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void rolesDecideTheEndpoints() throws Exception {
        assertProblem(call("auditor", "POST", "/api/households", household(id(), XINFENG + "201", 0), Map.of()),
                403, "forbidden");
        assertProblem(call("clerk-xinfeng", "POST", "/api/runs", "{\"month\":\"2022-10\",\"region\":\"" + XINFENG + "\"}",
                Map.of()), 403, "forbidden");
        assertProblem(call("clerk-xinfeng", "POST", "/api/cases/C1/review", "{\"reason\":\"ok\"}", Map.of()), 403,
                "forbidden");
        assertProblem(call("county-approver", "POST", "/api/cases/C1/review", "{\"reason\":\"ok\"}", Map.of()), 403,
                "forbidden");
        assertProblem(call("clerk-xinfeng", "GET", "/api/reports/district?from=2022-01&to=2022-10", null, Map.of()),
                403, "forbidden");
        assertProblem(call("clerk-xinfeng", "DELETE", "/api/households/H1", null, Map.of()), 403, "forbidden");
        assertProblem(call("clerk-xinfeng", "POST", "/api/assessments?program=dibao", "<household/>",
                Map.of("Content-Type", "application/xml")), 415, "http-415");
        Response anonymous = call(null, "GET", "/api/households/H1", null, Map.of());
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic"));
        assertProblem(call("clerk-xinfeng:wrong", "GET", "/api/households/H1", null, Map.of()), 401,
                "unauthenticated");
    }

    // ---- cases ----

    @Test
    void casesAreOpenedReviewedAndApprovedAtTheLevelTheDecisionRequires() throws Exception {
        String id = id();
        call("clerk-xinfeng", "POST", "/api/households", household(id, XINFENG + "201", 0), Map.of());
        Response opened = call("clerk-xinfeng", "POST", "/api/cases",
                "{\"program\":\"dibao\",\"household\":\"" + id + "\",\"reason\":\"本人申请\"}", Map.of());
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();
        assertThat(opened.json().get("history").get(0).get("to").asString()).isEqualTo("applied");

        assertProblem(call("county-approver", "POST", "/api/cases/" + caseId + "/approve", "{\"reason\":\"同意\"}",
                Map.of()), 409, "illegal-transition");
        Response reviewed = call("head-xinfeng", "POST", "/api/cases/" + caseId + "/review",
                "{\"reason\":\"入户核查属实\"}", Map.of());
        assertThat(reviewed.status()).isEqualTo(200);
        assertProblem(call("head-xinfeng", "POST", "/api/cases/" + caseId + "/review", "{\"reason\":\"\"}",
                Map.of()), 400, "bad-parameter");
        // 低保 is approved by the county civil-affairs department: the township may not
        Response township = call("head-xinfeng", "POST", "/api/cases/" + caseId + "/approve",
                "{\"reason\":\"同意\"}", Map.of("Accept-Language", "en"));
        assertProblem(township, 403, "approval-level");
        assertThat(township.json().get("detail").asString()).contains("county");
        Response approved = call("county-approver", "POST", "/api/cases/" + caseId + "/approve",
                "{\"reason\":\"同意纳入\"}", Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("case").get("history").get(2).get("to").asString()).isEqualTo("approved");
        assertThat(approved.json().get("case").get("history").get(2).get("level").asString()).isEqualTo("county");
        assertThat(approved.json().get("decision").get("eligible").asBoolean()).isTrue();
        assertThat(call("auditor", "GET", "/api/cases/" + caseId, null, Map.of()).json().get("history").size())
                .isEqualTo(3);
        assertProblem(call("clerk-gaoqiao", "GET", "/api/cases/" + caseId, null, Map.of()), 404, "not-found");

        String other = call("clerk-xinfeng", "POST", "/api/cases",
                "{\"program\":\"dibao\",\"household\":\"" + id + "\"}", Map.of()).json().get("id").asString();
        call("head-xinfeng", "POST", "/api/cases/" + other + "/review", "{\"reason\":\"核查\"}", Map.of());
        Response rejected = call("county-approver", "POST", "/api/cases/" + other + "/reject",
                "{\"reason\":\"重复申请\"}", Map.of());
        assertThat(rejected.json().get("history").get(2).get("to").asString()).isEqualTo("rejected");
        assertProblem(call("clerk-xinfeng", "POST", "/api/cases", "{\"program\":\"dibao\"}", Map.of()), 400,
                "bad-parameter");
        assertProblem(call("clerk-xinfeng", "POST", "/api/cases", "{\"program\":\"dibao\",\"household\":\"none\"}",
                Map.of()), 404, "not-found");
    }

    // ---- monthly run, report ----

    @Test
    void monthsAreRunForATownshipByItsApproverOrTheCounty() throws Exception {
        Response run = call("head-xinfeng", "POST", "/api/runs",
                "{\"month\":\"2022-10\",\"region\":\"" + XINFENG + "\"}", Map.of());
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().get("complete").asBoolean()).isTrue();
        assertThat(run.json().get("region").asString()).isEqualTo(XINFENG);
        assertThat(run.json().has("failures")).isTrue();
        assertProblem(call("head-xinfeng", "POST", "/api/runs", "{\"month\":\"2022-10\",\"region\":\"321112100\"}",
                Map.of()), 403, "outside-region");
        assertThat(call("county-approver", "POST", "/api/runs", "{\"month\":\"2022-10\",\"region\":\"321112100\"}",
                Map.of()).status()).isEqualTo(200);
        assertProblem(call("county-approver", "POST", "/api/runs", "{\"region\":\"321112100\"}", Map.of()), 400,
                "bad-parameter");
    }

    @Test
    void theDistrictReportComesAsJsonOrHtml() throws Exception {
        Response json = call("auditor", "GET", "/api/reports/district?from=2022-01&to=2022-10", null,
                Map.of("Accept", "application/json"));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        assertThat(json.json().isObject()).isTrue();
        Response html = call("head-xinfeng", "GET", "/api/reports/district?from=2022-01&to=2022-10&lang=en", null,
                Map.of("Accept", "text/html"));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("<html").contains("<svg");
        assertProblem(call("auditor", "GET", "/api/reports/district?from=2022-10&to=2022-01", null,
                Map.of("Accept", "application/json")), 400, "bad-parameter");
        assertProblem(call("auditor", "GET", "/api/reports/district?from=2022-10", null,
                Map.of("Accept", "application/json")), 400, "bad-parameter");
    }

    // ---- description, actuator, logs ----

    @Test
    void theOpenApiDescriptionIsGeneratedFromTheCode() throws Exception {
        Response r = call(null, "GET", "/v3/api-docs", null, Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("openapi").asString()).startsWith("3.");
        assertThat(r.json().get("paths").propertyNames()).contains("/api/assessments", "/api/households",
                "/api/households/{id}", "/api/cases", "/api/cases/{id}/approve", "/api/cases/{id}/review",
                "/api/runs", "/api/reports/district", "/api/audit/{entity}/{id}");
    }

    @Test
    void healthAndInfoReportMinzheng() throws Exception {
        Response health = call(null, "GET", "/actuator/health", null, Map.of());
        assertThat(health.json().get("components").get("minzheng").get("status").asString()).isEqualTo("UP");
        Response info = call(null, "GET", "/actuator/info", null, Map.of());
        assertThat(info.json().get("minzheng").get("standardsProviders").toString()).contains("jiangsu-example");
    }

    @Test
    void noPersonalDataReachesTheLogs() throws Exception {
        String id = id();
        call("clerk-xinfeng", "POST", "/api/households", household(id, XINFENG + "201", 0), Map.of());
        call("clerk-xinfeng", "POST", "/api/assessments?program=dibao", household(id(), XINFENG + "201", 0), Map.of());
        call("clerk-gaoqiao", "GET", "/api/households/" + id, null, Map.of());
        call("clerk-xinfeng", "POST", "/api/assessments?program=dibao",
                household(id(), XINFENG + "201", 0).replace("\"head\"", "\"cousin\""), Map.of());
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("household " + id + " registered by clerk-xinfeng"))
                .noneSatisfy(m -> assertThat(m).containsAnyOf(NAME, ID_NUMBER, "某村"));
    }

    // ---- helpers ----

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/problem+json"));
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("code").asString()).isEqualTo(code);
        assertThat(p.get("type").asString()).isEqualTo("urn:minzheng:problem:" + code);
        assertThat(p.get("messageZh").asString()).isNotBlank();
        assertThat(p.get("messageEn").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isIn(p.get("messageZh").asString(), p.get("messageEn").asString());
    }

    Response call(String user, String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null && !headers.containsKey("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":demo";
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(b::header);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body(), r.headers());
    }

    static String id() {
        return "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger(100);

    /**
     * A one-person rural household (a 72-year-old woman with a 300-yuan pension) as minzheng-json writes it, with an
     * identity number of its own (the sequence is even: female).
     */
    static String household(String id, String region, long version) {
        String person = "P" + id.substring(1);
        String idNumber = org.minzheng.core.identity.IdNumber.complete("3211121950030" + "1"
                + String.format("%03d", SEQUENCE.addAndGet(2) % 1000));
        return "{\"id\":\"" + id + "\",\"region\":\"" + region + "\",\"address\":\"辛丰镇某村3组\",\"hukou\":\"rural\","
                + "\"members\":[{\"person\":{\"id\":\"" + person + "\",\"idNumber\":\"" + idNumber + "\",\"name\":\""
                + NAME + "\",\"hukou\":\"rural\"},\"relation\":\"head\"}],"
                + "\"incomes\":[{\"kind\":\"pension\",\"monthlyAmount\":\"300.00\",\"earner\":\"" + person + "\"}],"
                + "\"assets\":{\"deposits\":\"0.00\",\"securities\":\"0.00\",\"vehicles\":0,\"vehiclesValue\":\"0.00\","
                + "\"realEstate\":1,\"realEstateValue\":\"0.00\"}"
                + (version > 0 ? ",\"version\":" + version : "") + "}";
    }
}
