package org.minzheng.tck.cases;

import org.minzheng.runtime.Programs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.minzheng.spi.StandardsProvider;

/** The JUnit base: one dynamic test per case, named file › case, failing with the FAIL line. */
class PolicyCaseTestsTest {

    private static PolicyCaseTests suite(String yaml) {
        return new PolicyCaseTests() {
            @Override
            protected List<StandardsProvider> standardsProviders() {
                return List.of(PolicyCaseRunnerTest.DIBAO_870);
            }

            @Override
            protected List<PolicyCase> cases() {
                return PolicyCaseFiles.read(Programs.builtIn(), "dibao.yaml",
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
            }
        };
    }

    @Test
    void policyCases_oneNamedTestPerCase() {
        String two = PolicyCaseFilesTest.VALID + PolicyCaseFilesTest.VALID.replace("三口之家按差额发放", "第二个");
        List<DynamicTest> tests = suite(two).policyCases().collect(Collectors.toList());
        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("dibao.yaml › 三口之家按差额发放", "dibao.yaml › 第二个");
    }

    @Test
    void policyCases_passingCase_runsWithoutError() throws Throwable {
        suite(PolicyCaseFilesTest.VALID).policyCases().findFirst().orElseThrow().getExecutable().execute();
    }

    @Test
    void policyCases_failingCase_failsWithTheFailLine() {
        DynamicTest t = suite(PolicyCaseFilesTest.VALID.replace("amount: 1497.00", "amount: 1496.00"))
                .policyCases().findFirst().orElseThrow();
        assertThatThrownBy(() -> t.getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("FAIL 三口之家按差额发放: expected amount 1496.00, got 1497.00");
    }
}
