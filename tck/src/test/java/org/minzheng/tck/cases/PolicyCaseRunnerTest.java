package org.minzheng.tck.cases;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.dibao.DibaoRequest;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.RegionalVariant;
import org.minzheng.runtime.Programs;
import org.minzheng.core.programs.dibao.Dibao;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

class PolicyCaseRunnerTest {

    /** The dibao standard 870 for 3211 in 2022, and nothing else. */
    static final StandardsProvider DIBAO_870 = new StandardsProvider() {
        private final List<StandardValue<?>> values = List.of(
                StandardValue.of(Dibao.STANDARD_RURAL, RegionCode.parse("3211"), LocalDate.of(2022, 1, 1),
                        LocalDate.of(2023, 1, 1), Money.of("870.00"), "test"),
                StandardValue.of(Dibao.ADDON_SHARE_MINOR, RegionCode.parse("3211"), LocalDate.of(2022, 1, 1),
                        LocalDate.of(2023, 1, 1), new java.math.BigDecimal("0.1"), "test"));

        @Override
        public String id() {
            return "test.dibao";
        }

        @Override
        public String spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public Collection<StandardValue<?>> values(StandardsQuery query) {
            return values;
        }
    };

    private static PolicyCase parse(String yaml) {
        return PolicyCaseFiles.read(Programs.builtIn(), "t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).get(0);
    }

    @Test
    void run_matchingExpectation_passes() {
        CaseResult r = PolicyCaseRunner.of(List.of(DIBAO_870), Programs.builtIn()).run(parse(PolicyCaseFilesTest.VALID));
        assertThat(r.passed()).as(r.report("x", Locale.ENGLISH)).isTrue();
        assertThat(r.summary("三口之家按差额发放")).isEqualTo("PASS 三口之家按差额发放");
    }

    @Test
    void run_wrongAmountAndComponents_failsWithExpectedAndGotAndTheExplanation() {
        String yaml = PolicyCaseFilesTest.VALID.replace("amount: 1497.00", "amount: 1410.00")
                .replace("components: {base: 1410.00, add-on: 87.00}", "components: {base: 1400.00}");
        CaseResult r = PolicyCaseRunner.of(List.of(DIBAO_870), Programs.builtIn()).run(parse(yaml));
        assertThat(r.passed()).isFalse();
        assertThat(r.mismatches()).containsExactly("expected amount 1410.00, got 1497.00",
                "expected components {base=1400.00}, got {add-on=87.00, base=1410.00}");
        String report = r.report("case", Locale.ENGLISH);
        assertThat(report).startsWith("FAIL case: expected amount 1410.00, got 1497.00; expected components");
        assertThat(report.lines().count()).isGreaterThan(1);
    }

    @Test
    void run_wrongEligibilityAndReasons_listsBoth() {
        String yaml = PolicyCaseFilesTest.VALID.replace("incomes: {wage: 1200.00}", "incomes: {wage: 3000.00}");
        CaseResult r = PolicyCaseRunner.of(List.of(DIBAO_870), Programs.builtIn()).run(parse(yaml));
        assertThat(r.mismatches()).contains("expected eligible true, got false",
                "expected amount 1497.00, got 0.00",
                "expected reasons [], got [dibao.income-not-below-standard]");
    }

    @Test
    void run_regionWithoutStandards_failsWithTheMissingStandard() {
        String yaml = PolicyCaseFilesTest.VALID.replace("region: \"321112\"", "region: \"320100\"");
        CaseResult r = PolicyCaseRunner.of(List.of(DIBAO_870), Programs.builtIn()).run(parse(yaml));
        assertThat(r.passed()).isFalse();
        assertThat(r.error()).isPresent();
        assertThat(r.summary("c")).startsWith("FAIL c: MissingStandardException").contains("dibao.standard.rural");
    }

    @Test
    void run_programsWithARegionalVariant_casesSeeTheVariant() {
        // a region that does not count wages for dibao: the family's 1,200 wage is ignored
        ProgramProvider noWages = new ProgramProvider() {
            @Override
            public String id() {
                return "test.rules";
            }

            @Override
            public String spiVersion() {
                return StandardsProvider.SPI_VERSION;
            }

            @Override
            public List<ProgramRule<?>> programs() {
                return List.of();
            }

            @Override
            public List<RegionalVariant> variants() {
                return List.of(new RegionalVariant(RegionCode.parse("3211"), Dibao.PROGRAM.derive(f -> {
                    DibaoRequest r = DibaoRequest.from(f);
                    return new DibaoRequest(r.hukou(), r.members(), r.inTekun(), r.incomes().stream()
                            .filter(i -> i.kind() != IncomeKind.WAGE).toList(), r.assets(), r.endOfMonth());
                }, Dibao.RULE).build()));
            }
        };
        // 870 × 3 = 2610 base (wage not counted) + 87 add-on = 2697
        String yaml = PolicyCaseFilesTest.VALID.replace("amount: 1497.00", "amount: 2697.00")
                .replace("components: {base: 1410.00, add-on: 87.00}", "components: {base: 2610.00, add-on: 87.00}");
        Programs programs = Programs.builder().discovery(false).add(noWages).build();
        CaseResult r = PolicyCaseRunner.of(List.of(DIBAO_870), programs).run(parse(yaml));
        assertThat(r.passed()).as(r.report("rules", Locale.ENGLISH)).isTrue();
    }

    @Test
    void runAll_keepsOrder() {
        List<PolicyCase> cases = new ArrayList<>();
        cases.add(parse(PolicyCaseFilesTest.VALID));
        cases.add(parse(PolicyCaseFilesTest.VALID.replace("amount: 1497.00", "amount: 1.00")));
        assertThat(PolicyCaseRunner.of(List.of(DIBAO_870), Programs.builtIn()).runAll(cases)).extracting(CaseResult::passed)
                .containsExactly(true, false);
    }
}
