package org.minzheng.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.testing.ModelFixtures.GAOQIAO;
import static org.minzheng.core.testing.ModelFixtures.TODAY;
import static org.minzheng.core.testing.ModelFixtures.idNumber;
import static org.minzheng.core.testing.Violated.single;
import static org.minzheng.core.testing.Violated.violations;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseId;
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
import org.minzheng.core.invariant.Violation;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.PersonId;

class ServiceRecordsTest {

    static final Organisation PROVIDER = Organisation.of(CreditCode.parse("91350100M000100Y43"),
            "某某居家养老服务中心");
    static final SubjectRef ELDER = SubjectRef.person(PersonId.of("p-elder"));
    static final SubjectRef CHILD = SubjectRef.person(PersonId.of("p-child"));
    static final SubjectRef HOUSEHOLD = SubjectRef.household(HouseholdId.of("h-1"));
    static final LocalDateTime START = LocalDateTime.of(2022, 10, 10, 9, 0);

    static HomeCareVisit.Builder homeCare() {
        return HomeCareVisit.builder().id(ServiceRecordId.of("s-1")).subject(ELDER).region(GAOQIAO)
                .provider(PROVIDER).worker("王阿姨").start(START).end(START.plusHours(3))
                .service(HomeCareService.CLEANING).service(HomeCareService.HAIRCUT)
                .service(HomeCareService.SHAVING).caseId(CaseId.of("c-9"));
    }

    static CareVisit.Builder careVisit() {
        return CareVisit.builder().id(ServiceRecordId.of("s-2")).subject(ELDER).region(GAOQIAO)
                .visitor("村委会刘某").visitedOn(LocalDate.of(2022, 10, 1))
                .livingArrangement(LivingArrangement.LIVING_ALONE).findings("独居老人张某腿脚不便")
                .risk(CareRisk.FALL).followUp("联系子女");
    }

    static HomeAdaptation.Builder adaptation() {
        return HomeAdaptation.builder().id(ServiceRecordId.of("s-3")).subject(HOUSEHOLD).region(GAOQIAO)
                .assessedOn(LocalDate.of(2022, 5, 1)).completedOn(LocalDate.of(2022, 6, 1))
                .item(AdaptationItem.of("卫生间扶手", Money.of("800.00")))
                .item(AdaptationItem.of("防滑地面", Money.of("1200.00"))).contractor(PROVIDER);
    }

    static AccidentInsuranceEnrolment.Builder insurance() {
        return AccidentInsuranceEnrolment.builder().id(ServiceRecordId.of("s-4")).subject(ELDER)
                .region(GAOQIAO).year(Year.of(2022)).premium(Money.of("30.00"))
                .payer(PremiumPayer.GOVERNMENT).enrolledOn(LocalDate.of(2022, 1, 5));
    }

    static GuardianshipConfirmation.Builder guardianship() {
        return GuardianshipConfirmation.builder().id(ServiceRecordId.of("s-5")).subject(CHILD)
                .region(GAOQIAO).guardianName("张奶奶").guardianRelation(GuardianRelation.GRANDPARENT)
                .guardianIdNumber(idNumber(LocalDate.of(1950, 4, 4), 42))
                .signedOn(LocalDate.of(2022, 3, 1)).termStart(LocalDate.of(2022, 3, 1))
                .termEnd(LocalDate.of(2023, 2, 28));
    }

    static CaseServicePlan.Builder plan() {
        return CaseServicePlan.builder().id(ServiceRecordId.of("s-6")).subject(CHILD).region(GAOQIAO)
                .worker("社工李某").createdOn(LocalDate.of(2022, 4, 1)).assessment("父母外出务工，祖母照料")
                .need("学业辅导").goal("每周辅导两次")
                .resource(new LinkedResource("课业辅导志愿者", Optional.of(PROVIDER)))
                .review(new PlanReview(LocalDate.of(2022, 7, 1), "社工李某", "成绩提高", false));
    }

    static Referral.Builder referral() {
        return Referral.builder().id(ServiceRecordId.of("s-7")).subject(HOUSEHOLD).region(GAOQIAO)
                .referredOn(LocalDate.of(2022, 8, 8)).organisation(PROVIDER)
                .partner(PartnerKind.SOCIAL_ORGANISATION).reason("需要心理疏导");
    }

    @Test
    void everyRecord_builds_roundTrips_andSharesTheServiceRecordView() {
        List<Supplier<ServiceRecord>> all = List.of(() -> homeCare().asOf(TODAY).build(),
                () -> careVisit().asOf(TODAY).build(), () -> adaptation().asOf(TODAY).build(),
                () -> insurance().asOf(TODAY).build(), () -> guardianship().asOf(TODAY).build(),
                () -> plan().asOf(TODAY).build(), () -> referral().asOf(TODAY).build());
        assertThat(all).extracting(s -> s.get().kind()).containsExactly(ServiceRecordKind.values());
        for (Supplier<ServiceRecord> s : all) {
            ServiceRecord r = s.get();
            assertThat(r.region()).isEqualTo(GAOQIAO);
            assertThat(r.version()).isZero();
            assertThat(r.date()).isBefore(TODAY);
            assertThat(r).isEqualTo(s.get()).hasSameHashCodeAs(s.get());
            ServiceRecord stored = r.withVersion(3);
            assertThat(stored.version()).isEqualTo(3);
            assertThat(stored).isInstanceOf(r.getClass()).isNotEqualTo(r);
            assertThat(stored.withVersion(0)).isEqualTo(r);
            single(() -> r.withVersion(-1), "version", "non-negative");
        }
        assertThat(homeCare().build().toBuilder().build()).isEqualTo(homeCare().build());
        assertThat(careVisit().build().toBuilder().build()).isEqualTo(careVisit().build());
        assertThat(adaptation().build().toBuilder().build()).isEqualTo(adaptation().build());
        assertThat(insurance().build().toBuilder().build()).isEqualTo(insurance().build());
        assertThat(guardianship().build().toBuilder().build()).isEqualTo(guardianship().build());
        assertThat(plan().build().toBuilder().build()).isEqualTo(plan().build());
        assertThat(referral().build().toBuilder().build()).isEqualTo(referral().build());
    }

    @Test
    void homeCareVisit_derivedValues() {
        HomeCareVisit v = homeCare().build();
        assertThat(v.duration()).isEqualTo(Duration.ofHours(3));
        assertThat(v.date()).isEqualTo(START.toLocalDate());
        assertThat(v.caseId()).contains(CaseId.of("c-9"));
        assertThat(v.services()).containsExactly(HomeCareService.CLEANING, HomeCareService.HAIRCUT,
                HomeCareService.SHAVING);
    }

    @Test
    void homeCareVisit_endNotAfterStart_reportsOrder() {
        single(() -> homeCare().end(START).build(), "end", "order");
    }

    @Test
    void homeCareVisit_noServices_reportsRequired() {
        single(() -> homeCare().services(java.util.Set.of()).build(), "services", "required");
    }

    @Test
    void homeCareVisit_endInFuture_reportsNotInFuture() {
        single(() -> homeCare().end(TODAY.plusDays(1).atTime(10, 0)).asOf(TODAY).build(), "end",
                "not-in-future");
    }

    @Test
    void homeCareVisit_householdSubject_reportsSubjectKind() {
        single(() -> homeCare().subject(HOUSEHOLD).build(), "subject", "subject-kind");
    }

    @Test
    void homeCareVisit_empty_reportsEveryRequiredField() {
        assertThat(violations(() -> HomeCareVisit.builder().version(-1).build()))
                .extracting(v -> v.path() + ":" + v.rule())
                .containsExactly("id:required", "subject:required", "region:required",
                        "version:non-negative", "provider:required", "worker:required", "start:required",
                        "end:required", "services:required");
    }

    @Test
    void everyRecord_empty_reportsItsRequiredFields() {
        assertThat(paths(() -> CareVisit.builder().build())).containsExactly("id:required",
                "subject:required", "region:required", "visitor:required", "visitedOn:required",
                "livingArrangement:required", "findings:required");
        assertThat(paths(() -> HomeAdaptation.builder().build())).containsExactly("id:required",
                "subject:required", "region:required", "assessedOn:required", "items:required");
        assertThat(paths(() -> AccidentInsuranceEnrolment.builder().build())).containsExactly(
                "id:required", "subject:required", "region:required", "year:required",
                "premium:required", "payer:required", "enrolledOn:required");
        assertThat(paths(() -> GuardianshipConfirmation.builder().build())).containsExactly(
                "id:required", "subject:required", "region:required", "guardianName:required",
                "guardianRelation:required", "signedOn:required", "termStart:required");
        assertThat(paths(() -> CaseServicePlan.builder().build())).containsExactly("id:required",
                "subject:required", "region:required", "worker:required", "createdOn:required",
                "assessment:required", "needs:required", "goals:required");
        assertThat(paths(() -> Referral.builder().build())).containsExactly("id:required",
                "subject:required", "region:required", "referredOn:required",
                "organisation:required", "partner:required", "reason:required");
    }

    /** Every kind, built with every optional component present. */
    static List<ServiceRecord> everyKind() {
        return List.of(homeCare().note("独居，耳背").build(), careVisit().build(), adaptation().build(),
                insurance().insurer(PROVIDER).build(), guardianship().build(), plan().build(),
                referral().outcome("已接案").caseId(CaseId.of("c-1")).build());
    }

    @Test
    void everyRecord_isARecord_whoseComponentsStartWithTheSharedOnesAndEndWithTheVersion() {
        for (ServiceRecord r : everyKind()) {
            java.lang.reflect.RecordComponent[] c = r.getClass().getRecordComponents();
            assertThat(c).as(r.getClass().getSimpleName()).isNotNull();
            assertThat(java.util.Arrays.stream(c).map(java.lang.reflect.RecordComponent::getName).toList())
                    .startsWith("id", "subject", "region", "caseId").endsWith("version");
        }
    }

    @Test
    void everyRecord_missingComponents_areAllReportedAtOnce_neverAsNullPointerException() {
        // Property: whichever required components are null, the canonical constructor lists each
        // of them (rule "required", path = component name) in one exception.
        for (ServiceRecord r : everyKind()) {
            java.lang.reflect.RecordComponent[] c = r.getClass().getRecordComponents();
            qt().withExamples(60).forAll(org.quicktheories.generators.SourceDSL.integers().between(1, (1 << c.length) - 1))
                    .checkAssert(mask -> {
                        Object[] args = new Object[c.length];
                        List<String> expected = new java.util.ArrayList<>();
                        Class<?>[] types = new Class<?>[c.length];
                        for (int i = 0; i < c.length; i++) {
                            types[i] = c[i].getType();
                            args[i] = value(c[i], r);
                            boolean nullable = !types[i].isPrimitive() && types[i] != Optional.class;
                            if (nullable && (mask & (1 << i)) != 0) {
                                args[i] = null;
                                expected.add(c[i].getName() + ":required");
                            }
                        }
                        if (expected.isEmpty()) {
                            return;
                        }
                        assertThat(paths(() -> construct(r.getClass(), types, args)))
                                .as(r.getClass().getSimpleName()).containsExactlyInAnyOrderElementsOf(expected);
                    });
        }
    }

    private static Object value(java.lang.reflect.RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void construct(Class<?> type, Class<?>[] types, Object[] args) throws Throwable {
        try {
            type.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void canonicalConstructor_reportsEveryViolation_andCopiesItsCollections() {
        assertThat(paths(() -> new CaseServicePlan(null, HOUSEHOLD, GAOQIAO, Optional.empty(), " ",
                LocalDate.of(2022, 4, 1), "评估", java.util.Arrays.asList("学业", null), List.of(), List.of(),
                List.of(new PlanReview(LocalDate.of(2022, 3, 1), "社工", "回访", false)), -1)))
                .containsExactly("id:required", "subject:subject-kind", "version:non-negative", "worker:not-blank",
                        "needs[1]:required", "goals:required", "reviews[0].date:order");
        java.util.Set<CareRisk> risks = new java.util.HashSet<>(java.util.Set.of(CareRisk.LONELINESS, CareRisk.FALL));
        CareVisit v = new CareVisit(ServiceRecordId.of("v"), ELDER, GAOQIAO, Optional.empty(), "刘某",
                LocalDate.of(2022, 1, 1), LivingArrangement.LIVING_ALONE, "好", risks, Optional.empty(), 0);
        risks.clear();
        assertThat(v.risks()).containsExactly(CareRisk.FALL, CareRisk.LONELINESS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> v.risks().add(CareRisk.FALL))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CareVisit(ServiceRecordId.of("v"), ELDER,
                GAOQIAO, Optional.empty(), "刘某", LocalDate.of(2022, 1, 1), LivingArrangement.LIVING_ALONE, "好",
                java.util.Set.of(), null, 0)).isInstanceOf(NullPointerException.class).hasMessage("followUp");
    }

    @Test
    void builder_withToday_reportsFutureDatesTogetherWithTheConstructorsViolations() {
        assertThat(paths(() -> plan().worker(" ").createdOn(TODAY.plusDays(1)).reviews(List.of())
                .review(new PlanReview(TODAY.plusDays(2), "社工", "回访", false)).asOf(TODAY).build()))
                .containsExactly("worker:not-blank", "createdOn:not-in-future", "reviews[0].date:not-in-future");
        assertThat(paths(() -> adaptation().items(List.of()).assessedOn(TODAY).completedOn(TODAY.plusDays(1))
                .clock(java.time.Clock.fixed(TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                        java.time.ZoneOffset.UTC)).build()))
                .containsExactly("items:required", "completedOn:not-in-future");
        // Without a day the check does not run (stored records, decision 0011).
        assertThat(careVisit().visitedOn(TODAY.plusYears(1)).build().visitedOn()).isEqualTo(TODAY.plusYears(1));
    }

    @Test
    void everyRecord_toString_showsNoPersonalDataOrFreeText() {
        for (ServiceRecord r : everyKind()) {
            assertThat(r.toString()).startsWith(r.getClass().getSimpleName() + "[id=" + r.id())
                    .contains("region=" + r.region(), "version=0", "date=" + r.date())
                    .doesNotContain("王阿姨", "耳背", "刘某", "张某", "张奶奶", "李某", "祖母", "心理", "接案", "某某",
                            "扶手", idNumber(LocalDate.of(1950, 4, 4), 42).value());
        }
    }

    private static List<String> paths(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        return violations(action).stream().map(v -> v.path() + ":" + v.rule()).toList();
    }

    @Test
    void ids_blank_reportNotBlank() {
        single(() -> ServiceRecordId.of(" "), "value", "not-blank");
        single(() -> CaseId.of(""), "value", "not-blank");
        single(() -> org.minzheng.core.facility.FacilityId.of("\t"), "value", "not-blank");
    }

    @Test
    void careVisit_blankFindings_reportsNotBlank_andToStringHidesThem() {
        single(() -> careVisit().findings(" ").build(), "findings", "not-blank");
        assertThat(careVisit().build().toString()).doesNotContain("张某", "刘某", "子女");
    }

    @Test
    void careVisit_visitInFuture_reportsNotInFuture() {
        single(() -> careVisit().visitedOn(TODAY.plusDays(1)).asOf(TODAY).build(), "visitedOn",
                "not-in-future");
    }

    @Test
    void homeAdaptation_costAndOrder() {
        assertThat(adaptation().build().cost()).isEqualTo(Money.of("2000.00"));
        single(() -> adaptation().completedOn(LocalDate.of(2022, 4, 30)).build(), "completedOn", "order");
        single(() -> adaptation().items(List.of()).build(), "items", "required");
        single(() -> adaptation().subject(ELDER).build(), "subject", "subject-kind");
        single(() -> AdaptationItem.of("扶手", Money.of("-1.00")), "cost", "non-negative");
        single(() -> AdaptationItem.of(" ", Money.of("1.00")), "description", "not-blank");
        single(() -> adaptation().completedOn(TODAY.plusDays(1)).asOf(TODAY).build(), "completedOn",
                "not-in-future");
    }

    @Test
    void insurance_negativePremium_reportsNonNegative() {
        single(() -> insurance().premium(Money.of("-30.00")).build(), "premium", "non-negative");
        assertThat(insurance().build().year()).isEqualTo(Year.of(2022));
    }

    @Test
    void guardianship_termEndBeforeStart_reportsOrder_andInForce() {
        single(() -> guardianship().termEnd(LocalDate.of(2022, 2, 1)).build(), "termEnd", "order");
        GuardianshipConfirmation g = guardianship().build();
        assertThat(g.inForceOn(LocalDate.of(2022, 3, 1))).isTrue();
        assertThat(g.inForceOn(LocalDate.of(2023, 3, 1))).isFalse();
        assertThat(g.toBuilder().termEnd(Optional.empty()).build().inForceOn(LocalDate.of(2030, 1, 1)))
                .isTrue();
        assertThat(g.toString()).doesNotContain("张奶奶", g.guardianIdNumber().orElseThrow().value());
        single(() -> guardianship().signedOn(TODAY.plusDays(1)).asOf(TODAY).build(), "signedOn",
                "not-in-future");
    }

    @Test
    void plan_reviewBeforeCreation_reportsOrder_andRequiresNeedsAndGoals() {
        single(() -> plan().review(new PlanReview(LocalDate.of(2022, 6, 1), "社工", "回访", false))
                .build(), "reviews[1].date", "order");
        assertThat(violations(() -> plan().needs(List.of()).goals(List.of()).build()))
                .extracting(Violation::path).containsExactly("needs", "goals");
        single(() -> plan().need(" ").build(), "needs[1]", "not-blank");
        single(() -> plan().review(new PlanReview(TODAY.plusDays(1), "社工", "回访", true)).asOf(TODAY)
                .build(), "reviews[1].date", "not-in-future");
        assertThat(plan().build().isClosed()).isFalse();
        assertThat(plan().review(new PlanReview(LocalDate.of(2022, 9, 1), "社工", "结案", true)).build()
                .isClosed()).isTrue();
        single(() -> new PlanReview(TODAY, " ", "x", false), "reviewer", "not-blank");
        single(() -> new LinkedResource("", Optional.empty()), "description", "not-blank");
    }

    @Test
    void referral_acceptsEitherSubject_andRequiresReason() {
        assertThat(referral().subject(ELDER).build().subject()).isEqualTo(ELDER);
        single(() -> referral().reason("").build(), "reason", "not-blank");
    }

    @Test
    void organisation_blankName_reportsNotBlank() {
        single(() -> Organisation.of(PROVIDER.creditCode(), " "), "name", "not-blank");
    }
}
