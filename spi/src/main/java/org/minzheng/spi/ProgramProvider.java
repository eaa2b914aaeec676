package org.minzheng.spi;

import java.util.List;

import org.minzheng.core.rule.ProgramRule;

/**
 * A source of programs (业务项目提供者): what a regional plugin implements to add its own programs — a county's
 * Spring Festival consolation payment, a province's own allowance — and to replace a national program's rule
 * for its region where policy lets it ({@link RegionalVariant}). Programs from a provider behave exactly like the
 * built-in ones everywhere: assessment, the monthly run, the ledger, every store, JSON, policy cases and the
 * district report.
 *
 * <p>Register a provider explicitly with {@code Programs.builder().add(provider)}, or publish it for discovery
 * with {@code provides org.minzheng.spi.ProgramProvider with ...} in {@code module-info.java} and a {@code
 * META-INF/services/org.minzheng.spi.ProgramProvider} file for the class path. The guide is {@code
 * docs/writing-a-local-program.md}; the contract suite is {@code org.minzheng.tck.programs.ProgramContract}.
 *
 * @implSpec Implementations must be immutable and thread-safe, with a public no-argument constructor when
 * published for discovery. {@link #programs()} and {@link #variants()} must return the same declarations for
 * the lifetime of the provider. Program codes must not collide with the national programs' or another
 * provider's: start them with a prefix of the region (e.g. {@code js-}). {@link #spiVersion()} must return the
 * constant {@link StandardsProvider#SPI_VERSION} as compiled into the plugin.
 */
public interface ProgramProvider {

    /**
     * A stable identifier, e.g. {@code jiangsu-example}: lower-case words joined by dots or hyphens.
     *
     * @return the identifier
     */
    String id();

    /**
     * The SPI version the provider was built against. Implement as {@code return StandardsProvider.SPI_VERSION;}.
     *
     * @return the version, e.g. {@code 2.0}
     */
    String spiVersion();

    /**
     * The provider's own programs, in the order its report lines should follow the national ones.
     *
     * @return the programs
     */
    List<ProgramRule<?>> programs();

    /**
     * Replacements of programs' rules in regions.
     *
     * @implSpec The default returns none.
     * @return the variants
     */
    default List<RegionalVariant> variants() {
        return List.of();
    }

    /**
     * A short description for logs and reports.
     *
     * @implSpec The default returns {@link #id()}.
     * @return the description
     */
    default String description() {
        return id();
    }
}
