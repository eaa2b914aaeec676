package org.minzheng.tck.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.code.Coded;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.InvalidIdentifierException;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.CapabilityRecord;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.LivingSituation;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Placement;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.Relative;
import org.minzheng.core.registry.RelativeKind;
import org.minzheng.core.registry.SchoolEnrolment;
import org.minzheng.core.registry.SchoolLevel;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.rule.Application;
import org.minzheng.core.rule.ApplicationFormat;
import org.minzheng.core.rule.Enrolments;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.rule.SubjectFacts;
import org.minzheng.core.rule.Supporter;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.core.standards.Reform;
import org.minzheng.core.standards.Standard;
import org.minzheng.json.InputChecks;
import org.minzheng.runtime.Programs;
import org.minzheng.spi.storage.StorageLimits;

/**
 * Turns the node tree of one case file into {@link PolicyCase}s, collecting every problem with its line
 * and path. The keys of each block are listed here once; the README documents them.
 *
 * <p>Impossible data is refused even where no rule of core would notice it: a member or supporter born
 * after the month assessed, an amount beyond ±{@link StorageLimits#MAX_AMOUNT}, a date before
 * {@link #EARLIEST_DATE} or from {@link #LATEST_DATE} on, a period outside 1949-10 .. 2099-12, and
 * numbers in exponent notation. Messages quote at most {@value InputChecks#EXCERPT} characters of a value.
 */
final class CaseReader {

    static final Set<String> CASE_KEYS = keys("name", "description", "program", "period", "region", "standards",
            "household", "request", "expect");
    static final Set<String> HOUSEHOLD_KEYS = keys("hukou", "enrolled", "members", "assets", "expenditures");
    /** Keys of a rigid expenditure: {@code {kind: medical, month: 2022-09, amount: 1200.00}}. */
    static final Set<String> EXPENDITURE_KEYS = keys("kind", "month", "amount");
    static final Set<String> ASSET_KEYS = keys("deposits", "securities", "vehicles", "vehicles-value", "real-estate",
            "real-estate-value");
    static final Set<String> MEMBER_KEYS = keys("relation", "name", "id-number", "birth", "gender", "hukou", "incomes",
            "disability", "serious-illness", "labour-capacity", "self-care-lost", "capability", "status", "placement",
            "parents", "subject", "enrolled", "guardianship", "school", "hiv", "relatives", "living", "assessments");
    static final Set<String> ASSESSMENT_KEYS = keys("on", "score", "level");
    static final Set<String> SCHOOL_KEYS = keys("level", "from", "to");
    static final Set<String> RELATIVE_KEYS = keys("kind", "birth", "gender", "status", "disability", "serious-illness",
            "annual-income", "without-civil-capacity");
    static final Set<String> DISABILITY_KEYS = keys("category", "grade");
    static final Set<String> STATUS_KEYS = keys("kind", "since");
    static final Set<String> PARENT_KEYS = keys("role", "status", "disability", "serious-illness");
    static final Set<String> SUPPORTER_KEYS = keys("relation", "name", "id-number", "birth", "gender", "hukou",
            "incomes", "annual-income", "disability", "serious-illness", "status", "enrolled",
            "without-civil-capacity");
    static final Set<String> GUARDIANSHIP_KEYS = keys("guardian", "name", "signed", "from", "to");
    static final Set<String> EXPECT_KEYS = keys("eligible", "amount", "reasons", "notes", "components", "approval",
            "category", "hours", "services");

    /** The earliest date a case file may hold (a birth date, a status, a signature): 1900-01-01. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The first date a case file may no longer hold: 2100-01-01. */
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 1, 1);
    private static final YearMonth EARLIEST_PERIOD = YearMonth.of(1949, 10);
    private static final YearMonth LATEST_PERIOD = YearMonth.of(2099, 12);

    private static Set<String> keys(String... keys) {
        return Set.copyOf(new LinkedHashSet<>(Arrays.asList(keys)));
    }

    private final String file;
    private final List<CaseFileProblem> problems;
    private final Programs programs;

    CaseReader(String file, List<CaseFileProblem> problems, Programs programs) {
        this.file = file;
        this.problems = problems;
        this.programs = programs;
    }

    /** Reads every case of a document whose root is a list. */
    List<PolicyCase> cases(CaseNode root) {
        List<PolicyCase> out = new ArrayList<>();
        if (root.kind != CaseNode.Kind.LIST) {
            problem(root, "a case file holds a list of cases (- name: …), found " + root.describe());
            return out;
        }
        Set<String> names = new HashSet<>();
        for (CaseNode node : root.list) {
            int before = problems.size();
            PolicyCase c = policyCase(node);
            if (c != null && problems.size() == before) {
                if (!names.add(c.name())) {
                    problem(node, "duplicate case name '" + InputChecks.excerpt(c.name())
                            + "': names must be unique within a file");
                }
                out.add(c);
            }
        }
        return out;
    }

    private PolicyCase policyCase(CaseNode node) {
        if (!fields(node, CASE_KEYS)) {
            return null;
        }
        String name = required(node, "name") == null ? null : text(node.map.get("name"));
        ProgramRule<?> program = program(required(node, "program"));
        YearMonth period = month(required(node, "period"));
        RegionCode region = region(required(node, "region"));
        Optional<Reform> overrides = Optional.ofNullable(node.map.get("standards"))
                .map(n -> overrides(n, name));
        CaseNode household = required(node, "household");
        CaseNode expect = required(node, "expect");
        Expectation expectation = expect == null ? null : expectation(expect, program);
        Application application = null;
        CaseNode requestNode = node.map.get("request");
        if (program != null) {
            Optional<ApplicationFormat> format = program.application();
            if (requestNode != null && format.isEmpty()) {
                problem(requestNode, "program " + program.code() + " reads no application: remove request");
            } else if (requestNode == null && format.isPresent()) {
                problem(node, "program " + program.code() + " needs a request: {" + String.join(": …, ",
                        format.get().keys()) + ": …}");
            } else if (requestNode != null) {
                application = application(requestNode, format.get());
            }
        }
        SubjectFacts facts = null;
        if (household != null && program != null && region != null && period != null
                && (requestNode == null || application != null)) {
            facts = facts(household, program, region, period, application);
        }
        if (name == null || program == null || period == null || region == null || facts == null
                || expectation == null) {
            return null;
        }
        return new PolicyCase(file, node.line, name, program.programCode(), period, region, overrides, facts,
                expectation);
    }

    // ------------------------------------------------------------------ household and members

    private record MemberSpec(CaseNode node, Person person, Relation relation, boolean subject,
            Set<ProgramCode> enrolled, Placement placement, CaseNode guardianship, Map<IncomeKind, Money> incomes) {
    }

    private SubjectFacts facts(CaseNode node, ProgramRule<?> program, RegionCode region, YearMonth period,
            Application application) {
        if (!fields(node, HOUSEHOLD_KEYS)) {
            return null;
        }
        HukouType hukou = code(required(node, "hukou"), HukouType.class);
        Set<ProgramCode> enrolled = programs(node.map.get("enrolled"), SubjectKind.HOUSEHOLD);
        Assets assets = Optional.ofNullable(node.map.get("assets")).map(this::assets).orElse(Assets.NONE);
        CaseNode membersNode = required(node, "members");
        if (membersNode == null) {
            return null;
        }
        if (membersNode.kind != CaseNode.Kind.LIST || membersNode.list.isEmpty()) {
            problem(membersNode, "members must be a non-empty list");
            return null;
        }
        List<MemberSpec> members = new ArrayList<>();
        for (int i = 0; i < membersNode.list.size(); i++) {
            // with a bad hukou, read the members anyway (as rural) so that all problems are reported
            MemberSpec m = member(membersNode.list.get(i), "p" + (i + 1), "成员" + (i + 1),
                    hukou == null ? HukouType.RURAL : hukou, period);
            members.add(m);
        }
        if (hukou == null || members.contains(null)) {
            return null;
        }
        List<MemberSpec> subjects = members.stream().filter(MemberSpec::subject).toList();
        boolean personProgram = program.subjectKind() == SubjectKind.PERSON;
        if (personProgram && subjects.size() != 1) {
            problem(membersNode, "program " + program.code() + " assesses one person: mark exactly one member with "
                    + "'subject: true' (found " + subjects.size() + ")");
            return null;
        }
        if (!personProgram && !subjects.isEmpty()) {
            problem(subjects.get(0).node().map.get("subject"), "program " + program.code()
                    + " assesses the whole household: remove 'subject'");
            return null;
        }
        Household.Builder hb = Household.builder().id("case-household").region(region).address("policy case")
                .hukou(hukou).assets(assets);
        for (MemberSpec m : members) {
            hb.member(m.person(), m.relation());
            m.incomes().forEach((kind, amount) -> hb.income(Income.of(kind, amount, m.person().id())));
        }
        CaseNode expenditures = node.map.get("expenditures");
        if (expenditures != null) {
            if (expenditures.kind != CaseNode.Kind.LIST) {
                problem(expenditures, "expenditures must be a list of {kind, month, amount}");
                return null;
            }
            for (CaseNode e : expenditures.list) {
                if (!fields(e, EXPENDITURE_KEYS)) {
                    return null;
                }
                CaseNode kindNode = required(e, "kind");
                CaseNode monthNode = required(e, "month");
                CaseNode amountNode = required(e, "amount");
                if (kindNode == null || monthNode == null || amountNode == null) {
                    return null;
                }
                org.minzheng.core.registry.ExpenditureKind kind = code(kindNode,
                        org.minzheng.core.registry.ExpenditureKind.class);
                YearMonth month = month(monthNode);
                Money amount = money(amountNode);
                if (kind == null || month == null || amount == null) {
                    return null;
                }
                hb.rigidExpenditure(new org.minzheng.core.registry.RigidExpenditure(kind, month, amount));
            }
        }
        Household household;
        try {
            household = hb.build();
        } catch (InvalidRecordException e) {
            for (Violation v : e.violations()) {
                problem(node, v.path() + ": " + v.messageEn() + " (" + v.messageZh() + ")");
            }
            return null;
        }
        SubjectFacts.Builder rb = personProgram
                ? SubjectFacts.forPerson(household, subjects.get(0).person().id(), period)
                : SubjectFacts.forHousehold(household, period);
        Enrolments.Builder eb = Enrolments.builder();
        enrolled.forEach(p -> eb.household(household.id(), p));
        for (MemberSpec m : members) {
            m.enrolled().forEach(p -> eb.person(m.person().id(), p));
        }
        rb.enrolments(eb.build());
        for (MemberSpec m : members) {
            if (m.placement() != null) {
                if (!m.subject()) {
                    problem(m.node().map.get("placement"), "placement describes the subject: set it on the member "
                            + "with 'subject: true'");
                    return null;
                }
                rb.placement(m.placement());
            }
            if (m.guardianship() != null) {
                GuardianshipConfirmation g = guardianship(m.guardianship(), m.person(), region);
                if (g == null) {
                    return null;
                }
                rb.record(g);
            }
        }
        if (application != null) {
            rb.application(application);
        }
        CaseNode supportersNode = subjects.isEmpty() ? null : subjects.get(0).node().map.get("supporters");
        // supporters are written on the subject (issue 7) but read at member level below
        for (MemberSpec m : members) {
            CaseNode s = m.node().map.get("supporters");
            if (s != null && !m.subject()) {
                problem(s, "supporters belong to the subject: set them on the member with 'subject: true'");
                return null;
            }
        }
        if (supportersNode != null) {
            if (supportersNode.kind != CaseNode.Kind.LIST) {
                problem(supportersNode, "supporters must be a list");
                return null;
            }
            for (int i = 0; i < supportersNode.list.size(); i++) {
                Supporter s = supporter(supportersNode.list.get(i), "s" + (i + 1), hukou, period);
                if (s == null) {
                    return null;
                }
                rb.supporter(s);
            }
        }
        try {
            return rb.build();
        } catch (IllegalArgumentException e) {
            problem(node, e.getMessage());
            return null;
        }
    }

    private MemberSpec member(CaseNode node, String id, String defaultName, HukouType householdHukou,
            YearMonth period) {
        Set<String> allowed = new HashSet<>(MEMBER_KEYS);
        allowed.add("supporters");
        if (!fields(node, allowed)) {
            return null;
        }
        int before = problems.size();
        Relation relation = code(required(node, "relation"), Relation.class);
        Person.Builder pb = personBuilder(node, id, defaultName, householdHukou);
        Optional.ofNullable(node.map.get("labour-capacity")).map(n -> code(n, LabourCapacity.class))
                .ifPresent(pb::labourCapacity);
        CaseNode selfCareNode = node.map.get("self-care-lost");
        CaseNode capabilityNode = node.map.get("capability");
        SelfCare selfCare = null;
        if (selfCareNode != null) {
            Integer lost = integer(selfCareNode, 0, 6);
            if (lost != null) {
                selfCare = lost == 0 ? SelfCare.ABLE
                        : SelfCare.losing(Arrays.copyOf(ActivityOfDailyLiving.values(), lost));
            }
        }
        if (capabilityNode != null) {
            CapabilityLevel level = code(capabilityNode, CapabilityLevel.class);
            if (level != null) {
                // assessed on the first day of the month assessed
                selfCare = (selfCare == null ? SelfCare.ABLE : selfCare).withAssessment(level, period.atDay(1));
            }
        }
        if (selfCare != null) {
            pb.selfCare(selfCare);
        }
        LocalDate birth = birthOf(node);
        bornBeforeEndOf(node, birth, period);
        CaseNode parents = node.map.get("parents");
        if (parents != null) {
            if (parents.kind != CaseNode.Kind.LIST || parents.list.size() > 2) {
                problem(parents, "parents must be a list of at most two entries (father, mother)");
            } else {
                for (int i = 0; i < parents.list.size(); i++) {
                    Parent p = parent(parents.list.get(i), i == 0 ? ParentRole.FATHER : ParentRole.MOTHER, birth);
                    if (p != null) {
                        pb.parent(p);
                    }
                }
            }
        }
        CaseNode school = node.map.get("school");
        if (school != null && fields(school, SCHOOL_KEYS)) {
            SchoolLevel level = code(required(school, "level"), SchoolLevel.class);
            LocalDate from = date(required(school, "from"));
            Optional<LocalDate> to = Optional.ofNullable(school.map.get("to")).map(this::date);
            if (level != null && from != null) {
                if (to.isPresent() && to.get().isBefore(from)) {
                    problem(school, "school 'to' is before 'from' (离校日期早于入学日期)");
                } else {
                    pb.schoolEnrolment(new SchoolEnrolment(level, from, to));
                }
            }
        }
        Optional.ofNullable(node.map.get("hiv")).map(this::bool).ifPresent(pb::hivInfected);
        Optional.ofNullable(node.map.get("living")).map(n -> code(n, LivingSituation.class))
                .ifPresent(pb::livingSituation);
        CaseNode assessments = node.map.get("assessments");
        if (assessments != null) {
            if (assessments.kind != CaseNode.Kind.LIST) {
                problem(assessments, "assessments must be a list of {on, score, level} (能力评估记录)");
            } else {
                List<CapabilityRecord> records = new ArrayList<>();
                for (CaseNode a : assessments.list) {
                    if (!fields(a, ASSESSMENT_KEYS)) {
                        continue;
                    }
                    LocalDate on = date(required(a, "on"));
                    Integer score = integer(required(a, "score"), 0, 90);
                    CapabilityLevel level = code(required(a, "level"), CapabilityLevel.class);
                    if (on != null && score != null && level != null) {
                        records.add(new CapabilityRecord(on, score, level));
                    }
                }
                try {
                    pb.capabilityAssessments(records);
                } catch (IllegalArgumentException e) {
                    problem(assessments, "assessments: " + e.getMessage());
                }
            }
        }
        CaseNode relatives = node.map.get("relatives");
        if (relatives != null) {
            if (relatives.kind != CaseNode.Kind.LIST) {
                problem(relatives, "relatives must be a list");
            } else {
                for (CaseNode r : relatives.list) {
                    Relative rel = relative(r);
                    if (rel != null) {
                        pb.relative(rel);
                    }
                }
            }
        }
        boolean subject = Optional.ofNullable(node.map.get("subject")).map(this::bool).orElse(false);
        Set<ProgramCode> enrolled = programs(node.map.get("enrolled"), SubjectKind.PERSON);
        Placement placement = Optional.ofNullable(node.map.get("placement")).map(this::placement).orElse(null);
        Map<IncomeKind, Money> incomes = incomes(node.map.get("incomes"));
        if (problems.size() != before || relation == null) {
            return null;
        }
        Person person = buildPerson(pb, node);
        if (person == null) {
            return null;
        }
        return new MemberSpec(node, person, relation, subject, enrolled, placement, node.map.get("guardianship"),
                incomes);
    }

    private Person.Builder personBuilder(CaseNode node, String id, String defaultName, HukouType householdHukou) {
        Person.Builder pb = Person.builder().id(id);
        pb.name(Optional.ofNullable(node.map.get("name")).map(this::text).orElse(defaultName));
        CaseNode idNumber = node.map.get("id-number");
        String idText = idNumber == null ? null : text(idNumber);
        if (idText != null) {
            try {
                pb.idNumber(IdNumber.parse(idText));
            } catch (InvalidIdentifierException e) {
                problem(idNumber, "invalid identity number: " + e.messageEn());
            }
        }
        CaseNode birth = node.map.get("birth");
        if (birth != null) {
            Optional.ofNullable(date(birth)).ifPresent(pb::birthDate);
        } else if (idNumber == null) {
            problem(node, "birth is required (or an id-number to take it from)");
        }
        CaseNode gender = node.map.get("gender");
        if (gender != null) {
            Optional.ofNullable(code(gender, Gender.class)).ifPresent(pb::gender);
        } else if (idNumber == null) {
            problem(node, "gender is required (male | female), or an id-number to take it from");
        }
        pb.hukou(Optional.ofNullable(node.map.get("hukou")).map(n -> code(n, HukouType.class)).orElse(householdHukou));
        Optional.ofNullable(node.map.get("disability")).map(this::disability).ifPresent(pb::disability);
        Optional.ofNullable(node.map.get("serious-illness")).map(this::bool).ifPresent(pb::seriouslyIll);
        Optional.ofNullable(node.map.get("status")).map(this::status).ifPresent(pb::status);
        return pb;
    }

    /** A person assessed for a month must have been born by its last day: no rule can judge the unborn. */
    private void bornBeforeEndOf(CaseNode node, LocalDate birth, YearMonth period) {
        if (birth != null && period != null && birth.isAfter(period.atEndOfMonth())) {
            CaseNode at = node.map.containsKey("birth") ? node.map.get("birth") : node.map.get("id-number");
            problem(at == null ? node : at, "born on " + birth + ", after the period assessed (" + period
                    + "): a person must be born by the last day of the month (出生日期晚于测算月份)");
        }
    }

    private LocalDate birthOf(CaseNode node) {
        CaseNode birth = node.map.get("birth");
        if (birth != null && birth.kind == CaseNode.Kind.SCALAR) {
            try {
                return LocalDate.parse(birth.text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        CaseNode idNumber = node.map.get("id-number");
        if (idNumber != null && idNumber.kind == CaseNode.Kind.SCALAR && IdNumber.isValid(idNumber.text)) {
            return IdNumber.parse(idNumber.text).birthDate();
        }
        return null;
    }

    private Person buildPerson(Person.Builder pb, CaseNode node) {
        try {
            return pb.build();
        } catch (InvalidRecordException e) {
            for (Violation v : e.violations()) {
                problem(node, v.path() + ": " + v.messageEn() + " (" + v.messageZh() + ")");
            }
            return null;
        }
    }

    private Supporter supporter(CaseNode node, String id, HukouType householdHukou, YearMonth period) {
        if (!fields(node, SUPPORTER_KEYS)) {
            return null;
        }
        int before = problems.size();
        Optional.ofNullable(node.map.get("relation")).map(n -> code(n, Relation.class));
        Person.Builder pb = personBuilder(node, id, "赡养人" + id.substring(1), householdHukou);
        bornBeforeEndOf(node, birthOf(node), period);
        Map<IncomeKind, Money> incomes = incomes(node.map.get("incomes"));
        CaseNode annual = node.map.get("annual-income");
        Optional<Money> annualIncome;
        if (annual != null) {
            if (node.map.containsKey("incomes")) {
                problem(annual, "give either incomes (monthly) or annual-income, not both");
            }
            annualIncome = Optional.ofNullable(money(annual));
        } else if (node.map.containsKey("incomes")) {
            Money monthly = incomes.values().stream().reduce(Money.ZERO, Money::plus);
            annualIncome = Optional.of(monthly.times(12));
        } else {
            annualIncome = Optional.empty();
        }
        Set<ProgramCode> enrolled = programs(node.map.get("enrolled"), null);
        boolean incapable = Optional.ofNullable(node.map.get("without-civil-capacity")).map(this::bool).orElse(false);
        if (problems.size() != before) {
            return null;
        }
        Person person = buildPerson(pb, node);
        return person == null ? null : new Supporter(person, enrolled, annualIncome, incapable);
    }

    private GuardianshipConfirmation guardianship(CaseNode node, Person child, RegionCode region) {
        if (!fields(node, GUARDIANSHIP_KEYS)) {
            return null;
        }
        int before = problems.size();
        GuardianRelation relation = code(required(node, "guardian"), GuardianRelation.class);
        LocalDate signed = date(required(node, "signed"));
        LocalDate from = Optional.ofNullable(node.map.get("from")).map(this::date).orElse(signed);
        Optional<LocalDate> until = Optional.ofNullable(node.map.get("to")).map(this::date); // the last day, inclusive
        String name = Optional.ofNullable(node.map.get("name")).map(this::text).orElse("受托监护人");
        if (problems.size() != before) {
            return null;
        }
        try {
            return GuardianshipConfirmation.builder().id(ServiceRecordId.of("case-guardianship"))
                    .subject(SubjectRef.person(child.id())).region(region).guardianName(name)
                    .guardianRelation(relation).signedOn(signed).termStart(from).termEnd(until).build();
        } catch (InvalidRecordException e) {
            for (Violation v : e.violations()) {
                problem(node, v.path() + ": " + v.messageEn() + " (" + v.messageZh() + ")");
            }
            return null;
        }
    }

    /** A relative living outside the household, described (no record of its own in a case). */
    private Relative relative(CaseNode node) {
        if (!fields(node, RELATIVE_KEYS)) {
            return null;
        }
        int before = problems.size();
        RelativeKind kind = code(required(node, "kind"), RelativeKind.class);
        LocalDate birth = date(required(node, "birth"));
        Gender gender = code(required(node, "gender"), Gender.class);
        PersonStatus status = Optional.ofNullable(node.map.get("status")).map(this::status).orElse(null);
        Disability disability = Optional.ofNullable(node.map.get("disability")).map(this::disability).orElse(null);
        boolean ill = Optional.ofNullable(node.map.get("serious-illness")).map(this::bool).orElse(false);
        Money income = Optional.ofNullable(node.map.get("annual-income")).map(this::money).orElse(null);
        boolean incapable = Optional.ofNullable(node.map.get("without-civil-capacity")).map(this::bool).orElse(false);
        if (problems.size() != before || kind == null || birth == null || gender == null) {
            return null;
        }
        try {
            return new Relative(kind, Optional.empty(), gender, birth,
                    status == null ? PersonStatus.of(StatusKind.AT_HOME, birth) : status, Optional.ofNullable(disability),
                    ill, Optional.ofNullable(income), incapable);
        } catch (IllegalArgumentException e) {
            problem(node, e.getMessage());
            return null;
        }
    }

    private Parent parent(CaseNode node, ParentRole defaultRole, LocalDate childBirth) {
        if (!fields(node, PARENT_KEYS)) {
            return null;
        }
        ParentRole role = Optional.ofNullable(node.map.get("role")).map(n -> code(n, ParentRole.class))
                .orElse(defaultRole);
        PersonStatus status = Optional.ofNullable(node.map.get("status")).map(this::status)
                .orElse(childBirth == null ? null : PersonStatus.of(StatusKind.AT_HOME, childBirth));
        if (role == null || status == null) {
            return null;
        }
        Parent p = Parent.of(role, status);
        CaseNode disability = node.map.get("disability");
        if (disability != null) {
            Disability d = disability(disability);
            if (d != null) {
                p = p.withDisability(d);
            }
        }
        CaseNode ill = node.map.get("serious-illness");
        if (ill != null && Boolean.TRUE.equals(bool(ill))) {
            p = p.withSeriouslyIll(true);
        }
        return p;
    }

    private Disability disability(CaseNode node) {
        if (!fields(node, DISABILITY_KEYS)) {
            return null;
        }
        DisabilityCategory category = code(required(node, "category"), DisabilityCategory.class);
        Integer grade = required(node, "grade") == null ? null : integer(node.map.get("grade"), 1, 4);
        return category == null || grade == null ? null : Disability.of(category, grade);
    }

    private PersonStatus status(CaseNode node) {
        if (!fields(node, STATUS_KEYS)) {
            return null;
        }
        StatusKind kind = code(required(node, "kind"), StatusKind.class);
        CaseNode since = node.map.get("since");
        if (kind == null) {
            return null;
        }
        if (since == null) {
            problem(node, "status " + kind.code() + " needs 'since: DATE' (the first day of the status)");
            return null;
        }
        LocalDate date = date(since);
        return date == null ? null : PersonStatus.of(kind, date);
    }

    private Placement placement(CaseNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        switch (text) {
            case "family", "dispersed" -> {
                return Placement.DISPERSED;
            }
            case "institution", "institutional" -> {
                return Placement.INSTITUTIONAL;
            }
            case "kinship", "kinship-care" -> {
                return Placement.KINSHIP_CARE;
            }
            default -> {
                problem(node, "unknown placement '" + InputChecks.excerpt(text)
                        + "'; expected family, kinship or institution");
                return null;
            }
        }
    }

    private Assets assets(CaseNode node) {
        if (!fields(node, ASSET_KEYS)) {
            return null;
        }
        Money deposits = Optional.ofNullable(node.map.get("deposits")).map(this::money).orElse(Money.ZERO);
        Money securities = Optional.ofNullable(node.map.get("securities")).map(this::money).orElse(Money.ZERO);
        Integer vehicles = Optional.ofNullable(node.map.get("vehicles")).map(n -> integer(n, 0, 99)).orElse(0);
        Money vehiclesValue = Optional.ofNullable(node.map.get("vehicles-value")).map(this::money).orElse(Money.ZERO);
        Integer realEstate = Optional.ofNullable(node.map.get("real-estate")).map(n -> integer(n, 0, 99)).orElse(0);
        Money realEstateValue = Optional.ofNullable(node.map.get("real-estate-value")).map(this::money)
                .orElse(Money.ZERO);
        if (deposits == null || securities == null || vehicles == null || vehiclesValue == null || realEstate == null
                || realEstateValue == null) {
            return Assets.NONE;
        }
        return new Assets(deposits, securities, vehicles, vehiclesValue, realEstate, realEstateValue);
    }

    private Map<IncomeKind, Money> incomes(CaseNode node) {
        Map<IncomeKind, Money> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (node.kind != CaseNode.Kind.MAP) {
            problem(node, "incomes must be a mapping of income kind to monthly amount, e.g. {wage: 1200.00}");
            return out;
        }
        node.map.forEach((key, value) -> {
            IncomeKind kind = Coded.findByCode(IncomeKind.class, key).orElse(null);
            if (kind == null) {
                problem(value, "unknown income kind '" + InputChecks.excerpt(key) + "'; expected one of "
                        + codes(IncomeKind.class));
                return;
            }
            Money m = money(value);
            if (m != null) {
                out.put(kind, m);
            }
        });
        return out;
    }

    /**
     * Reads a list of program codes. With a kind, each program must be granted to that kind of subject: a household
     * is enrolled in household programs, a member in person programs (a supporter, kind null, in either).
     */
    private Set<ProgramCode> programs(CaseNode node, SubjectKind kind) {
        Set<ProgramCode> out = new LinkedHashSet<>();
        if (node == null) {
            return out;
        }
        if (node.kind != CaseNode.Kind.LIST) {
            problem(node, "expected a list of program codes, e.g. [dibao]");
            return out;
        }
        for (CaseNode n : node.list) {
            ProgramRule<?> p = program(n);
            if (p == null) {
                continue;
            }
            if (kind != null && p.subjectKind() != kind) {
                problem(n, kind == SubjectKind.HOUSEHOLD
                        ? "program " + p.code() + " is granted to a person: write 'enrolled: [" + p.code()
                                + "]' on the member who receives it, not on the household (个人项目应登记在成员上)"
                        : "program " + p.code() + " is granted to a household: write 'enrolled: [" + p.code()
                                + "]' on the household, not on a member (家庭项目应登记在家庭上)");
                continue;
            }
            out.add(p.programCode());
        }
        return out;
    }

    private ProgramRule<?> program(CaseNode node) {
        if (node == null) {
            return null;
        }
        if (node.kind == CaseNode.Kind.SCALAR && ProgramCode.isValid(node.text)) {
            Optional<ProgramRule<?>> p = programs.find(ProgramCode.of(node.text));
            if (p.isPresent()) {
                return p.get();
            }
        }
        problem(node, "unknown program " + node.describe() + "; expected one of "
                + programs.all().stream().map(ProgramRule::code).collect(Collectors.joining(", ")));
        return null;
    }

    private Application application(CaseNode node, ApplicationFormat format) {
        Set<String> allowed = new LinkedHashSet<>(format.keys());
        allowed.addAll(format.optionalKeys());
        if (!fields(node, allowed)) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : allowed) {
            CaseNode v = format.keys().contains(key) ? required(node, key) : node.map.get(key);
            if (v == null) {
                if (format.keys().contains(key)) {
                    return null;
                }
                continue;
            }
            if (v.kind != CaseNode.Kind.SCALAR) {
                problem(v, key + " must be a single value, found " + v.describe());
                return null;
            }
            values.put(key, v.text);
        }
        try {
            return format.read(values);
        } catch (IllegalArgumentException e) {
            problem(node, e.getMessage());
            return null;
        }
    }

    private Reform overrides(CaseNode node, String caseName) {
        if (node.kind != CaseNode.Kind.MAP) {
            problem(node, "standards must be a mapping of standard code to value, e.g. {dibao.rounding: fen}");
            return null;
        }
        Reform.Builder b = Reform.builder("case " + (caseName == null ? "" : caseName));
        int before = problems.size();
        node.map.forEach((code, value) -> {
            Optional<Standard<?>> standard = programs.standards().stream().filter(s -> s.code().equals(code))
                    .findFirst();
            if (standard.isEmpty()) {
                problem(value, "unknown standard '" + InputChecks.excerpt(code)
                        + "'; the codes are listed in docs/standards.md");
                return;
            }
            if (value.kind != CaseNode.Kind.SCALAR) {
                problem(value, "the value of " + code + " must be a single value, found " + value.describe());
                return;
            }
            set(b, standard.get(), value);
        });
        if (problems.size() != before || node.map.isEmpty()) {
            if (node.map.isEmpty()) {
                problem(node, "standards is empty: remove it or set at least one standard");
            }
            return null;
        }
        return b.build();
    }

    private <T> void set(Reform.Builder b, Standard<T> standard, CaseNode value) {
        T parsed;
        try {
            parsed = standard.valueType().parse(value.text);
        } catch (IllegalArgumentException e) {
            try {
                parsed = standard.valueType().parse(value.text.toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException again) {
                problem(value, standard.code() + ": " + e.getMessage());
                return;
            }
        }
        try {
            b.set(standard, parsed);
        } catch (IllegalArgumentException e) {
            // a value of the right type outside the standard's range
            problem(value, standard.code() + ": " + e.getMessage());
        }
    }

    private Expectation expectation(CaseNode node, ProgramRule<?> program) {
        if (!fields(node, EXPECT_KEYS)) {
            return null;
        }
        int before = problems.size();
        Boolean eligible = required(node, "eligible") == null ? null : bool(node.map.get("eligible"));
        Money amount = required(node, "amount") == null ? null : money(node.map.get("amount"));
        Optional<List<String>> reasons = Optional.ofNullable(node.map.get("reasons")).map(n -> reasonCodes(n, program));
        Optional<List<String>> notes = Optional.ofNullable(node.map.get("notes")).map(n -> reasonCodes(n, program));
        Optional<Map<String, Money>> components = Optional.ofNullable(node.map.get("components")).map(n -> {
            Map<String, Money> out = new LinkedHashMap<>();
            if (n.kind != CaseNode.Kind.MAP) {
                problem(n, "components must be a mapping of component code to amount, e.g. {base: 1410.00}");
                return out;
            }
            n.map.forEach((key, value) -> {
                if (Coded.findByCode(PaymentComponent.class, key).isEmpty()) {
                    problem(value, "unknown component '" + InputChecks.excerpt(key) + "'; expected one of "
                            + codes(PaymentComponent.class));
                    return;
                }
                Money m = money(value);
                if (m != null) {
                    out.put(key, m);
                }
            });
            return out;
        });
        Optional<String> approval = Optional.ofNullable(node.map.get("approval"))
                .map(n -> code(n, ApprovalLevel.class)).map(ApprovalLevel::code);
        Optional<String> category = Optional.ofNullable(node.map.get("category")).map(this::text);
        Optional<BigDecimal> hours = Optional.ofNullable(node.map.get("hours")).map(this::decimal);
        Optional<Integer> services = Optional.ofNullable(node.map.get("services")).map(n -> integer(n, 0, 1000));
        if (problems.size() != before || eligible == null || amount == null) {
            return null;
        }
        if (!eligible && !amount.isZero()) {
            problem(node.map.get("amount"), "a case that is not eligible expects amount 0.00");
            return null;
        }
        return new Expectation(eligible, amount, reasons, notes, components, approval, category, hours, services);
    }

    private List<String> reasonCodes(CaseNode n, ProgramRule<?> program) {
        List<String> codes = new ArrayList<>();
        if (n.kind != CaseNode.Kind.LIST) {
            problem(n, "expected a list of reason codes, e.g. [dibao.income-not-below-standard]");
            return codes;
        }
        for (CaseNode r : n.list) {
            if (r.kind == CaseNode.Kind.SCALAR && program != null && program.reason(r.text).isPresent()) {
                codes.add(r.text);
            } else if (program != null) {
                problem(r, "unknown reason " + r.describe() + " for program " + program.code() + "; expected one of "
                        + program.reasons().stream().map(x -> x.code()).collect(Collectors.joining(", ")));
            }
        }
        return codes;
    }

    // ------------------------------------------------------------------ scalars

    private boolean fields(CaseNode node, Set<String> allowed) {
        if (node.kind != CaseNode.Kind.MAP) {
            problem(node, "expected a mapping with keys " + new TreeSet<>(allowed) + ", found " + node.describe());
            return false;
        }
        boolean ok = true;
        for (Map.Entry<String, CaseNode> e : node.map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue(), "unknown key '" + InputChecks.excerpt(e.getKey()) + "'; expected one of "
                        + new TreeSet<>(allowed));
                ok = false;
            }
        }
        return ok;
    }

    private CaseNode required(CaseNode node, String key) {
        CaseNode value = node.map.get(key);
        if (value == null || value.kind == CaseNode.Kind.NULL) {
            problem(node, key + " is required");
            return null;
        }
        return value;
    }

    private String text(CaseNode node) {
        if (node == null) {
            return null;
        }
        if (node.kind != CaseNode.Kind.SCALAR || node.text.isBlank()) {
            problem(node, "expected a text, found " + node.describe());
            return null;
        }
        return node.text;
    }

    private Boolean bool(CaseNode node) {
        if (node.kind == CaseNode.Kind.SCALAR && ("true".equals(node.text) || "false".equals(node.text))) {
            return Boolean.valueOf(node.text);
        }
        problem(node, "expected true or false, found " + node.describe());
        return null;
    }

    private Integer integer(CaseNode node, int min, int max) {
        if (node.kind == CaseNode.Kind.SCALAR && !node.string) {
            try {
                int v = Integer.parseInt(node.text);
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(node, "expected a whole number from " + min + " to " + max + ", found " + node.describe());
        return null;
    }

    private BigDecimal decimal(CaseNode node) {
        // plain notation only: 1e999999999 is a number that no one means, and a denial of service
        if (node.kind == CaseNode.Kind.SCALAR && node.text.length() <= 32
                && node.text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?")) {
            return new BigDecimal(node.text);
        }
        problem(node, "expected a number in plain notation (e.g. 12.5), found " + node.describe());
        return null;
    }

    private Money money(CaseNode node) {
        if (node.kind == CaseNode.Kind.SCALAR && node.text.matches("(0|[1-9][0-9]*)(\\.[0-9]{1,2})?")) {
            Money amount = Money.of(node.text);
            if (amount.compareTo(StorageLimits.MAX_AMOUNT) > 0) {
                problem(node, "amount " + node.describe() + " is out of range: at most " + StorageLimits.MAX_AMOUNT
                        + " yuan (金额超出范围)");
                return null;
            }
            return amount;
        }
        problem(node, "expected an amount in yuan with at most 2 decimals, not negative (e.g. 1200.00), found "
                + node.describe());
        return null;
    }

    private LocalDate date(CaseNode node) {
        if (node == null) {
            return null;
        }
        if (node.kind == CaseNode.Kind.SCALAR) {
            try {
                LocalDate date = LocalDate.parse(node.text);
                if (date.isBefore(EARLIEST_DATE) || !date.isBefore(LATEST_DATE)) {
                    problem(node, "date " + date + " is outside " + EARLIEST_DATE + " .. " + LATEST_DATE
                            + ": a typo in the year? (日期超出范围)");
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(node, "expected a date YYYY-MM-DD, found " + node.describe());
        return null;
    }

    private YearMonth month(CaseNode node) {
        if (node == null) {
            return null;
        }
        if (node.kind == CaseNode.Kind.SCALAR) {
            try {
                YearMonth month = YearMonth.parse(node.text);
                if (month.isBefore(EARLIEST_PERIOD) || month.isAfter(LATEST_PERIOD)) {
                    problem(node, "period " + month + " is outside " + EARLIEST_PERIOD + " .. " + LATEST_PERIOD
                            + " (测算月份超出范围)");
                    return null;
                }
                return month;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(node, "expected a month YYYY-MM, found " + node.describe());
        return null;
    }

    private RegionCode region(CaseNode node) {
        if (node == null) {
            return null;
        }
        if (node.kind == CaseNode.Kind.SCALAR) {
            try {
                return RegionCode.parse(node.text);
            } catch (InvalidIdentifierException e) {
                problem(node, "invalid region code: " + e.messageEn() + " (write it in quotes, e.g. \"321112\")");
                return null;
            }
        }
        problem(node, "expected a region code such as \"321112\", found " + node.describe());
        return null;
    }

    private <E extends Enum<E> & Coded> E code(CaseNode node, Class<E> type) {
        if (node == null) {
            return null;
        }
        if (node.kind == CaseNode.Kind.SCALAR) {
            Optional<E> e = Coded.findByCode(type, node.text);
            if (e.isPresent()) {
                return e.get();
            }
        }
        problem(node, "unknown " + type.getSimpleName() + " code " + node.describe() + "; expected one of "
                + codes(type));
        return null;
    }

    private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    private void problem(CaseNode node, String message) {
        problems.add(new CaseFileProblem(file, node == null ? 0 : node.line, node == null ? "" : node.path, message));
    }
}
