package org.minzheng.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.rule.Measure;


/**
 * The report's hours granted, services due and screening counts (issue 12): what the builder is told is what the
 * report, the text and the JSON show, and nothing is ever negative.
 */
class GrantedAndScreeningTest {

    static final RegionCode DANTU = RegionCode.parse("321112");
    static final YearMonth JAN = YearMonth.of(2022, 1);
    static final YearMonth OCT = YearMonth.of(2022, 10);

    static DistrictReport.Builder builder() {
        return DistrictReport.builder(DANTU, JAN, OCT, BuiltInPrograms.all());
    }

    @Test
    void grantedHoursAndServicesDue_addUp_andShowBesideWhatWasDelivered() {
        // two months of 12 hours and one of 16; visits: 4 + 4 + 1
        DistrictReport r = builder().addGranted(NationalPrograms.HOME_CARE, new BigDecimal("12"), 0)
                .addGranted(NationalPrograms.HOME_CARE, new BigDecimal("12"), 0)
                .addGranted(NationalPrograms.HOME_CARE, new BigDecimal("16"), 0)
                .addGranted(NationalPrograms.CARE_VISIT, BigDecimal.ZERO, 4)
                .addGranted(NationalPrograms.CARE_VISIT, BigDecimal.ZERO, 4)
                .addGranted(NationalPrograms.CARE_VISIT, BigDecimal.ZERO, 1).build();
        ProgramLines care = r.program(NationalPrograms.HOME_CARE).orElseThrow();
        ProgramLines visits = r.program(NationalPrograms.CARE_VISIT).orElseThrow();
        assertThat(care.hoursGranted()).isEqualByComparingTo("40");
        assertThat(care.value(Measure.HOURS_GRANTED, Quantity.HOURS, java.util.Optional.empty())).get()
                .isEqualTo(new BigDecimal("40"));
        assertThat(visits.servicesDue()).isEqualTo(9);
        assertThat(visits.value(Measure.SERVICES_DUE, Quantity.COUNT, java.util.Optional.empty()))
                .contains(BigDecimal.valueOf(9));
        String text = ReportRenderer.text(r, Locale.CHINA);
        assertThat(text).contains("应服务次数").contains("核定服务时长(小时)").contains("40.0");
        assertThat(ReportRenderer.json(r)).contains("\"hoursGranted\": 40").contains("\"servicesDue\": 9");
    }

    @Test
    void negativeGrants_andUnknownPrograms_areRefused() {
        assertThatThrownBy(() -> builder().addGranted(NationalPrograms.HOME_CARE, new BigDecimal("-1"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().addGranted(NationalPrograms.CARE_VISIT, BigDecimal.ZERO, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().addScreening(ProgramCode.of("no-such"), true, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void screening_listsEveryProgramThatScreens_withItsCounts() {
        DistrictReport r = builder().addScreening(NationalPrograms.HOME_CARE, true, false, false)
                .addScreening(NationalPrograms.HOME_CARE, false, false, true)
                .addScreening(NationalPrograms.SENIOR_ALLOWANCE, false, true, false).build();
        assertThat(r.screening()).extracting(ScreeningCount::program).containsExactly(NationalPrograms.SENIOR_ALLOWANCE,
                NationalPrograms.HOME_CARE, NationalPrograms.CARE_VISIT, NationalPrograms.HOME_ADAPTATION,
                NationalPrograms.ELDERLY_ACCIDENT_INSURANCE, NationalPrograms.CHILD_SUBSIDY,
                NationalPrograms.LEFT_BEHIND_CHILD_CARE);
        ScreeningCount care = r.screening().get(1);
        assertThat(List.of(care.foundForReview(), care.startedAtOnce(), care.proposedClosing())).containsExactly(1, 0, 1);
        assertThat(r.screening().get(0).startedAtOnce()).isEqualTo(1);
        assertThat(ReportRenderer.text(r, Locale.CHINA)).contains("排查发现待核实");
        assertThat(ReportRenderer.text(r, Locale.ENGLISH)).contains("Proposed for closing");
        assertThat(r.withHeader(ReportHeader.of("测试", java.time.LocalDate.of(2022, 11, 1))).screening()).isEqualTo(r.screening());
    }

    @Test
    void property_grantedHours_areTheSumOfWhatWasAdded_neverNegative() {
        qt().withExamples(100).forAll(lists().of(integers().between(0, 744)).ofSizeBetween(0, 30)).checkAssert(hours -> {
            DistrictReport.Builder b = builder();
            hours.forEach(h -> b.addGranted(NationalPrograms.HOME_CARE, BigDecimal.valueOf(h), 0));
            BigDecimal granted = b.build().program(NationalPrograms.HOME_CARE).orElseThrow().hoursGranted();
            assertThat(granted.signum()).isGreaterThanOrEqualTo(0);
            assertThat(granted).isEqualByComparingTo(BigDecimal.valueOf(hours.stream().mapToInt(Integer::intValue).sum()));
        });
    }
}
