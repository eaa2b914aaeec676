package org.minzheng.tck.programs;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.spi.ProgramProvider;

/**
 * The program contract suite (业务项目合规测试套件) as JUnit 5 tests. A vendor's test extends it and supplies the
 * provider and where to exercise its rules:
 *
 * <pre>{@code
 * class DantuProgramContractTest extends ProgramContract {
 *     protected ProgramProvider provider() { return new DantuPrograms(); }
 *     protected Scope scope() {
 *         return Scope.of(List.of(new DantuStandards()), YearMonth.of(2023, 1), YearMonth.of(2023, 12), "321112");
 *     }
 * }
 * }</pre>
 *
 * Each test is one check of {@link ProgramCheck}; a failure lists every {@link Finding} of that check, each with what
 * to fix and, for a rule, the smallest generated subject that shows the problem. The guide is {@code
 * docs/writing-a-local-program.md}.
 */
public abstract class ProgramContract {

    /**
     * Creates the suite; subclasses supply the provider.
     */
    protected ProgramContract() {
    }

    /**
     * The provider under test. Called once per test; may return a new instance or a shared one.
     *
     * @return the provider
     */
    protected abstract ProgramProvider provider();

    /**
     * The standards providers, regions and months in which to exercise the rules; every mandatory standard the
     * programs read must resolve there.
     *
     * @return the scope
     */
    protected abstract Scope scope();

    /**
     * Sample applications for programs decided on an application, in the program's application format (as in a
     * policy case), e.g. {@code Map.of(code, List.of(Map.of("type", "emergency", "need", "3000.00")))}.
     *
     * @implSpec The default returns none.
     * @return samples by program
     */
    protected Map<ProgramCode, List<Map<String, String>>> applications() {
        return Map.of();
    }

    /**
     * How many subjects each property generates per program.
     *
     * @implSpec The default returns {@link ProgramChecker#DEFAULT_EXAMPLES}.
     * @return at least 1
     */
    protected int examples() {
        return ProgramChecker.DEFAULT_EXAMPLES;
    }

    /**
     * Whether the provider is published for {@link java.util.ServiceLoader} discovery; when true, PC12 checks that
     * discovery finds it.
     *
     * @implSpec The default returns true: publish your provider.
     * @return true when the provider should be discoverable
     */
    protected boolean discoverable() {
        return true;
    }

    /**
     * The checker the tests run, built from the methods above.
     *
     * @return a new checker
     */
    protected ProgramChecker checker() {
        ProgramChecker.Builder b = ProgramChecker.builder(provider(), scope()).examples(examples());
        applications().forEach((code, samples) -> samples.forEach(fields -> b.application(code, fields)));
        return b.build();
    }

    private static void assertNone(ProgramCheck check, List<Finding> findings) {
        if (!findings.isEmpty()) {
            throw new AssertionError(check + ": " + findings.size() + " finding(s)\n"
                    + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
        }
    }

    /** PC01. */
    @Test
    @DisplayName("PC01 the provider loads beside the built-in programs")
    public void pc01_providerLoads() {
        assertNone(ProgramCheck.PC01_PROVIDER, checker().provider());
    }

    /** PC02. */
    @Test
    @DisplayName("PC02 every standard is documented, typed and declared")
    public void pc02_standardsDocumented() {
        assertNone(ProgramCheck.PC02_STANDARDS, checker().standards());
    }

    /** PC03. */
    @Test
    @DisplayName("PC03 every reason has both messages and a consistent, unique code")
    public void pc03_reasonsComplete() {
        assertNone(ProgramCheck.PC03_REASONS, checker().reasons());
    }

    /** PC04. */
    @Test
    @DisplayName("PC04 every explanation renders in Chinese and English")
    public void pc04_textsRender() {
        assertNone(ProgramCheck.PC04_TEXTS, checker().texts());
    }

    /** PC05. */
    @Test
    @DisplayName("PC05 the rule is total and deterministic")
    public void pc05_ruleDeterministic() {
        assertNone(ProgramCheck.PC05_DETERMINISTIC, checker().deterministic());
    }

    /** PC06. */
    @Test
    @DisplayName("PC06 amounts are never negative and add up")
    public void pc06_amountsAddUp() {
        assertNone(ProgramCheck.PC06_AMOUNTS, checker().amounts());
    }

    /** PC07. */
    @Test
    @DisplayName("PC07 the rule gives only declared reasons")
    public void pc07_reasonsDeclared() {
        assertNone(ProgramCheck.PC07_DECLARED_REASONS, checker().declaredReasons());
    }

    /** PC08. */
    @Test
    @DisplayName("PC08 report lines are defined and fit the schedule")
    public void pc08_reportLinesDefined() {
        assertNone(ProgramCheck.PC08_REPORT_LINES, checker().reportLines());
    }

    /** PC09. */
    @Test
    @DisplayName("PC09 the monthly behaviour is consistent")
    public void pc09_monthlyBehaviourConsistent() {
        assertNone(ProgramCheck.PC09_MONTHLY_BEHAVIOUR, checker().monthlyBehaviour());
    }

    /** PC10. */
    @Test
    @DisplayName("PC10 the monthly run never pays a case twice for a period")
    public void pc10_paidOncePerPeriod() {
        assertNone(ProgramCheck.PC10_PAID_ONCE, checker().paidOnce());
    }

    /** PC11. */
    @Test
    @DisplayName("PC11 screening candidates include everyone eligible")
    public void pc11_screeningFindsEveryone() {
        assertNone(ProgramCheck.PC11_SCREENING, checker().screening());
    }

    /** PC12. */
    @Test
    @DisplayName("PC12 the provider is discoverable")
    public void pc12_discoverable() {
        if (discoverable()) {
            assertNone(ProgramCheck.PC12_DISCOVERY, checker().discovery(getClass().getClassLoader()));
        }
    }
}
