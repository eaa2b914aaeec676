package org.minzheng.examples.demo;

import org.minzheng.core.program.ProgramCode;

import org.minzheng.core.programs.NationalPrograms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.Case;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.children.GuardianshipConfirmation;
import org.minzheng.core.elderly.AccidentInsuranceEnrolment;
import org.minzheng.core.elderly.PremiumPayer;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HouseholdId;
import org.minzheng.core.registry.Member;

class DantuGeneratorTest {

    private static Population full;

    @BeforeAll
    static void generate() {
        full = DantuGenerator.generate(2022, 1.0, DantuGenerator.Calibration.DEFAULT, 1);
    }

    private static long cases(Population p, ProgramCode program, CaseState state) {
        return p.cases().stream().filter(c -> c.program().equals(program) && c.state() == state).count();
    }

    @Test
    void generate_atFullScale_drawsThePublishedCounts() {
        assertThat(cases(full, NationalPrograms.DIBAO, CaseState.ACTIVE)).isEqualTo(1_457 - 31 + 287);
        assertThat(cases(full, NationalPrograms.DIBAO, CaseState.APPROVED)).isEqualTo(31);
        assertThat(cases(full, NationalPrograms.TEKUN, CaseState.ACTIVE)).isEqualTo(657);
        assertThat(cases(full, NationalPrograms.CHILD_SUBSIDY, CaseState.ACTIVE)).isEqualTo(141);
        assertThat(cases(full, NationalPrograms.LEFT_BEHIND_CHILD_CARE, CaseState.ACTIVE)).isEqualTo(52);
        assertThat(full.serviceRecords()).filteredOn(GuardianshipConfirmation.class::isInstance).hasSize(52);
        assertThat(full.serviceRecords()).filteredOn(r -> r instanceof AccidentInsuranceEnrolment e && e.payer() == PremiumPayer.GOVERNMENT)
                .hasSize(2_377);
        assertThat(full.serviceRecords()).filteredOn(r -> r instanceof AccidentInsuranceEnrolment e && e.payer() != PremiumPayer.GOVERNMENT)
                .hasSize(84_163);
        assertThat(full.facilities()).hasSize(20);
        assertThat(full.serviceRecords().stream().filter(org.minzheng.core.elderly.HomeAdaptation.class::isInstance)
                .map(r -> r.subject()).distinct()).hasSize(100);
        assertThat(full.grants()).hasSize(182);
        long over80 = full.households().stream().flatMap(h -> h.members().stream())
                .filter(m -> m.person().ageOn(LocalDate.of(2022, 10, 31)) >= 80).count();
        assertThat(over80).isEqualTo(12_768);
    }

    @Test
    void generate_dibaoPersons_areWithinTenPercentOfThePublishedFigures() {
        Map<HouseholdId, Household> byId = full.households().stream().collect(Collectors.toMap(Household::id, Function.identity()));
        int atStart = full.cases().stream().filter(c -> c.program().equals(NationalPrograms.DIBAO) && c.state() == CaseState.ACTIVE)
                .mapToInt(c -> byId.get(c.subject().household().orElseThrow()).size()).sum();
        int leaving = full.changes().stream().mapToInt(ch -> byId.get(ch.household()).size()).sum();
        assertThat(full.changes()).hasSize(287);
        assertThat(leaving).isBetween(461, 563);
        assertThat(atStart - leaving).isBetween(1_893, 2_313);
    }

    @Test
    void generate_sameSeed_givesTheSamePopulation_andAnotherSeedAnother() {
        Population a = DantuGenerator.generate(7, 0.05, DantuGenerator.Calibration.DEFAULT, 1);
        Population b = DantuGenerator.generate(7, 0.05, DantuGenerator.Calibration.DEFAULT, 1);
        Population c = DantuGenerator.generate(8, 0.05, DantuGenerator.Calibration.DEFAULT, 1);
        assertThat(a.households()).isEqualTo(b.households());
        assertThat(a.cases()).isEqualTo(b.cases());
        assertThat(a.serviceRecords()).isEqualTo(b.serviceRecords());
        assertThat(a.households()).isNotEqualTo(c.households());
    }

    @Test
    void generate_everyoneLivesInDantu_withValidIdentityNumbers() {
        assertThat(full.households()).allSatisfy(h -> assertThat(DantuDistrict.REGION.contains(h.region())).isTrue());
        assertThat(full.households().stream().flatMap(h -> h.members().stream()).map(Member::person))
                .allSatisfy(p -> assertThat(p.idNumber()).isPresent());
        assertThat(full.cases()).allSatisfy(c -> assertThat(DantuDistrict.REGION.contains(c.region())).isTrue());
        assertThat(full.cases().stream().map(Case::id).distinct()).hasSize(full.cases().size());
    }

    @Test
    void generate_scaleOutOfRange_isRefused() {
        assertThatThrownBy(() -> DantuGenerator.generate(1, 0, DantuGenerator.Calibration.DEFAULT, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DantuGenerator.generate(1, 1, DantuGenerator.Calibration.DEFAULT, 9))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
