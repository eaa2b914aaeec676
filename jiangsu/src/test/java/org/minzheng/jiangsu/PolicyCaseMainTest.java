package org.minzheng.jiangsu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.tck.cases.PolicyCaseMain;

/** The policy-case command line on the Jiangsu plugin's files: output lines and exit status 0, 1 and 2. */
class PolicyCaseMainTest {

    static final String STANDARDS = "src/main/resources/minzheng-jiangsu/standards.yaml";
    static final String CASES = "src/main/resources/minzheng-jiangsu/cases";

    private record Run(int status, List<String> out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PolicyCaseMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void run_shippedCases_allPassAndExitZero() {
        Run r = run("--standards", STANDARDS, "--cases", CASES);
        assertThat(r.status()).as(r.err() + String.join("\n", r.out())).isZero();
        assertThat(r.out()).contains("PASS 三口之家按差额发放", "PASS 父亲重残母亲失联为事实无人抚养儿童");
        assertThat(r.out()).allMatch(line -> line.startsWith("PASS ") || line.matches("\\d+ passed, 0 failed"));
        assertThat(r.out().get(r.out().size() - 1)).isEqualTo((r.out().size() - 1) + " passed, 0 failed");
        assertThat(r.out().size() - 1).isGreaterThanOrEqualTo(60);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void run_aWrongExpectation_printsFailWithTheExplanationAndExitsOne() {
        Run r = run("--standards", STANDARDS, "--cases", "src/test/resources/cli/failing.yaml", "--locale", "en");
        assertThat(r.status()).isEqualTo(PolicyCaseMain.EXIT_FAILED);
        assertThat(r.out().get(0)).isEqualTo("PASS 正确的案例");
        assertThat(r.out().get(1)).isEqualTo("FAIL 故意写错金额的案例: expected amount 600.00, got 570.00");
        // the explanation follows, indented, and names the standard used
        assertThat(r.out().get(2)).startsWith("    ");
        assertThat(String.join("\n", r.out())).contains("870");
        assertThat(r.out().get(r.out().size() - 1)).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void run_brokenCaseFile_namesFileLineAndPathAndExitsTwo() {
        Run r = run("--standards", STANDARDS, "--cases", "src/test/resources/cli/broken.yaml");
        assertThat(r.status()).isEqualTo(PolicyCaseMain.EXIT_INPUT_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("src/test/resources/cli/broken.yaml:9: [0].household.members[0].wages: "
                + "unknown key 'wages'");
    }

    @Test
    void run_brokenStandardsFile_exitsTwo() {
        Run r = run("--standards", "src/test/resources/cli/broken-standards.yaml", "--cases", CASES);
        assertThat(r.status()).isEqualTo(PolicyCaseMain.EXIT_INPUT_ERROR);
        assertThat(r.err()).contains("broken-standards.yaml").contains("dibao.standard.rurall");
    }

    @Test
    void run_missingCasesOption_printsUsageAndExitsTwo() {
        Run r = run("--standards", STANDARDS);
        assertThat(r.status()).isEqualTo(PolicyCaseMain.EXIT_INPUT_ERROR);
        assertThat(r.err()).contains("usage: java -jar minzheng-tck.jar");
    }

    @Test
    void run_unknownOption_exitsTwo() {
        Run r = run("--standards", STANDARDS, "--cases", CASES, "--verbose");
        assertThat(r.status()).isEqualTo(PolicyCaseMain.EXIT_INPUT_ERROR);
        assertThat(r.err()).contains("unexpected argument '--verbose'");
    }

    @Test
    void run_onlyTheStandardsGiven_areLoaded() {
        // the Jiangsu provider is on the class path and discoverable, but only files given are used:
        // with a standards file for another provider, the Jiangsu cases cannot resolve their standards
        Run r = run("--standards", "src/test/resources/cli/other-region.yaml", "--cases",
                "src/test/resources/cli/failing.yaml");
        assertThat(r.status()).isEqualTo(PolicyCaseMain.EXIT_FAILED);
        assertThat(r.out().get(0)).startsWith("FAIL 正确的案例: MissingStandardException");
    }
}
