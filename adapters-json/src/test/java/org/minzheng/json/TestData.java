package org.minzheng.json;

import org.minzheng.core.programs.NationalPrograms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.Payment;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.elderly.CareRisk;
import org.minzheng.core.elderly.CareVisit;
import org.minzheng.core.elderly.LivingArrangement;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
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
import org.minzheng.core.registry.Parent;
import org.minzheng.core.registry.ParentRole;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.PersonStatus;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.registry.StatusKind;
import org.minzheng.core.service.ServiceRecordId;

/** Valid model values for the JSON tests. */
public final class TestData {

    public static final RegionCode GAOQIAO = RegionCode.parse("321112100");
    public static final Instant NOW = Instant.parse("2022-10-31T08:00:00Z");

    private TestData() {
    }

    public static IdNumber idNumber(LocalDate birth, int sequence) {
        String body = "321112" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + String.format("%03d", sequence);
        return IdNumber.parse(IdNumber.complete(body));
    }

    public static Person person(String id, String name, LocalDate birth, int sequence) {
        return Person.builder().id(id).name(name).idNumber(idNumber(birth, sequence)).hukou(HukouType.RURAL)
                .build();
    }

    /** A household of three with incomes, assets, a disabled child with a certificate, parents. */
    public static Household household(String id) {
        IdNumber childId = idNumber(LocalDate.of(2010, 9, 1), 33);
        Person child = Person.builder().id(id + "-c").name("张小明").idNumber(childId).hukou(HukouType.RURAL)
                .disability(Disability.of(DisabilityCertificateNumber.parse(childId.value() + "42")))
                .selfCare(SelfCare.losing(ActivityOfDailyLiving.BATHING, ActivityOfDailyLiving.DRESSING)
                        .withAssessment(CapabilityLevel.MILD, LocalDate.of(2022, 5, 1)))
                .parent(Parent.of(ParentRole.FATHER, PersonStatus.of(StatusKind.AT_HOME, LocalDate.of(1975, 3, 8)))
                        .withPerson(PersonId.of(id + "-h")))
                .build();
        Person head = Person.builder().id(id + "-h").name("张建国").idNumber(idNumber(LocalDate.of(1975, 3, 8), 11))
                .hukou(HukouType.RURAL).status(StatusKind.WORKING_AWAY, LocalDate.of(2020, 1, 1)).build();
        Person spouse = person(id + "-s", "李秀英", LocalDate.of(1978, 6, 20), 22);
        return Household.builder().id(id).region(GAOQIAO).address("高桥镇某村12号").hukou(HukouType.RURAL)
                .member(head, Relation.HEAD).member(spouse, Relation.SPOUSE).member(child, Relation.CHILD)
                .income(Income.of(IncomeKind.WAGE, Money.of("1200.00"), PersonId.of(id + "-h")))
                .income(Income.of(IncomeKind.OTHER, Money.of("35.50")))
                .assets(Assets.NONE.withDeposits(Money.of("5000.00")).withVehicles(1, Money.of("20000.00")))
                .version(3).build();
    }

    public static Case dibaoCase() {
        Case c = Case.open(CaseId.of("c-1"), NationalPrograms.DIBAO, SubjectRef.household(HouseholdId.of("h-1")), GAOQIAO,
                PersonId.of("h-1-h"), Transition.application("王科员", NOW.minusSeconds(86400 * 30), "申请",
                        ApprovalLevel.TOWNSHIP));
        return c.review("王科员", NOW.minusSeconds(86400 * 20), "入户调查完成")
                .approve(ApprovalLevel.COUNTY, "李科长", NOW.minusSeconds(86400 * 10), "同意");
    }

    public static Payment payment() {
        return Payment.posted(new PaymentKey(CaseId.of("c-1"), YearMonth.of(2022, 10), PaymentComponent.BASE), 1,
                Money.of("870.00"), NOW);
    }

    public static CareVisit careVisit() {
        return CareVisit.builder().id(ServiceRecordId.of("sr-1"))
                .subject(SubjectRef.person(PersonId.of("h-1-h"))).region(GAOQIAO).visitor("赵社工")
                .visitedOn(LocalDate.of(2022, 10, 20)).livingArrangement(LivingArrangement.LIVING_ALONE)
                .findings("身体尚可").risk(CareRisk.FALL).followUp(Optional.of("下月再访")).build();
    }


}
