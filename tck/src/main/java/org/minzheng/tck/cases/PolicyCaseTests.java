package org.minzheng.tck.cases;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.runtime.Programs;
import org.minzheng.spi.StandardsProvider;

/**
 * Policy cases as JUnit 5 tests (政策测试用例的 JUnit 基类): one dynamic test per case, named by file and
 * case name. A vendor's test extends it:
 *
 * <pre>{@code
 * class ZhenjiangPolicyCasesTest extends PolicyCaseTests {
 *     protected List<StandardsProvider> standardsProviders() { return List.of(new ZhenjiangStandards()); }
 *     protected List<PolicyCase> cases() { return PolicyCaseFiles.load(programs(), List.of(Path.of("src/test/cases"))); }
 * }
 * }</pre>
 *
 * A failed case fails its test with {@code FAIL name: expected …, got …} and the decision's explanation.
 */
public abstract class PolicyCaseTests {

    /**
     * Creates the test; subclasses supply standards and cases.
     */
    protected PolicyCaseTests() {
    }

    /**
     * The standards providers the cases run against (exactly these: discovery is not used).
     *
     * @return the providers
     */
    protected abstract List<StandardsProvider> standardsProviders();

    /**
     * The programs the cases may name: the built-ins and those of the plugin under test.
     *
     * @implSpec The default returns {@link Programs#discover()}: the built-ins and every program provider on the
     * test class path.
     * @return the programs
     */
    protected Programs programs() {
        return Programs.discover();
    }

    /**
     * The cases, e.g. from {@link PolicyCaseFiles#load(Programs, List)} or {@link PolicyCaseFiles#loadResources}.
     *
     * @return the cases
     */
    protected abstract List<PolicyCase> cases();

    /**
     * The language of explanations in failure messages.
     *
     * @implSpec The default returns {@link Locale#SIMPLIFIED_CHINESE}.
     * @return the locale
     */
    protected Locale explanationLocale() {
        return Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * One dynamic test per case.
     *
     * @return the tests
     */
    @TestFactory
    public Stream<DynamicTest> policyCases() {
        PolicyCaseRunner runner = PolicyCaseRunner.of(standardsProviders(), programs());
        Locale locale = explanationLocale();
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.qualifiedName(), source(c), () -> {
            CaseResult result = runner.run(c);
            if (!result.passed()) {
                AssertionError failure = new AssertionError(result.report(c.name(), locale));
                result.error().ifPresent(failure::initCause);
                throw failure;
            }
        }));
    }

    private static URI source(PolicyCase c) {
        Path p = Path.of(c.file());
        if (Files.isRegularFile(p)) {
            return URI.create(p.toAbsolutePath().toUri() + "?line=" + c.line());
        }
        return null;
    }
}
