package org.minzheng.reference;

import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.DecisionComponent;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.core.report.ReportRenderer;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.ResolvedValue;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.runtime.ProgramRun;
import org.minzheng.runtime.RunFailure;
import org.minzheng.spi.storage.AuditEntry;
import org.minzheng.spi.storage.EntityType;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;
import org.minzheng.spring.boot.AssessmentService;
import org.minzheng.spring.boot.MonthlyRunService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county's civil-affairs API (县级民政接口): households, assessments, cases with approval levels, monthly runs, the
 * district report and the audit log. Every read and write goes through the storage scoped to the user's region; every
 * write names the user and a reason ({@code ?reason=}, or a default) in the audit log.
 */
@RestController
@RequestMapping(path = "/api", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class CountyController {

    private static final Logger LOG = LoggerFactory.getLogger(CountyController.class);

    private final CivilAffairs ca;
    private final AssessmentService assessments;
    private final MonthlyRunService runs;

    CountyController(CivilAffairs ca, AssessmentService assessments, MonthlyRunService runs) {
        this.ca = ca;
        this.assessments = assessments;
        this.runs = runs;
    }

    // ---- households (家庭户) ----

    /** Registers a household (登记家庭户). */
    @PostMapping(path = "/households", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Household> register(@AuthenticationPrincipal CountyUser user, @RequestBody Household household,
                                       @RequestParam(defaultValue = "登记家庭户") String reason) {
        Household saved = storage(user).households().save(household, WriteContext.of(user.name(), reason));
        LOG.info("household {} registered by {} (version {})", saved.id().value(), user.name(), saved.version());
        return ResponseEntity.created(URI.create("/api/households/" + saved.id().value())).body(saved);
    }

    /** Updates a household (变更家庭户); the body carries the version read. */
    @PutMapping(path = "/households/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Household update(@AuthenticationPrincipal CountyUser user, @PathVariable String id, @RequestBody Household household,
                     @RequestParam(defaultValue = "变更家庭户") String reason) {
        if (!household.id().value().equals(id)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "id-mismatch", "路径中的户编号与请求体不一致",
                    "The household id in the path differs from the body's");
        }
        Household saved = storage(user).households().save(household, WriteContext.of(user.name(), reason));
        LOG.info("household {} updated by {} (version {})", saved.id().value(), user.name(), saved.version());
        return saved;
    }

    /** Reads a household (查看家庭户). */
    @GetMapping("/households/{id}")
    Household household(@AuthenticationPrincipal CountyUser user, @PathVariable String id) {
        return storage(user).households().find(HouseholdId.of(id)).orElseThrow(CountyController::noSuchRecord);
    }

    // ---- assessment (测算) ----

    /**
     * Assesses a household sent in the body, for a program and month (default: this month); the decision and its
     * explanation come in the requested language.
     */
    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> assess(@AuthenticationPrincipal CountyUser user, @RequestParam String program,
                               @RequestParam(required = false) YearMonth month,
                               @RequestParam(required = false) String person, @RequestBody Household household,
                               HttpServletRequest request) {
        inRegion(user, household.region());
        ProgramCode code = ProgramCode.of(program);
        YearMonth m = month != null ? month : ca.currentMonth();
        Decision d = person == null ? assessments.assess(code, household, m)
                : assessments.assess(code, household, PersonId.of(person), m);
        return decision(d, Languages.of(request));
    }

    // ---- cases (业务办理) ----

    /** The body of {@code POST /api/cases}: the program and the household (or member) applying. */
    record CaseApplication(String program, String household, String person, String reason) {
    }

    /** The body of a step: the opinion recorded. */
    record Step(String reason) {
    }

    /** Opens a case on an application (受理申请). */
    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Case> open(@AuthenticationPrincipal CountyUser user, @RequestBody CaseApplication body) {
        if (body.program() == null || body.household() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-parameter", "缺少业务项目或户编号",
                    "program and household are required");
        }
        Storage storage = storage(user);
        ProgramRule<?> program = ca.programs().get(ProgramCode.of(body.program()));
        Household h = storage.households().find(HouseholdId.of(body.household()))
                .orElseThrow(CountyController::noSuchRecord);
        SubjectRef subject = program.subjectKind() == SubjectKind.HOUSEHOLD ? SubjectRef.household(h.id())
                : SubjectRef.person(PersonId.of(Optional.ofNullable(body.person()).orElseThrow(() ->
                        new ApiException(HttpStatus.BAD_REQUEST, "bad-parameter", "该项目按人办理，缺少人员编号",
                                "This program is granted to persons: person is required"))));
        String reason = body.reason() == null || body.reason().isBlank() ? "受理申请" : body.reason();
        Case c = Case.open(CaseId.of("C" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)),
                program.programCode(), subject, h.region(), h.head().id(),
                Transition.application(user.name(), ca.clock().instant(), reason, ApprovalLevel.TOWNSHIP));
        Case saved = storage.cases().save(c, WriteContext.of(user.name(), reason));
        LOG.info("case {} ({}) opened by {}", saved.id().value(), saved.program().value(), user.name());
        return ResponseEntity.created(URI.create("/api/cases/" + saved.id().value())).body(saved);
    }

    /** Reads a case with its history (查看业务). */
    @GetMapping("/cases/{id}")
    Case aCase(@AuthenticationPrincipal CountyUser user, @PathVariable String id) {
        return storage(user).cases().find(CaseId.of(id)).orElseThrow(CountyController::noSuchRecord);
    }

    /** Township review (乡镇审核). */
    @PostMapping(path = "/cases/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    Case review(@AuthenticationPrincipal CountyUser user, @PathVariable String id, @RequestBody Step step) {
        Storage storage = storage(user);
        Case c = storage.cases().find(CaseId.of(id)).orElseThrow(CountyController::noSuchRecord);
        return save(storage, user, c.review(user.name(), ca.clock().instant(), opinion(step)), "review");
    }

    /**
     * Approval (审批): at the level the decision requires — a township approver approves only what the township may
     * decide; the county approves anything. The household is assessed again for this month first.
     */
    @PostMapping(path = "/cases/{id}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> approve(@AuthenticationPrincipal CountyUser user, @PathVariable String id,
                                @RequestBody Step step, HttpServletRequest request) {
        Storage storage = storage(user);
        Case c = storage.cases().find(CaseId.of(id)).orElseThrow(CountyController::noSuchRecord);
        Decision d = assessCase(storage, c);
        ApprovalLevel required = d.approval().orElse(ApprovalLevel.COUNTY);
        if (!user.role().mayApprove(required)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "approval-level", "该业务须由" + required.chineseName() + "审批",
                    "This case must be approved by the " + required.englishName());
        }
        if (!d.eligible()) {
            throw new ApiException(HttpStatus.CONFLICT, "not-eligible", "按本月标准测算不符合条件，不能批准",
                    "Assessed with this month's standards the subject is not eligible: " + d.reasons().stream()
                            .map(ReasonCode::code).toList());
        }
        Case saved = save(storage, user, c.approve(user.role().approvalLevel().orElseThrow(), user.name(),
                ca.clock().instant(), opinion(step)), "approve");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("case", saved);
        out.put("decision", decision(d, Languages.of(request)));
        return out;
    }

    /** Rejection (不予批准), at the approver's level. */
    @PostMapping(path = "/cases/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    Case reject(@AuthenticationPrincipal CountyUser user, @PathVariable String id, @RequestBody Step step) {
        Storage storage = storage(user);
        Case c = storage.cases().find(CaseId.of(id)).orElseThrow(CountyController::noSuchRecord);
        return save(storage, user, c.reject(user.role().approvalLevel().orElseThrow(), user.name(),
                ca.clock().instant(), opinion(step)), "reject");
    }

    private Decision assessCase(Storage storage, Case c) {
        if (c.subject().kind() == SubjectKind.HOUSEHOLD) {
            Household h = storage.households().get(HouseholdId.of(c.subject().id()));
            return assessments.assess(c.program(), h, ca.currentMonth());
        }
        PersonId p = PersonId.of(c.subject().id());
        Household h = storage.households().findByMember(p).orElseThrow(CountyController::noSuchRecord);
        return assessments.assess(c.program(), h, p, ca.currentMonth());
    }

    private static Case save(Storage storage, CountyUser user, Case c, String step) {
        Case saved = storage.cases().save(c, WriteContext.of(user.name(), c.history().get(c.history().size() - 1)
                .reason()));
        LOG.info("case {} {} by {} -> {}", saved.id().value(), step, user.name(), saved.state().code());
        return saved;
    }

    private static String opinion(Step step) {
        if (step == null || step.reason() == null || step.reason().isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-parameter", "请填写办理意见", "reason is required");
        }
        return step.reason();
    }

    // ---- monthly run (月度运行) ----

    /** The body of {@code POST /api/runs}. */
    record RunRequest(YearMonth month, String region) {
    }

    /** Runs a month for a township (or, for the county approver, the county). */
    @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> run(@AuthenticationPrincipal CountyUser user, @RequestBody RunRequest body) {
        if (body.month() == null || body.region() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-parameter", "缺少月份或地区", "month and region are required");
        }
        RegionCode region = RegionCode.parse(body.region());
        inRegion(user, region);
        MonthlyRun run = runs.runMonth(body.month(), region);
        LOG.info("month {} run for {} by {}: {} assessed, {} posted, {} failed", run.month(), region.shortForm(),
                user.name(), run.assessed(), run.posted(), run.failures().size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("month", run.month().toString());
        out.put("region", run.region().shortForm());
        out.put("complete", run.complete());
        out.put("assessed", run.assessed());
        out.put("posted", run.posted());
        out.put("alreadyPosted", run.alreadyPosted());
        out.put("amount", run.amount());
        Map<String, Object> programs = new LinkedHashMap<>();
        for (ProgramRun p : run.programs().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("assessed", p.assessed());
            m.put("paid", p.paid());
            m.put("posted", p.posted());
            m.put("changed", p.changed());
            m.put("failed", p.failed());
            m.put("amount", p.amount());
            programs.put(p.program().value(), m);
        }
        out.put("programs", programs);
        out.put("changes", run.changes().size());
        List<Map<String, Object>> failures = new ArrayList<>();
        for (RunFailure f : run.failures()) {
            Map<String, Object> m = new LinkedHashMap<>();
            f.caseId().ifPresent(x -> m.put("case", x.value()));
            f.program().ifPresent(x -> m.put("program", x.value()));
            m.put("code", f.code());
            m.put("message", f.message());
            failures.add(m);
        }
        out.put("failures", failures);
        out.put("elapsedMillis", run.elapsed().toMillis());
        return out;
    }

    // ---- report (统计报表) ----

    /** The district report for the user's region, as JSON. */
    @GetMapping(path = "/reports/district", produces = MediaType.APPLICATION_JSON_VALUE)
    String reportJson(@AuthenticationPrincipal CountyUser user, @RequestParam YearMonth from, @RequestParam YearMonth to) {
        return ReportRenderer.json(report(user, from, to));
    }

    /** The district report for the user's region, as a self-contained HTML page in the requested language. */
    @GetMapping(path = "/reports/district", produces = MediaType.TEXT_HTML_VALUE)
    String reportHtml(@AuthenticationPrincipal CountyUser user, @RequestParam YearMonth from, @RequestParam YearMonth to,
                      HttpServletRequest request) {
        return ReportRenderer.html(report(user, from, to), Languages.of(request), Optional.empty());
    }

    private DistrictReport report(CountyUser user, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-parameter", "结束月份早于开始月份", "to is before from");
        }
        return ca.report(user.region(), from, to);
    }

    // ---- audit (审计日志) ----

    /** The audit entries of one record (who changed it, when, why). */
    @GetMapping("/audit/{entity}/{id}")
    List<Map<String, Object>> audit(@AuthenticationPrincipal CountyUser user, @PathVariable String entity,
                                    @PathVariable String id) {
        EntityType type = java.util.Arrays.stream(EntityType.values()).filter(t -> t.code().equals(entity)).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "bad-parameter", "未知的记录类型",
                        "Unknown entity type; expected one of household, person, case, payment, service-record, facility"));
        List<Map<String, Object>> out = new ArrayList<>();
        for (AuditEntry e : storage(user).audit().forEntity(type, id)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sequence", e.sequence());
            m.put("at", e.at().toString());
            m.put("actor", e.actor().id());
            m.put("operation", e.operation().code());
            m.put("version", e.version());
            m.put("reason", e.reason());
            out.add(m);
        }
        return out;
    }

    // ---- helpers ----

    private Storage storage(CountyUser user) {
        return ca.storage().scopedTo(user.region());
    }

    private static void inRegion(CountyUser user, RegionCode region) {
        if (!user.region().contains(region)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "outside-region", "该地区不在您的辖区内",
                    "The region lies outside your region");
        }
    }

    private static ApiException noSuchRecord() {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "记录不存在", "No such record");
    }

    static Map<String, Object> decision(Decision d, Locale locale) {
        boolean en = Languages.english(locale);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("program", d.program().value());
        out.put("month", d.month().toString());
        out.put("region", d.region().shortForm());
        out.put("eligible", d.eligible());
        out.put("amount", d.amount());
        List<Map<String, Object>> components = new ArrayList<>();
        for (DecisionComponent c : d.components()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind().code());
            c.person().ifPresent(p -> m.put("person", p.value()));
            m.put("amount", c.exactAmount().toPlainString());
            components.add(m);
        }
        out.put("components", components);
        out.put("reasons", d.reasons().stream().map(r -> Map.of("code", r.code(), "message",
                en ? r.englishName() : r.chineseName())).toList());
        out.put("notes", d.notes().stream().map(r -> Map.of("code", r.code(), "message",
                en ? r.englishName() : r.chineseName())).toList());
        d.approval().ifPresent(a -> out.put("approval", a.code()));
        d.category().ifPresent(c -> out.put("category", c.code()));
        List<Map<String, Object>> used = new ArrayList<>();
        for (ResolvedValue<?> v : d.standardsUsed()) {
            used.add(Map.of("standard", v.standard().code(), "value", format(v), "source", v.source()));
        }
        out.put("standardsUsed", used);
        out.put("language", en ? "en" : "zh");
        out.put("explanation", d.explanation().lines(locale));
        return out;
    }

    private static <T> String format(ResolvedValue<T> v) {
        return v.standard().valueType().format(v.value());
    }
}
