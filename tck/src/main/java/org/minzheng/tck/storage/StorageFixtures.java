package org.minzheng.tck.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
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
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.registry.ActivityOfDailyLiving;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Disability;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.service.Organisation;
import org.minzheng.core.service.ServiceRecord;
import org.minzheng.core.service.ServiceRecordId;
import org.minzheng.spi.storage.WriteContext;

/**
 * Test data for the storage contract suite (测试数据): households, persons and identity numbers
 * that are valid but belong to nobody.
 */
public final class StorageFixtures {

    /**
     * The program of the fixtures' cases: any code will do, for storage keeps codes and never needs the program's
     * declaration (a regional plugin's program is stored like a national one, with no schema change).
     */
    public static final ProgramCode CASH_PROGRAM = ProgramCode.of("contract-cash");

    /** A second program code, for queries by program. */
    public static final ProgramCode OTHER_PROGRAM = ProgramCode.of("xx-local-allowance");

    /** 丹徒区 (Dantu district, Zhenjiang, Jiangsu). */
    public static final RegionCode DANTU = RegionCode.parse("321112");
    /** 润州区 (Runzhou district, Zhenjiang), a sibling of Dantu. */
    public static final RegionCode RUNZHOU = RegionCode.parse("321111");
    /** 镇江市 (Zhenjiang city), containing both districts. */
    public static final RegionCode ZHENJIANG = RegionCode.parse("321100");
    /** 高资街道 (Gaozi subdistrict), a township inside Dantu. */
    public static final RegionCode GAOZI = RegionCode.parse("321112001");

    /** The write context used by the suite. */
    public static final WriteContext BY_TESTER = WriteContext.of("tck-tester", "contract test 合规测试");

    private StorageFixtures() {
    }

    /**
     * A valid 18-digit identity number.
     *
     * @param region the 6-digit region of registration
     * @param birth the birth date
     * @param sequence 0–999; odd numbers are men, even numbers women
     * @return the identity number
     */
    public static IdNumber idNumber(String region, LocalDate birth, int sequence) {
        String body = region + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return IdNumber.parse(IdNumber.complete(body));
    }

    /**
     * A person with an identity number derived from a number {@code n}.
     *
     * @param id the person's identifier
     * @param name the name
     * @param n distinguishes identity numbers (0–9999)
     * @return the person
     */
    public static Person person(String id, String name, int n) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n * 3L % 20000);
        return Person.builder().id(id).name(name).idNumber(idNumber("321112", birth, n % 1000))
                .hukou(HukouType.RURAL).build();
    }

    /**
     * A person with every optional field set: certified disability, serious illness, labour
     * capacity, self-care with an assessment, a status other than at home, both parents, relatives
     * (one referenced, with every optional fact), placement, living arrangement and two capability
     * assessments given out of date order.
     *
     * @param id the person's identifier
     * @param n distinguishes identity numbers (0–9999)
     * @return the person
     */
    public static Person richPerson(String id, int n) {
        IdNumber number = idNumber("321112", LocalDate.of(1940, 3, 1).plusDays(n), n % 1000);
        return Person.builder().id(id).name("欧阳·老人" + n).idNumber(number).hukou(HukouType.URBAN)
                .disability(Disability.of(DisabilityCertificateNumber.parse(number.value() + "41")))
                .seriouslyIll(true)
                .labourCapacity(LabourCapacity.NONE)
                .selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING, ActivityOfDailyLiving.WALKING_INDOORS)
                        .withAssessment(CapabilityLevel.MODERATE, LocalDate.of(2022, 5, 6)))
                .status(PersonStatus.of(StatusKind.WORKING_AWAY, LocalDate.of(2021, 2, 3)))
                .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.DECEASED, LocalDate.of(1990, 1, 1))))
                .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.AT_HOME, LocalDate.of(1920, 1, 1)))
                        .withPerson(PersonId.of("mother-of-" + id)).withSeriouslyIll(true)
                        .withDisability(Disability.of(org.minzheng.core.identity.DisabilityCategory.VISUAL, 2)))
                // the facts of issue 12: relatives outside the household, placement, living arrangement, assessments
                .relative(org.minzheng.core.registry.Relative.of(org.minzheng.core.registry.RelativeKind.SPOUSE,
                        org.minzheng.core.identity.Gender.FEMALE, LocalDate.of(1942, 7, 8))
                        .withStatus(PersonStatus.of(StatusKind.DECEASED, LocalDate.of(2019, 4, 5))))
                .relative(org.minzheng.core.registry.Relative.of(org.minzheng.core.registry.RelativeKind.CHILD,
                        org.minzheng.core.identity.Gender.MALE, LocalDate.of(1968, 2, 29))
                        .withPerson(PersonId.of("son-of-" + id))
                        .withStatus(PersonStatus.of(StatusKind.SERVING_SENTENCE, LocalDate.of(2020, 10, 1)))
                        .withDisability(Disability.of(org.minzheng.core.identity.DisabilityCategory.PHYSICAL, 1))
                        .withSeriouslyIll(true).withAnnualIncome(Money.of("12345.67")).withWithoutCivilCapacity(true))
                .relative(org.minzheng.core.registry.Relative.of(org.minzheng.core.registry.RelativeKind.CHILD,
                        org.minzheng.core.identity.Gender.FEMALE, LocalDate.of(1970, 1, 1)))
                .placement(org.minzheng.core.registry.Placement.INSTITUTIONAL)
                .livingSituation(org.minzheng.core.registry.LivingSituation.EMPTY_NEST)
                .capabilityAssessment(new org.minzheng.core.registry.CapabilityRecord(LocalDate.of(2022, 5, 6), 52,
                        CapabilityLevel.MODERATE))
                .capabilityAssessment(new org.minzheng.core.registry.CapabilityRecord(LocalDate.of(2021, 3, 4), 90,
                        CapabilityLevel.MILD))
                .build();
    }

    /**
     * A child with the facts child welfare and 特困 read (issue 12): school enrolments (one ended, one running),
     * kinship-care placement, the HIV flag, a parent described without a record.
     *
     * @param id the child's identifier
     * @param n distinguishes identity numbers (0–9999)
     * @return the child
     */
    public static Person schoolChild(String id, int n) {
        IdNumber number = idNumber("321112", LocalDate.of(2006, 9, 1).plusDays(n % 300), n % 1000);
        return Person.builder().id(id).name("小航" + n).idNumber(number).hukou(HukouType.RURAL)
                .schoolEnrolment(org.minzheng.core.registry.SchoolEnrolment.since(
                        org.minzheng.core.registry.SchoolLevel.SENIOR_SECONDARY, LocalDate.of(2021, 9, 1)))
                .schoolEnrolment(org.minzheng.core.registry.SchoolEnrolment.between(
                        org.minzheng.core.registry.SchoolLevel.JUNIOR_SECONDARY, LocalDate.of(2018, 9, 1),
                        LocalDate.of(2021, 6, 30)))
                .placement(org.minzheng.core.registry.Placement.KINSHIP_CARE)
                .hivInfected(true)
                .parent(Parent.of(ParentRole.MOTHER, PersonStatus.of(StatusKind.LOST_CONTACT, LocalDate.of(2017, 5, 1))))
                .build();
    }

    /**
     * A household with a rich elder, a school child and rigid expenditures of several kinds and months.
     *
     * @param id the household's identifier; members are {@code id + "-1"} to {@code id + "-4"}
     * @param region the region
     * @param n distinguishes identity numbers
     * @return the household
     */
    public static Household householdWithFacts(String id, RegionCode region, int n) {
        return household(id, region, n).toBuilder()
                .member(richPerson(id + "-3", n % 1000 + 1), Relation.PARENT)
                .member(schoolChild(id + "-4", n), Relation.CHILD)
                .rigidExpenditure(new org.minzheng.core.registry.RigidExpenditure(
                        org.minzheng.core.registry.ExpenditureKind.MEDICAL, java.time.YearMonth.of(2022, 8),
                        Money.of("2300.40")))
                .rigidExpenditure(new org.minzheng.core.registry.RigidExpenditure(
                        org.minzheng.core.registry.ExpenditureKind.EDUCATION, java.time.YearMonth.of(2022, 8),
                        Money.of("800.00")))
                .rigidExpenditure(new org.minzheng.core.registry.RigidExpenditure(
                        org.minzheng.core.registry.ExpenditureKind.MEDICAL, java.time.YearMonth.of(2022, 9),
                        Money.of("0.00")))
                .build();
    }

    /**
     * A household of two (head and spouse) in a region.
     *
     * @param id the household's identifier; members are {@code id + "-1"} and {@code id + "-2"}
     * @param region the region
     * @param n distinguishes identity numbers: use a different n for every household
     * @return the household
     */
    public static Household household(String id, RegionCode region, int n) {
        Objects.requireNonNull(region, "region");
        Person head = person(id + "-1", "张三" + n, 2 * n);
        Person spouse = person(id + "-2", "李四" + n, 2 * n + 1);
        return Household.builder().id(id).region(region).address("镇江市丹徒区高资街道" + n + "号")
                .hukou(HukouType.RURAL).member(head, Relation.HEAD).member(spouse, Relation.SPOUSE)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200.50"), head.id()))
                // the kinds 低保 leaves out by regional standard (issue 12) are stored like any other
                .income(Income.of(IncomeKind.BASIC_PENSION, Money.of("148.00"), head.id()))
                .income(Income.of(IncomeKind.FAMILY_PLANNING_AWARD, Money.of("80.00")))
                .assets(Assets.NONE.withDeposits(Money.of("3000.00")))
                .build();
    }

    /** The moment the fixture cases are applied for. */
    public static final Instant APPLIED_AT = Instant.parse("2022-09-01T02:00:00Z");

    /**
     * A dibao case of a household, applied for and then reviewed, approved and activated.
     *
     * @param id the case identifier
     * @param householdId the household
     * @param region the region
     * @return the active case
     */
    public static Case activeDibaoCase(String id, String householdId, RegionCode region) {
        Case applied = appliedDibaoCase(id, householdId, region);
        return applied.review("乡镇审核员", APPLIED_AT.plusSeconds(86_400), "入户调查属实")
                .approve(ApprovalLevel.COUNTY, "县级审批员", APPLIED_AT.plusSeconds(2 * 86_400), "符合条件")
                .activate(ApprovalLevel.COUNTY, "县级审批员", APPLIED_AT.plusSeconds(3 * 86_400), "自10月起发放");
    }

    /**
     * A dibao case of a household, just applied for.
     *
     * @param id the case identifier
     * @param householdId the household
     * @param region the region
     * @return the case in state APPLIED
     */
    public static Case appliedDibaoCase(String id, String householdId, RegionCode region) {
        return Case.open(CaseId.of(id), CASH_PROGRAM, SubjectRef.household(HouseholdId.of(householdId)), region,
                PersonId.of(householdId + "-1"),
                Transition.application("窗口受理员", APPLIED_AT, "本人申请", ApprovalLevel.TOWNSHIP));
    }

    /**
     * A care visit (关爱巡访) to a person, in a region.
     *
     * @param id the record identifier
     * @param personId the person visited
     * @param region the region
     * @param on the visit date
     * @return the record, version 0
     */
    public static org.minzheng.core.elderly.CareVisit careVisit(String id, String personId, RegionCode region, LocalDate on) {
        return org.minzheng.core.elderly.CareVisit.builder().id(org.minzheng.core.service.ServiceRecordId.of(id))
                .subject(SubjectRef.person(PersonId.of(personId))).region(region).visitor("网格员 O'Neil 😀")
                .visitedOn(on).livingArrangement(org.minzheng.core.elderly.LivingArrangement.LIVING_ALONE)
                .findings("独居，行动不便；'; DROP TABLE mz_service_record; --")
                .risk(org.minzheng.core.elderly.CareRisk.FALL).risk(org.minzheng.core.elderly.CareRisk.LONELINESS)
                .followUp("下周复访").build();
    }

    /** Text that a store must keep verbatim: quotes, a backslash, a tab, an emoji and SQL. */
    private static final String HOSTILE = "网格员 O'Neil \"老王\" \\ \t😀 '; DROP TABLE mz_service_record; --";

    /**
     * One service record of every kind (每类服务记录各一条), in the order of
     * {@link org.minzheng.core.service.ServiceRecordKind}, each dated {@code on} and with texts a
     * store must keep verbatim. With {@code optionals}, every optional component is present
     * (case, note, follow-up, contractor, completion, insurer, guardian's identity number, term
     * end, a resource's organisation, outcome); without, every one is empty.
     *
     * @param idPrefix the prefix of the record identifiers (each adds its kind's code) and of
     *     the subjects' identifiers
     * @param region the region
     * @param on the date each record is counted on
     * @param optionals whether the optional components are present
     * @return the records, version 0
     */
    public static List<ServiceRecord> everyServiceRecordKind(String idPrefix, RegionCode region, LocalDate on,
            boolean optionals) {
        Organisation partner = Organisation.of(CreditCode.parse("91350100M000100Y43"), "镇江市\"某某\"养老服务中心");
        SubjectRef elder = SubjectRef.person(PersonId.of(idPrefix + "P-elder"));
        SubjectRef child = SubjectRef.person(PersonId.of(idPrefix + "P-child"));
        SubjectRef household = SubjectRef.household(HouseholdId.of(idPrefix + "H-1"));
        Optional<CaseId> caseId = optional(optionals, CaseId.of(idPrefix + "C-1"));
        Function<String, ServiceRecordId> id = kind -> ServiceRecordId.of(idPrefix + kind);
        return List.of(
                HomeCareVisit.builder().id(id.apply("home-care-visit")).subject(elder).region(region).caseId(caseId)
                        .provider(partner).worker(HOSTILE).start(on.atTime(9, 0)).end(on.atTime(12, 0, 30))
                        .service(HomeCareService.CLEANING).service(HomeCareService.HAIRCUT)
                        .note(optional(optionals, HOSTILE)).build(),
                CareVisit.builder().id(id.apply("care-visit")).subject(elder).region(region).caseId(caseId)
                        .visitor("村委会刘某").visitedOn(on).livingArrangement(LivingArrangement.LIVING_ALONE)
                        .findings(HOSTILE).risk(CareRisk.LONELINESS).risk(CareRisk.FALL)
                        .followUp(optional(optionals, "下周复访")).build(),
                HomeAdaptation.builder().id(id.apply("home-adaptation")).subject(household).region(region)
                        .caseId(caseId).assessedOn(on).item(AdaptationItem.of("卫生间扶手", Money.of("800.00")))
                        .item(AdaptationItem.of(HOSTILE, Money.of("1234.50"))).contractor(optional(optionals, partner))
                        .completedOn(optional(optionals, on)).build(),
                AccidentInsuranceEnrolment.builder().id(id.apply("accident-insurance-enrolment")).subject(elder)
                        .region(region).caseId(caseId).year(Year.from(on)).premium(Money.of("30.00"))
                        .payer(PremiumPayer.GOVERNMENT).insurer(optional(optionals, partner)).enrolledOn(on).build(),
                GuardianshipConfirmation.builder().id(id.apply("guardianship-confirmation")).subject(child)
                        .region(region).caseId(caseId).guardianName("张奶奶")
                        .guardianIdNumber(optional(optionals, idNumber("321112", LocalDate.of(1950, 4, 4), 42)))
                        .guardianRelation(GuardianRelation.GRANDPARENT).signedOn(on).termStart(on)
                        .termEnd(optional(optionals, on.plusYears(1).minusDays(1))).build(),
                CaseServicePlan.builder().id(id.apply("case-service-plan")).subject(child).region(region)
                        .caseId(caseId).worker("社工李某").createdOn(on).assessment(HOSTILE).need("学业辅导")
                        .need(HOSTILE).goal("每周辅导两次")
                        .resource(new LinkedResource("课业辅导志愿者", optional(optionals, partner)))
                        .review(new PlanReview(on, "社工李某", HOSTILE, false))
                        .review(new PlanReview(on, "社工李某", "结案", true)).build(),
                Referral.builder().id(id.apply("referral")).subject(household).region(region).caseId(caseId)
                        .referredOn(on).organisation(partner).partner(PartnerKind.SOCIAL_ORGANISATION).reason(HOSTILE)
                        .outcome(optional(optionals, "已接案")).build());
    }

    private static <T> Optional<T> optional(boolean present, T value) {
        return present ? Optional.of(value) : Optional.empty();
    }

    /**
     * An elderly-care institution (养老机构) with a grade, capacity and opening date.
     *
     * @param id the facility identifier
     * @param region the region
     * @return the facility, version 0
     */
    public static org.minzheng.core.facility.Facility facility(String id, RegionCode region) {
        return org.minzheng.core.facility.Facility.builder().id(org.minzheng.core.facility.FacilityId.of(id))
                .kind(org.minzheng.core.facility.FacilityKind.ELDERLY_CARE_INSTITUTION).name("丹徒区社会福利中心")
                .region(region)
                .operator(org.minzheng.core.service.Organisation.of(
                        org.minzheng.core.identity.CreditCode.parse("91350100M000100Y43"), "镇江市某养老服务有限公司"))
                .grade(org.minzheng.core.facility.GradeScheme.ELDERLY_INSTITUTION.grade("三级"))
                .capacity(120).openedOn(LocalDate.of(2015, 6, 1)).build();
    }
}
