package org.minzheng.tck.standards;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minzheng.spi.StandardsProvider;

/**
 * The standards-provider contract suite (标准提供者合规测试套件) as JUnit 5 tests. A vendor's test extends
 * it and supplies the provider and the coverage it claims:
 *
 * <pre>{@code
 * class ZhenjiangStandardsContractTest extends StandardsProviderContract {
 *     protected StandardsProvider provider() { return new ZhenjiangStandards(); }
 *     protected Coverage coverage() {
 *         return Coverage.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1), "3211", "321112");
 *     }
 * }
 * }</pre>
 *
 * Each test is one check of {@link StandardsCheck}; a failure lists every {@link Finding} of that check,
 * each with what to fix.
 */
public abstract class StandardsProviderContract {

    /**
     * Creates the suite; subclasses supply the provider.
     */
    protected StandardsProviderContract() {
    }

    /**
     * The provider under test. Called once per test; may return a new instance or a shared one.
     *
     * @return the provider
     */
    protected abstract StandardsProvider provider();

    /**
     * The regions and dates for which the provider claims that every mandatory standard resolves.
     *
     * @return the coverage
     */
    protected abstract Coverage coverage();

    /**
     * Other providers the tested one is meant to be combined with (e.g. the provincial plugin under a
     * county file). The coverage and relation checks resolve over all of them.
     *
     * @implSpec The default returns an empty list.
     * @return the companion providers
     */
    protected List<StandardsProvider> companions() {
        return List.of();
    }

    /**
     * Whether the provider is published for {@link java.util.ServiceLoader} discovery; when true, SP11
     * checks that discovery finds it.
     *
     * @implSpec The default returns true: publish your provider.
     * @return true when the provider should be discoverable
     */
    protected boolean discoverable() {
        return true;
    }

    private StandardsProviderChecker checker() {
        return new StandardsProviderChecker(provider(), coverage(), companions());
    }

    private static void assertNone(StandardsCheck check, List<Finding> findings) {
        if (!findings.isEmpty()) {
            throw new AssertionError(check + ": " + findings.size() + " finding(s)\n"
                    + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
        }
    }

    /** SP01. */
    @Test
    @DisplayName("SP01 the provider loads")
    public void sp01_providerLoads() {
        assertNone(StandardsCheck.SP01_LOADS, checker().loads());
    }

    /** SP02. */
    @Test
    @DisplayName("SP02 the SPI version handshake is honoured")
    public void sp02_spiVersionAccepted() {
        assertNone(StandardsCheck.SP02_SPI_VERSION, checker().spiVersion());
    }

    /** SP03. */
    @Test
    @DisplayName("SP03 values are immutable and stable")
    public void sp03_valuesImmutable() {
        assertNone(StandardsCheck.SP03_IMMUTABLE, checker().immutable());
    }

    /** SP04. */
    @Test
    @DisplayName("SP04 values are thread-safe")
    public void sp04_valuesThreadSafe() {
        assertNone(StandardsCheck.SP04_THREAD_SAFE, checker().threadSafe());
    }

    /** SP05. */
    @Test
    @DisplayName("SP05 no two values of one standard and region overlap")
    public void sp05_noOverlap() {
        assertNone(StandardsCheck.SP05_NO_OVERLAP, checker().noOverlap());
    }

    /** SP06. */
    @Test
    @DisplayName("SP06 intervals are well-formed and sourced")
    public void sp06_intervalsWellFormed() {
        assertNone(StandardsCheck.SP06_INTERVALS, checker().intervals());
    }

    /** SP07. */
    @Test
    @DisplayName("SP07 every standard has the right value type")
    public void sp07_valueTypesRight() {
        assertNone(StandardsCheck.SP07_VALUE_TYPES, checker().valueTypes());
    }

    /** SP08. */
    @Test
    @DisplayName("SP08 queries return every matching value")
    public void sp08_queriesComplete() {
        assertNone(StandardsCheck.SP08_QUERY, checker().queries());
    }

    /** SP09. */
    @Test
    @DisplayName("SP09 every mandatory standard resolves where coverage is claimed")
    public void sp09_mandatoryStandardsResolve() {
        assertNone(StandardsCheck.SP09_COVERAGE, checker().coverage());
    }

    /** SP10. */
    @Test
    @DisplayName("SP10 national relations between standards hold")
    public void sp10_nationalRelationsHold() {
        assertNone(StandardsCheck.SP10_NATIONAL_RELATIONS, checker().nationalRelations());
    }

    /** SP11. */
    @Test
    @DisplayName("SP11 the provider is discoverable")
    public void sp11_discoverable() {
        if (discoverable()) {
            assertNone(StandardsCheck.SP11_DISCOVERY, checker().discovery(getClass().getClassLoader()));
        }
    }
}
