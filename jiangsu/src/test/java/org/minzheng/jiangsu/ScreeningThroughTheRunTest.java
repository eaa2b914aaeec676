package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseId;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectRef;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.core.registry.SelfCare;
import org.minzheng.core.report.DistrictReport;
import org.minzheng.core.report.ProgramLines;
import org.minzheng.core.report.ReportRenderer;
import org.minzheng.core.report.ScreeningCount;
import org.minzheng.runtime.CivilAffairs;
import org.minzheng.runtime.MonthlyRun;
import org.minzheng.spi.storage.InMemoryStorage;
import org.minzheng.spi.storage.Storage;
import org.minzheng.spi.storage.WriteContext;

/**
 * Screening (排查) through the monthly run with the built-in programs and the Jiangsu standards (issue 12): an
 * 81-year-old who moved in is found by 尊老金 in the 80–89 band and paid at once, and opened for review by home care
 * and care visits; a dibao household's elderly member is opened for review by government-paid accident insurance
 * and home adaptation; a case that no longer qualifies is proposed for closing with its reasons, not terminated;
 * the report counts the hours granted beside the hours delivered.
 */
class ScreeningThroughTheRunTest {

    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final RegionCode DANTU = RegionCode.parse("321112");
    static final RegionCode VILLAGE = RegionCode.parse("321112101201");
    static final WriteContext CLERK = WriteContext.of("clerk", "test setup");
    static final YearMonth OCT = YearMonth.of(2022, 10);

    static Person person(String id, LocalDate birth) {
        return Person.builder().id(id).name("测试人" + id).birthDate(birth).gender(Gender.FEMALE)
                .hukou(HukouType.RURAL).build();
    }

    static Household alone(String id, Person p) {
        return Household.builder().id(id).region(VILLAGE).address("辛丰镇某村1组").hukou(HukouType.RURAL)
                .assets(Assets.NONE).member(p, Relation.HEAD).build();
    }

    static Case active(String id, ProgramCode program, SubjectRef subject, YearMonth since) {
        Instant applied = since.minusMonths(1).atDay(3).atTime(9, 0).atZone(CST).toInstant();
        return Case.open(CaseId.of(id), program, subject, VILLAGE, PersonId.of("x"),
                        Transition.application("clerk", applied, "application", ApprovalLevel.TOWNSHIP))
                .review("clerk", applied.plusSeconds(86_400), "reviewed")
                .approve(ApprovalLevel.COUNTY, "county", applied.plusSeconds(2 * 86_400), "approved")
                .activate(ApprovalLevel.COUNTY, "county", since.atDay(1).atStartOfDay(CST).toInstant(), "start");
    }

    static CivilAffairs runtime(Storage storage) {
        return CivilAffairs.builder().standards(new JiangsuStandardsProvider()).storage(storage)
                .clock(Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), CST)).build();
    }

    static List<Case> casesOf(Storage storage, SubjectRef subject, ProgramCode program) {
        return storage.cases().findBySubject(subject).stream().filter(c -> c.program().equals(program)).toList();
    }

    static List<Integer> screening(DistrictReport report, ProgramCode program) {
        ScreeningCount c = report.screening().stream().filter(x -> x.program().equals(program)).findFirst().orElseThrow();
        return List.of(c.foundForReview(), c.startedAtOnce(), c.proposedClosing());
    }

    @Test
    void anEightyOneYearOldWhoMovedIn_isFoundByEveryProgramThatScreens() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = runtime(storage);
        // born 1941-05-10: 81 in October 2022 — never "turning 80" while registered here
        storage.households().save(alone("HM", person("HM-1", LocalDate.of(1941, 5, 10))), CLERK);
        SubjectRef her = SubjectRef.person(PersonId.of("HM-1"));

        MonthlyRun oct = ca.runMonth(OCT, DANTU);

        assertThat(casesOf(storage, her, NationalPrograms.SENIOR_ALLOWANCE)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.ACTIVE));
        assertThat(oct.program(NationalPrograms.SENIOR_ALLOWANCE).enrolled()).isEqualTo(1);
        // the 80–89 band of the plugin: 50 a month, paid the month she is found
        assertThat(oct.program(NationalPrograms.SENIOR_ALLOWANCE).amount()).isEqualTo(Money.of("50.00"));
        // home care (everyone 80+ in Dantu) and care visits (living alone) are opened for a caseworker
        assertThat(casesOf(storage, her, NationalPrograms.HOME_CARE)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.APPLIED));
        assertThat(casesOf(storage, her, NationalPrograms.CARE_VISIT)).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.APPLIED));
        assertThat(oct.program(NationalPrograms.HOME_CARE).referred()).isEqualTo(1);
        // she pays her own premium if she enrols: screening opens no insurance case; no hardship, no adaptation
        assertThat(casesOf(storage, her, NationalPrograms.ELDERLY_ACCIDENT_INSURANCE)).isEmpty();
        assertThat(storage.cases().findBySubject(SubjectRef.household(HouseholdId.of("HM")))).isEmpty();

        // a second run of the month opens nothing more
        MonthlyRun again = ca.runMonth(OCT, DANTU);
        assertThat(again.program(NationalPrograms.HOME_CARE).referred()).isZero();
        assertThat(again.program(NationalPrograms.SENIOR_ALLOWANCE).enrolled()).isZero();

        // the report shows what screening did
        DistrictReport report = ca.report(DANTU, OCT, OCT);
        assertThat(screening(report, NationalPrograms.SENIOR_ALLOWANCE)).containsExactly(0, 1, 0);
        assertThat(screening(report, NationalPrograms.HOME_CARE)).containsExactly(1, 0, 0);
        assertThat(screening(report, NationalPrograms.CARE_VISIT)).containsExactly(1, 0, 0);
        assertThat(screening(report, NationalPrograms.ELDERLY_ACCIDENT_INSURANCE)).containsExactly(0, 0, 0);
        assertThat(ReportRenderer.text(report, Locale.CHINA)).contains("排查发现待核实");
        assertThat(ReportRenderer.json(report)).contains("\"foundForReview\"");
    }

    @Test
    void aDibaoHouseholdsElderlyMember_isOpenedForGovernmentInsuranceAndAdaptation() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = runtime(storage);
        storage.households().save(alone("HD", person("HD-1", LocalDate.of(1955, 3, 1))), CLERK);
        storage.cases().save(active("D1", NationalPrograms.DIBAO, SubjectRef.household(HouseholdId.of("HD")),
                YearMonth.of(2022, 1)), CLERK);

        ca.runMonth(OCT, DANTU);

        assertThat(casesOf(storage, SubjectRef.person(PersonId.of("HD-1")), NationalPrograms.ELDERLY_ACCIDENT_INSURANCE))
                .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.APPLIED));
        assertThat(casesOf(storage, SubjectRef.household(HouseholdId.of("HD")), NationalPrograms.HOME_ADAPTATION))
                .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.APPLIED));
        // 67, low income: home care too (Dantu: low-income elderly from 60)
        assertThat(casesOf(storage, SubjectRef.person(PersonId.of("HD-1")), NationalPrograms.HOME_CARE))
                .singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.APPLIED));
    }

    @Test
    void aCaseThatNoLongerQualifies_isProposedForClosingWithItsReasons() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = runtime(storage);
        // 65, not low income, no disability: Dantu's home care does not cover her
        storage.households().save(alone("HX", person("HX-1", LocalDate.of(1957, 1, 1))), CLERK);
        storage.cases().save(active("HC1", NationalPrograms.HOME_CARE, SubjectRef.person(PersonId.of("HX-1")),
                YearMonth.of(2022, 1)), CLERK);

        MonthlyRun oct = ca.runMonth(OCT, DANTU);

        assertThat(storage.cases().get(CaseId.of("HC1")).state()).isEqualTo(CaseState.SUSPENDED);
        assertThat(oct.changes()).filteredOn(c -> c.caseId().value().equals("HC1")).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(CaseState.SUSPENDED);
            assertThat(c.reasonCode()).isEqualTo("proposed-closing");
            assertThat(c.reason()).contains("homecare.not-in-group").contains("建议注销");
        });
        // a suspended case is not screened again
        MonthlyRun nov = ca.runMonth(OCT.plusMonths(1), DANTU);
        assertThat(nov.program(NationalPrograms.HOME_CARE).referred()).isZero();
        assertThat(screening(ca.report(DANTU, OCT, OCT.plusMonths(1)), NationalPrograms.HOME_CARE))
                .containsExactly(0, 0, 1);
        assertThat(screening(ca.report(DANTU, OCT.plusMonths(1), OCT.plusMonths(1)), NationalPrograms.HOME_CARE))
                .as("proposed in October, not November").containsExactly(0, 0, 0);
    }

    @Test
    void theReport_comparesHoursGrantedWithHoursDelivered() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = runtime(storage);
        // 85 with a moderate capability loss: 16 hours a month in Dantu (by level)
        Person p = person("HG-1", LocalDate.of(1937, 2, 1)).toBuilder()
                .selfCare(SelfCare.ABLE.withAssessment(CapabilityLevel.MODERATE, LocalDate.of(2022, 1, 5))).build();
        storage.households().save(alone("HG", p), CLERK);
        storage.cases().save(active("HG1", NationalPrograms.HOME_CARE, SubjectRef.person(PersonId.of("HG-1")),
                YearMonth.of(2022, 9)), CLERK);
        ca.runMonth(YearMonth.of(2022, 9), DANTU);
        ca.runMonth(OCT, DANTU);

        DistrictReport report = ca.report(DANTU, YearMonth.of(2022, 8), OCT);
        ProgramLines care = report.programs().stream().filter(l -> l.program().equals(NationalPrograms.HOME_CARE))
                .findFirst().orElseThrow();
        // active at the end of September and October, not August: 2 × 16
        assertThat(care.hoursGranted()).isEqualByComparingTo(new BigDecimal("32"));
        assertThat(care.hours()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ReportRenderer.text(report, Locale.CHINA)).contains("核定服务时长(小时)").contains("32.0");
        assertThat(ReportRenderer.json(report)).contains("\"hoursGranted\"");
    }

    @Test
    void theReport_comparesVisitsDueWithVisitsDone() {
        Storage storage = InMemoryStorage.create();
        CivilAffairs ca = runtime(storage);
        // 85 and living alone: high risk, 4 visits a month in Dantu
        storage.households().save(alone("HV", person("HV-1", LocalDate.of(1937, 2, 1))), CLERK);
        storage.cases().save(active("CV1", NationalPrograms.CARE_VISIT, SubjectRef.person(PersonId.of("HV-1")),
                YearMonth.of(2022, 9)), CLERK);
        ca.runMonth(OCT, DANTU);

        DistrictReport report = ca.report(DANTU, YearMonth.of(2022, 9), OCT);
        ProgramLines visits = report.programs().stream().filter(l -> l.program().equals(NationalPrograms.CARE_VISIT))
                .findFirst().orElseThrow();
        assertThat(visits.servicesDue()).isEqualTo(8);
        assertThat(visits.services()).isZero();
        assertThat(ReportRenderer.text(report, Locale.CHINA)).contains("应服务次数");
    }
}
