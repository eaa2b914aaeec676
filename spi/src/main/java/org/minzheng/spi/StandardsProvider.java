package org.minzheng.spi;

import java.util.Collection;

import org.minzheng.core.standards.StandardValue;

/**
 * A source of regional standards (地区标准提供者): what a regional plugin implements to supply the numbers
 * the national rules need — the dibao standard of a city, the care tiers of a province, the age basis of
 * a county — as dated {@link StandardValue}s with their sources.
 *
 * <p>Register a provider explicitly with {@code StandardsProviders.builder().add(provider)}, or publish it
 * for discovery with {@code provides org.minzheng.spi.StandardsProvider with ...} in {@code
 * module-info.java} and a {@code META-INF/services/org.minzheng.spi.StandardsProvider} file for the class
 * path.
 *
 * <h2>Priority</h2>
 * When two providers set values for the same standard and the same region, the higher {@link #priority()}
 * wins; a value for a more specific region always beats one for a less specific region, whatever the
 * priorities. Equal priorities with overlapping values are refused when the runtime loads the providers.
 * See {@link org.minzheng.core.standards.StandardsResolver} for the whole order.
 *
 * @implSpec Implementations must be immutable and thread-safe, and must have a public no-argument
 * constructor when published for discovery. {@link #values(StandardsQuery)} must return the same values
 * for the same query for the lifetime of the provider: a value once served stays available and unchanged
 * (the runtime may cache). {@link #id()} must be stable across releases: it is recorded with every value
 * a decision uses. {@link #spiVersion()} must return the constant {@link #SPI_VERSION} as compiled into
 * the plugin. Optional parts have {@code default} implementations; new optional parts are added as
 * {@code default} methods in minor SPI versions.
 */
public interface StandardsProvider {

    /**
     * The SPI version this interface belongs to: {@value}. A compile-time constant, so a plugin that returns
     * it from {@link #spiVersion()} reports the version it was built against.
     */
    String SPI_VERSION = "2.0";

    /** Priority of baseline providers (illustrative or national figures meant to be overridden): {@value}. */
    int PRIORITY_BASELINE = 0;

    /** Priority of a region's official standards, the default: {@value}. */
    int PRIORITY_OFFICIAL = 100;

    /** Priority of local corrections laid over official standards: {@value}. */
    int PRIORITY_OVERRIDE = 200;

    /**
     * The provider's stable id: lower-case words separated by '.' or '-', e.g. {@code jiangsu.zhenjiang}.
     *
     * @return the id
     */
    String id();

    /**
     * The SPI version the provider was built against. Implement as {@code return SPI_VERSION;}.
     *
     * @return the version text, {@code major.minor}
     */
    String spiVersion();

    /**
     * The values that meet a query. The query is a hint: returning more values than match is allowed,
     * fewer is not.
     *
     * @param query what the runtime asks for
     * @return the values; never null
     */
    Collection<StandardValue<?>> values(StandardsQuery query);

    /**
     * The priority among providers; higher wins at the same region.
     *
     * @implSpec The default returns {@link #PRIORITY_OFFICIAL}.
     * @return the priority
     */
    default int priority() {
        return PRIORITY_OFFICIAL;
    }

    /**
     * A human-readable description, e.g. "江苏省镇江市丹徒区 standards 2022".
     *
     * @implSpec The default returns {@link #id()}.
     * @return the description
     */
    default String description() {
        return id();
    }
}
