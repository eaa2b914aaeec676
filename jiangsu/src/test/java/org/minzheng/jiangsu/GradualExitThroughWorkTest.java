package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * Issue 12 through the monthly run with the Jiangsu standards (6 grace months): a dibao household whose member
 * finds work enters 渐退 and keeps its amount; one whose pension rises above the line ends at once.
 */
class GradualExitThroughWorkTest {

    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final RegionCode VILLAGE = RegionCode.parse("321112101201");
    static final WriteContext CLERK = WriteContext.of("clerk", "test setup");
    static final YearMonth JAN = YearMonth.of(2022, 1);

    static Household alone(String id, IncomeKind kind, String amount) {
        Person p = Person.builder().id(id + "-1").name("测试人" + id).birthDate(LocalDate.of(1970, 5, 1))
                .gender(Gender.MALE).hukou(HukouType.RURAL).build();
        return Household.builder().id(id).region(VILLAGE).address("辛丰镇某村1组").hukou(HukouType.RURAL)
                .assets(Assets.NONE).member(p, Relation.HEAD).income(Income.of(kind, Money.of(amount), p.id())).build();
    }

    static Case active(String id, String household) {
        Instant applied = JAN.minusMonths(2).atDay(3).atTime(9, 0).atZone(CST).toInstant();
        return Case.open(CaseId.of(id), NationalPrograms.DIBAO, SubjectRef.household(HouseholdId.of(household)), VILLAGE,
                        PersonId.of(household + "-1"), Transition.application("clerk", applied, "application",
                                ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", applied.plusSeconds(2 * 86_400), "approved")
                .activate(ApprovalLevel.COUNTY, "county", JAN.minusMonths(1).atDay(1).atStartOfDay(CST).toInstant(),
                        "start");
    }

    @Test
    void aMemberFindingWork_entersGradualExit_aPensionRise_endsAtOnce() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(storage)
                .clock(Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), CST)).build();
        storage.households().save(alone("HW", IncomeKind.PENSION, "300.00"), CLERK);
        storage.households().save(alone("HP", IncomeKind.PENSION, "300.00"), CLERK);
        storage.cases().save(active("CW", "HW"), CLERK);
        storage.cases().save(active("CP", "HP"), CLERK);
        // January: 840 − 300 = 540 each
        MonthlyRun jan = ca.runMonth(JAN, DANTU);
        assertThat(jan.program(NationalPrograms.DIBAO).amount()).isEqualTo(Money.of("1080.00"));

        // HW: the member finds work (wage 700: 1000 ≥ 840, but 300 without it); HP: the pension rises to 1000
        Household hw = storage.households().get(HouseholdId.of("HW"));
        storage.households().save(hw.toBuilder().incomes(List.of(hw.incomes().get(0),
                Income.of(IncomeKind.WAGE, Money.of("700.00"), PersonId.of("HW-1")))).build(), CLERK);
        Household hp = storage.households().get(HouseholdId.of("HP"));
        storage.households().save(hp.toBuilder().incomes(List.of(
                Income.of(IncomeKind.PENSION, Money.of("1000.00"), PersonId.of("HP-1")))).build(), CLERK);

        MonthlyRun feb = ca.runMonth(JAN.plusMonths(1), DANTU);
        assertThat(storage.cases().get(CaseId.of("CW")).state()).isEqualTo(CaseState.IN_GRACE);
        assertThat(storage.cases().get(CaseId.of("CP")).state()).isEqualTo(CaseState.TERMINATED);
        assertThat(feb.changes()).filteredOn(c -> c.program().equals(NationalPrograms.DIBAO))
                .extracting(c -> c.caseId().value() + ":" + c.reasonCode())
                .containsExactlyInAnyOrder("CW:dibao.income-not-below-standard", "CP:not-eligible");
        // the working household keeps January's amount during 渐退
        assertThat(feb.program(NationalPrograms.DIBAO).amount()).isEqualTo(Money.of("540.00"));
    }
}
