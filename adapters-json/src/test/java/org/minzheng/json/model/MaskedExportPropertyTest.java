package org.minzheng.json.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.children.CaseServicePlan;
import org.minzheng.core.children.GuardianRelation;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.children.LinkedResource;
import org.minzheng.core.children.PlanReview;
import org.minzheng.core.community.PartnerKind;
import org.minzheng.core.community.Referral;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.AdaptationItem;
import org.minzheng.core.elderly.CareRisk;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.elderly.HomeAdaptation;
import org.minzheng.core.elderly.HomeCareService;
import org.minzheng.core.elderly.HomeCareVisit;
import org.minzheng.core.elderly.LivingArrangement;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.MinzhengModule;
import org.minzheng.json.PersonalData;
import org.minzheng.json.ReadLimits;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A masked export lets nobody rebuild an identity number, a disability certificate number, a name
 * or an exact birth date (decision record 0150), for every record type the module writes:
 * households with their members, persons, cases, payments and the seven kinds of service record.
 *
 * <p>Each generated record holds personal data everywhere an application might put it: identity
 * numbers as person, household, case and record identifiers, names and numbers in addresses,
 * findings, reasons and notes, a parent's status starting on the parent's birth date, certificate
 * numbers, guardians. Two attacks run on each exported record. The first looks for any secret in
 * any exported text. The second rebuilds: for every person in the export, it enumerates the
 * identity numbers consistent with everything the export shows of that person (visible characters
 * of the masked number and of the masked certificate, birth year, gender, the check character
 * computed from the first 17) and requires at least {@value #CANDIDATES} of them, the true number
 * among them; and the birth dates consistent with the export, at least 365.
 */
class MaskedExportPropertyTest {

    /** The fewest identity numbers an attacker must still choose from. */
    private static final int CANDIDATES = 1_000;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "欧阳", "司马", "𠀀", "阿"};
    private static final String[] GIVEN = {"建国", "秀英", "小明", "娜", "伟", "丽丽", "依古丽·买买提", "𠀁𠀂"};
    private static final String[] STAFF = {"孙社工", "周科员", "吴护理员", "郑网格员"};
    private static final String[] REGIONS = {"321112", "110105", "320321", "653101"};
    private static final RegionCode TOWNSHIP = RegionCode.parse("321112100");
    private static final Organisation ORG = Organisation.of(CreditCode.parse("91350100M000100Y43"), "某养老服务中心");

    private final JsonMapper reader = MinzhengJson.mapper();
    private final AtomicLong recordsChecked = new AtomicLong();
    private final AtomicLong personsRebuilt = new AtomicLong();

    /** The people of one generated world, with what must stay secret about each. */
    private record World(Household household, Case aCase, Payment payment, List<ServiceRecord> records,
            List<Person> persons) {
    }

    @Test
    void noMaskedRecord_letsAnIdentityNumberNameOrBirthDateBeRebuilt() {
        JsonMapper export = MinzhengJson.exportMapper();
        qt().withExamples(150).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
            World w = world(seed);
            Map<String, Object> exported = new LinkedHashMap<>();
            exported.put("household", w.household());
            for (Member m : w.household().members()) {
                exported.put("person " + m.person().id().value(), m.person());
            }
            exported.put("case", w.aCase());
            exported.put("payment", w.payment());
            for (ServiceRecord r : w.records()) {
                exported.put(r.kind().code(), r);
            }
            for (Map.Entry<String, Object> e : exported.entrySet()) {
                JsonNode tree = reader.readTree(export.writeValueAsString(e.getValue()));
                assertNoSecret(e.getKey(), tree, w.persons());
                recordsChecked.incrementAndGet();
                if (e.getValue() instanceof Household h) {
                    for (int i = 0; i < h.members().size(); i++) {
                        assertCannotRebuild(h.members().get(i).person(), tree.get("members").get(i).get("person"));
                    }
                } else if (e.getValue() instanceof Person p) {
                    assertCannotRebuild(p, tree);
                } else if (e.getValue() instanceof GuardianshipConfirmation g) {
                    assertCannotRebuild(g.guardianIdNumber().orElseThrow(), null, null, tree.get("guardianIdNumber"), null);
                }
            }
        });
        // 150 worlds of 1–5 members: households, persons, a case, a payment, seven record kinds
        assertThat(recordsChecked.get()).isGreaterThanOrEqualTo(150L * 11);
        assertThat(personsRebuilt.get()).isGreaterThanOrEqualTo(150L * 2);
    }

    @Test
    void pseudonyms_lineUpWithinAnExport_andDependOnlyOnTheKey() {
        World w = world(7);
        byte[] key = new byte[32];
        key[3] = 7;
        JsonMapper a = MinzhengJson.jsonBuilder(MinzhengModule.builder().personalData(PersonalData.MASKED)
                .pseudonymKey(key).build(), ReadLimits.DEFAULT).build();
        JsonMapper b = MinzhengJson.jsonBuilder(MinzhengModule.builder().personalData(PersonalData.MASKED)
                .pseudonymKey(key.clone()).build(), ReadLimits.DEFAULT).build();
        JsonNode household = reader.readTree(a.writeValueAsString(w.household()));
        JsonNode aCase = reader.readTree(a.writeValueAsString(w.aCase()));
        JsonNode payment = reader.readTree(b.writeValueAsString(w.payment()));
        // the case's subject is the household, its payment's key the case: the same pseudonyms
        assertThat(aCase.get("subject").get("id").asString()).isEqualTo(household.get("id").asString()).startsWith("h-");
        assertThat(payment.get("key").get("caseId").asString()).isEqualTo(aCase.get("id").asString()).startsWith("c-");
        assertThat(aCase.get("applicant").asString()).isEqualTo(household.get("members").get(0).get("person").get("id")
                .asString()).startsWith("p-");
        // another export mapper without the key: other pseudonyms
        JsonNode other = reader.readTree(MinzhengJson.exportMapper().writeValueAsString(w.household()));
        assertThat(other.get("id").asString()).isNotEqualTo(household.get("id").asString());
    }

    // ------------------------------------------------------------------ the attacks

    /** No exported text contains an identity number, certificate number, name or birth date. */
    private static void assertNoSecret(String what, JsonNode tree, List<Person> persons) {
        List<String> texts = new ArrayList<>();
        collect(tree, texts);
        String all = String.join("\n", texts);
        for (Person p : persons) {
            List<String> secrets = new ArrayList<>();
            p.idNumber().ifPresent(n -> {
                String v = n.value();
                secrets.add(v);
                secrets.add(v.toLowerCase());
                secrets.add(v.substring(0, 17));
                secrets.add(v.substring(0, 6) + v.substring(8, 17)); // the old 15-digit form
            });
            p.disability().flatMap(Disability::certificate).ifPresent(c -> secrets.add(c.value()));
            String name = p.name();
            int first = name.offsetByCodePoints(0, 1);
            if (name.codePointCount(0, name.length()) >= 2) {
                secrets.add(name);
            }
            if (name.codePointCount(first, name.length()) >= 2) {
                secrets.add(name.substring(first));
            }
            LocalDate birth = p.birthDate();
            secrets.add(birth.toString());
            secrets.add(birth.toString().replace("-", ""));
            for (String secret : secrets) {
                assertThat(all).as("%s must not show %s", what, secret).doesNotContain(secret);
            }
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.asString());
        } else if (node.isNumber() || node.isBoolean()) {
            out.add(node.asString());
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.add(e.getKey());
            collect(e.getValue(), out);
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, out);
            }
        }
    }

    /** Rebuilding a person's identity number and birth date from the exported person. */
    private void assertCannotRebuild(Person original, JsonNode person) {
        String birth = person.get("birthDate").asString();
        Gender gender = Gender.valueOf(person.get("gender").asString().toUpperCase());
        assertThat(birthDates(birth)).as("birth dates consistent with %s", birth).isGreaterThanOrEqualTo(365)
                .matches(x -> consistentBirth(birth, original.birthDate()), "includes the true birth date");
        JsonNode certificate = person.path("disability").path("certificate");
        original.idNumber().ifPresent(n -> assertCannotRebuild(n, birth, gender, person.get("idNumber"),
                certificate.isMissingNode() ? null : certificate));
        assertThat(person.get("name").asString()).isNotEqualTo(original.name()).endsWith("**");
        personsRebuilt.incrementAndGet();
    }

    /**
     * Enumerates the identity numbers consistent with what the export shows: the characters of
     * the masked number and of the masked certificate that are not {@code *}, the birth year (or
     * date) and the gender, the check character computed from the first 17.
     */
    private static void assertCannotRebuild(IdNumber original, String birth, Gender gender, JsonNode idNumber,
            JsonNode certificate) {
        char[] visible = new char[18];
        for (JsonNode masked : new JsonNode[] {idNumber, certificate}) {
            if (masked == null || masked.isNull() || masked.isMissingNode()) {
                continue;
            }
            String m = masked.asString();
            for (int i = 0; i < 18 && i < m.length(); i++) {
                if (m.charAt(i) != '*') {
                    visible[i] = m.charAt(i);
                }
            }
        }
        assertThat(consistent(original.value(), visible, birth, gender)).as("the true number is consistent").isTrue();
        long n = 0;
        int[] years = birth == null ? new int[] {1900, 2024} : new int[] {year(birth), year(birth)};
        outer:
        for (int y = years[0]; y <= years[1]; y++) {
            for (LocalDate d = LocalDate.of(y, 1, 1); d.getYear() == y; d = d.plusDays(1)) {
                if (birth != null && birth.length() == 10 && !d.toString().equals(birth)) {
                    continue;
                }
                String shown = new String(visible, 0, 6);
                boolean regionShown = shown.chars().allMatch(Character::isDigit);
                for (int region = regionShown ? Integer.parseInt(shown) : 0; region < 1_000_000; region++) {
                    String r = String.format("%06d", region);
                    if (!matches(r, visible, 0)) {
                        continue;
                    }
                    String prefix = r + d.toString().replace("-", "");
                    for (int seq = 0; seq < 1000; seq++) {
                        String body = prefix + (char) ('0' + seq / 100) + (char) ('0' + seq / 10 % 10)
                                + (char) ('0' + seq % 10);
                        String candidate = body + check(body);
                        if (consistent(candidate, visible, birth, gender) && ++n >= CANDIDATES) {
                            break outer;
                        }
                    }
                    if (regionShown) {
                        break; // the region is shown: one value
                    }
                }
            }
        }
        assertThat(n).as("identity numbers consistent with %s / %s", idNumber, certificate)
                .isGreaterThanOrEqualTo(CANDIDATES);
    }

    private static boolean consistent(String candidate, char[] visible, String birth, Gender gender) {
        if (!matches(candidate, visible, 0)) {
            return false;
        }
        if (birth != null && !candidate.substring(6, 6 + (birth.length() == 10 ? 8 : 4))
                .equals(birth.replace("-", ""))) {
            return false;
        }
        return gender == null || ((candidate.charAt(16) - '0') % 2 == 1) == (gender == Gender.MALE);
    }

    private static boolean matches(String s, char[] visible, int from) {
        for (int i = 0; i < s.length(); i++) {
            char v = visible[from + i];
            if (v != 0 && Character.toUpperCase(v) != Character.toUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int year(String birth) {
        return Integer.parseInt(birth.substring(0, 4));
    }

    private static long birthDates(String birth) {
        return birth.length() == 10 ? 1 : Year.of(year(birth)).length();
    }

    private static boolean consistentBirth(String birth, LocalDate date) {
        return birth.length() == 10 ? birth.equals(date.toString()) : year(birth) == date.getYear();
    }

    private static char check(String body17) {
        int s = 0;
        for (int i = 0; i < 17; i++) {
            s += (body17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(s % 11);
    }

    // ------------------------------------------------------------------ the generated world

    private static IdNumber idNumber(Random r, LocalDate birth, boolean male) {
        String body = REGIONS[r.nextInt(REGIONS.length)] + birth.toString().replace("-", "")
                + String.format("%02d", r.nextInt(100)) + (male ? 2 * r.nextInt(5) + 1 : 2 * r.nextInt(5));
        return IdNumber.parse(body + check(body));
    }

    private static String name(Random r) {
        if (r.nextInt(20) == 0) {
            return "明"; // a one-character name
        }
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
    }

    /** A household of 1–5, a case, a payment and one record of each kind, full of personal data. */
    static World world(int seed) {
        Random r = new Random(seed);
        int size = 1 + r.nextInt(5);
        List<Person> persons = new ArrayList<>();
        List<LocalDate> births = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // the head is the oldest; every birth lies before 2023, every administrative date after
            births.add(i == 0 ? LocalDate.of(1930 + r.nextInt(40), 1, 1).plusDays(r.nextInt(365))
                    : LocalDate.of(1972 + r.nextInt(50), 1, 1).plusDays(r.nextInt(365)));
        }
        int idStyle = r.nextInt(4);
        for (int i = 0; i < size; i++) {
            LocalDate birth = births.get(i);
            boolean male = r.nextBoolean();
            String name = name(r);
            Person.Builder p = Person.builder().name(name).hukou(r.nextBoolean() ? HukouType.RURAL : HukouType.URBAN);
            String id = "p-" + seed + "-" + i;
            if (r.nextInt(5) == 0) {
                p.birthDate(birth).gender(male ? Gender.MALE : Gender.FEMALE);
            } else {
                IdNumber n = idNumber(r, birth, male);
                p.idNumber(n);
                // applications key persons by the identity number, or build keys from it
                id = switch (idStyle) {
                    case 0 -> n.value();
                    case 1 -> "P" + n.value();
                    case 2 -> n.value().substring(0, 6) + n.value().substring(8, 17); // the 15-digit form
                    default -> id;
                };
                if (r.nextInt(3) == 0) {
                    String certificate = n.value() + (1 + r.nextInt(7)) + (1 + r.nextInt(4))
                            + (r.nextBoolean() ? "B" + (1 + r.nextInt(9)) : "");
                    p.disability(Disability.of(DisabilityCertificateNumber.parse(certificate)));
                }
            }
            p.id(id);
            if (r.nextBoolean()) {
                p.status(r.nextBoolean() ? StatusKind.WORKING_AWAY : StatusKind.LOST_CONTACT,
                        birth.plusDays(1 + r.nextInt(10_000)).isAfter(LocalDate.of(2022, 12, 31))
                                ? LocalDate.of(2022, 12, 31) : birth.plusDays(1 + r.nextInt(10_000)));
            }
            if (r.nextInt(3) == 0) {
                p.selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING)
                        .withAssessment(CapabilityLevel.MILD, LocalDate.of(2023, 3, 1).plusDays(r.nextInt(300))));
            }
            if (i > 0) {
                // the head as father, at home since his birth: the status date is his birth date
                Person head = persons.get(0);
                p.parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, head.birthDate()))
                        .withPerson(head.id()));
            }
            persons.add(p.build());
        }
        Person head = persons.get(0);
        String householdId = head.idNumber().map(n -> "H" + n.value()).orElse("h-" + seed);
        Household.Builder h = Household.builder().id(householdId).region(TOWNSHIP)
                .address("高桥镇" + head.name() + "家，身份证" + head.idNumber().map(IdNumber::value).orElse("无"))
                .hukou(HukouType.RURAL).member(head, Relation.HEAD)
                .assets(Assets.NONE.withDeposits(Money.ofFen(r.nextInt(1_000_000))));
        for (int i = 1; i < size; i++) {
            h.member(persons.get(i), Relation.OTHER);
        }
        h.income(Income.of(IncomeKind.WAGE, Money.ofFen(r.nextInt(500_000)), head.id()));
        Household household = h.build();

        Person subject = persons.get(r.nextInt(size));
        String about = subject.name() + subject.idNumber().map(n -> "（" + n.value() + "）").orElse("");
        java.time.Instant at = LocalDate.of(2023, 5, 1).plusDays(r.nextInt(300)).atStartOfDay().toInstant(ZoneOffset.UTC);
        String staff = STAFF[r.nextInt(STAFF.length)];
        Case aCase = Case.open(CaseId.of("dibao-" + householdId), NationalPrograms.DIBAO,
                        SubjectRef.household(household.id()), TOWNSHIP, head.id(),
                        Transition.application(staff, at, head.name() + "本人申请", ApprovalLevel.TOWNSHIP))
                .review(staff, at.plusSeconds(86_400), "入户核查" + about);
        Payment payment = Payment.posted(PaymentKey.of(aCase.id(), YearMonth.of(2023, 10), PaymentComponent.BASE), 1,
                Money.of("870.00"), at.plusSeconds(30 * 86_400L)).reversal(2, at.plusSeconds(31 * 86_400L),
                "重复发放给" + subject.name());
        LocalDate day = LocalDate.of(2023, 6, 1).plusDays(r.nextInt(200));
        SubjectRef who = SubjectRef.person(subject.id());
        Person guardian = persons.get(r.nextInt(size));
        List<ServiceRecord> records = List.of(
                CareVisit.builder().id(ServiceRecordId.of("visit-" + subject.id().value())).subject(who).region(TOWNSHIP)
                        .visitor(staff).visitedOn(day).livingArrangement(LivingArrangement.LIVING_ALONE)
                        .findings(about + "独居，行动不便").risk(CareRisk.FALL).followUp("下周再访" + subject.name())
                        .caseId(aCase.id()).build(),
                HomeCareVisit.builder().id(ServiceRecordId.of("care-" + seed)).subject(who).region(TOWNSHIP).provider(ORG)
                        .worker(STAFF[r.nextInt(STAFF.length)]).start(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)))
                        .end(LocalDateTime.of(day, java.time.LocalTime.of(10, 0))).service(HomeCareService.CLEANING)
                        .note("为" + about + "打扫").build(),
                HomeAdaptation.builder().id(ServiceRecordId.of("adapt-" + seed)).subject(SubjectRef.household(household.id()))
                        .region(TOWNSHIP).assessedOn(day).items(List.of(new AdaptationItem(subject.name() + "卧室扶手",
                                Money.of("350.00")))).build(),
                AccidentInsuranceEnrolment.builder().id(ServiceRecordId.of("ins-" + seed)).subject(who).region(TOWNSHIP)
                        .year(Year.of(2023)).premium(Money.of("30.00")).payer(PremiumPayer.GOVERNMENT).enrolledOn(day)
                        .build(),
                GuardianshipConfirmation.builder().id(ServiceRecordId.of("gc-" + seed)).subject(who).region(TOWNSHIP)
                        .guardianName(guardian.name())
                        .guardianIdNumber(Optional.of(guardian.idNumber().orElse(idNumber(r, LocalDate.of(1960, 5, 5), true))))
                        .guardianRelation(GuardianRelation.GRANDPARENT).signedOn(day).termStart(day).build(),
                CaseServicePlan.builder().id(ServiceRecordId.of("plan-" + seed)).subject(who).region(TOWNSHIP)
                        .worker(staff).createdOn(day).assessment(about + "需要学业辅导")
                        .needs(List.of("学业", subject.name() + "的心理支持")).goals(List.of("按时完成作业"))
                        .resources(List.of(new LinkedResource("志愿者" + guardian.name(), Optional.of(ORG))))
                        .reviews(List.of(new PlanReview(day.plusDays(30), staff, about + "有进步", false))).build(),
                Referral.builder().id(ServiceRecordId.of("ref-" + seed)).subject(who).region(TOWNSHIP).referredOn(day)
                        .organisation(ORG).partner(PartnerKind.CHARITY).reason(about + "需要助学金")
                        .outcome(Optional.of("已资助" + subject.name())).build());
        List<Person> everyone = new ArrayList<>(persons);
        GuardianshipConfirmation gc = (GuardianshipConfirmation) records.get(4);
        if (guardian.idNumber().isEmpty()) {
            // an outside guardian with the member's name and a number of their own
            everyone.add(Person.builder().id("guardian").name(guardian.name()).idNumber(gc.guardianIdNumber().orElseThrow())
                    .hukou(HukouType.RURAL).build());
        }
        return new World(household, aCase, payment, records, everyone);
    }
}
