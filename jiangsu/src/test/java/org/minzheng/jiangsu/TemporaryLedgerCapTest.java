package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.cases.PaymentKey;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.programs.temporary.TemporaryAssistance;
import org.minzheng.core.programs.temporary.TemporaryNeed;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.PersonId;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.PaymentRequest;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * 临时救助's yearly cap read from the ledger (decision record 0351), on InMemoryStorage with the Jiangsu standards
 * (cap 12 × 870 = 10,440 in 2022; township limit 3,000): payments posted this year to the household's
 * temporary-assistance cases count, less reversals; last year's payments and the monthly run's dibao payments do
 * not; the application's own figure counts only when larger.
 */
class TemporaryLedgerCapTest {

    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final RegionCode VILLAGE = GradualExitThroughWorkTest.VILLAGE;
    static final WriteContext CLERK = GradualExitThroughWorkTest.CLERK;
    static final YearMonth OCT = YearMonth.of(2022, 10);
    static final HouseholdId HT = HouseholdId.of("HT");

    static Case temporary(String id, YearMonth approved) {
        Instant at = approved.atDay(3).atTime(9, 0).atZone(CST).toInstant();
        return Case.open(CaseId.of(id), NationalPrograms.TEMPORARY_ASSISTANCE, SubjectRef.household(HT), VILLAGE,
                        PersonId.of("HT-1"), Transition.application("clerk", at, "fire", ApprovalLevel.TOWNSHIP))
                .review("clerk", at.plusSeconds(3_600), "reviewed")
                .approve(ApprovalLevel.TOWNSHIP, "township", at.plusSeconds(7_200), "approved");
    }

    static void pay(Storage storage, String caseId, YearMonth month, String amount) {
        storage.payments().postAll(List.of(PaymentRequest.of(PaymentKey.of(CaseId.of(caseId), month,
                PaymentComponent.ONE_OFF), Money.of(amount))), CLERK);
    }

    @Test
    void theYearlyCap_readsThisYearsTemporaryPaymentsFromTheLedger() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(storage)
                .clock(Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), CST)).build();
        // a dibao household (pension 300): the monthly run pays it 870 − 300 = 570 a month
        storage.households().save(GradualExitThroughWorkTest.alone("HT", IncomeKind.PENSION, "300.00"), CLERK);
        Case dibao = GradualExitThroughWorkTest.active("CD", "HT");
        storage.cases().save(dibao, CLERK);
        storage.cases().save(temporary("T2021", YearMonth.of(2021, 12)), CLERK);
        storage.cases().save(temporary("T1", YearMonth.of(2022, 3)), CLERK);
        storage.cases().save(temporary("T2", YearMonth.of(2022, 6)), CLERK);
        storage.cases().save(temporary("T3", YearMonth.of(2022, 7)), CLERK);
        pay(storage, "T2021", YearMonth.of(2021, 12), "5000.00"); // last year: not counted
        pay(storage, "T1", YearMonth.of(2022, 3), "6000.00");
        pay(storage, "T2", YearMonth.of(2022, 6), "3000.00");
        pay(storage, "T3", YearMonth.of(2022, 7), "800.00");
        storage.payments().reverse(PaymentKey.of(CaseId.of("T3"), YearMonth.of(2022, 7), PaymentComponent.ONE_OFF),
                CLERK); // reversed: not counted
        for (YearMonth m = YearMonth.of(2022, 8); !m.isAfter(OCT); m = m.plusMonths(1)) {
            MonthlyRun run = ca.runMonth(m, DANTU);
            assertThat(run.program(NationalPrograms.DIBAO).amount()).isEqualTo(Money.of("570.00"));
        }
        ProgramCode t = NationalPrograms.TEMPORARY_ASSISTANCE;

        // 9,000 this year + 1,440 = 10,440: exactly the cap → township (dibao, last year and the reversal not counted)
        Decision at = ca.assessApplication(t, HT, TemporaryNeed.expenditure(Money.of("1440.00")), OCT);
        assertThat(at.eligible()).isTrue();
        assertThat(at.amount()).isEqualTo(Money.of("1440.00"));
        assertThat(at.notes()).doesNotContain(TemporaryAssistance.CASE_BY_CASE);
        assertThat(at.approval()).contains(ApprovalLevel.TOWNSHIP);

        // a fen more: above the cap → 一事一议, county, paid as assessed
        Decision above = ca.assessApplication(t, HT, TemporaryNeed.expenditure(Money.of("1440.01")), OCT);
        assertThat(above.amount()).isEqualTo(Money.of("1440.01"));
        assertThat(above.notes()).contains(TemporaryAssistance.CASE_BY_CASE);
        assertThat(above.approval()).contains(ApprovalLevel.COUNTY);
        assertThat(above.explanation().render(java.util.Locale.SIMPLIFIED_CHINESE)).contains("台账记录 9000.00");

        // the application states more than the ledger (paid in another county): the larger figure counts
        Decision stated = ca.assessApplication(t, HT, TemporaryNeed.expenditure(Money.of("1000.00"))
                .withReceivedThisYear(Money.of("9500.00")), OCT);
        assertThat(stated.notes()).contains(TemporaryAssistance.CASE_BY_CASE);

        // the same application assessed without storage sees only what it states: within the cap
        Decision fromTheApplication = ca.assess(t, org.minzheng.core.rule.SubjectFacts.forHousehold(
                storage.households().get(HT), OCT).application(TemporaryNeed.expenditure(Money.of("1440.01"))).build());
        assertThat(fromTheApplication.notes()).doesNotContain(TemporaryAssistance.CASE_BY_CASE);
        assertThat(fromTheApplication.approval()).contains(ApprovalLevel.TOWNSHIP);
    }
}
