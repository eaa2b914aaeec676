package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.ReasonCode;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.jiangsu.springfestival.SpringFestivalGift;
import org.minzheng.tck.cases.PolicyCase;
import org.minzheng.tck.cases.PolicyCaseFiles;

/** The shipped cases keep covering every program (the national ones and the plugin's own) and every reason code. */
class JiangsuCaseCoverageTest {

    private static final List<PolicyCase> CASES = PolicyCaseFiles.load(JiangsuPolicyCasesTest.PROGRAMS,
            List.of(JiangsuPolicyCasesTest.CASES));

    @Test
    void cases_atLeastSixty() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void cases_coverEveryProgram_nationalAndTheRegionsOwn() {
        Set<ProgramCode> covered = CASES.stream().map(PolicyCase::program).collect(Collectors.toSet());
        assertThat(covered).containsAll(JiangsuPolicyCasesTest.PROGRAMS.all().stream().map(ProgramRule::programCode)
                .toList());
        assertThat(covered).contains(SpringFestivalGift.CODE);
    }

    @Test
    void cases_expectEveryReasonCode() {
        Set<String> expected = new TreeSet<>();
        for (PolicyCase c : CASES) {
            c.expectation().reasons().ifPresent(expected::addAll);
            c.expectation().notes().ifPresent(expected::addAll);
        }
        Set<String> all = JiangsuPolicyCasesTest.PROGRAMS.all().stream().flatMap(p -> p.reasons().stream())
                .map(ReasonCode::code).collect(Collectors.toCollection(TreeSet::new));
        all.removeAll(expected);
        // a case file refuses a person born after the month assessed (impossible data), so no case can expect
        // subject-not-born; core's tests and the program contract exercise it
        all.remove(ReasonCode.SUBJECT_NOT_BORN.code());
        assertThat(all).as("reason codes no shipped case expects").isEmpty();
    }

    @Test
    void cases_coverEveryYearOfTheClaimedPeriod() {
        Set<Integer> years = CASES.stream().map(c -> c.period().getYear()).collect(Collectors.toSet());
        assertThat(years).contains(2021, 2022, 2023);
    }
}
