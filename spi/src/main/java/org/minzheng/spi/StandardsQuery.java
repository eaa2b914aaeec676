package org.minzheng.spi;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardValue;

/**
 * What the runtime asks a {@link StandardsProvider} for (标准查询条件). A query object rather than
 * parameters, so that new criteria can be added without breaking providers (as in JSR 354).
 *
 * <p>Every criterion is a <em>hint</em>: a provider may return more values than match (the runtime
 * filters), never fewer. {@link #matches(StandardValue)} applies the criteria for providers that filter.
 * The runtime of this version loads with {@link #all()} once, so that overlaps are found at load time.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardsQuery {

    private static final StandardsQuery ALL = new StandardsQuery(null, null, Set.of());

    private final RegionCode region;
    private final LocalDate date;
    private final Set<Standard<?>> standards;

    private StandardsQuery(RegionCode region, LocalDate date, Set<Standard<?>> standards) {
        this.region = region;
        this.date = date;
        this.standards = standards;
    }

    /**
     * Every value the provider has.
     *
     * @return the query
     */
    public static StandardsQuery all() {
        return ALL;
    }

    /**
     * The values that could apply to a region on a date: values set for the region, its ancestors or the
     * nation, in force on the date.
     *
     * @param region the region
     * @param date the date
     * @return the query
     * @throws NullPointerException if an argument is null
     */
    public static StandardsQuery forRegion(RegionCode region, LocalDate date) {
        return new StandardsQuery(Objects.requireNonNull(region, "region"), Objects.requireNonNull(date, "date"),
                Set.of());
    }

    /**
     * This query restricted to some standards.
     *
     * @param wanted the standards wanted
     * @return a new query
     * @throws NullPointerException if an argument or element is null
     */
    public StandardsQuery onlyStandards(Standard<?>... wanted) {
        return new StandardsQuery(region, date, Set.copyOf(Arrays.asList(wanted)));
    }

    /**
     * The region asked about.
     *
     * @return the region, or empty for all regions
     */
    public Optional<RegionCode> region() {
        return Optional.ofNullable(region);
    }

    /**
     * The date asked about.
     *
     * @return the date, or empty for all dates
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * The standards asked about.
     *
     * @return an unmodifiable set, empty for all standards
     */
    public Set<Standard<?>> standards() {
        return standards;
    }

    /**
     * Whether a value meets every criterion of this query.
     *
     * @param value the value
     * @return true when the value is for a wanted standard, for the region, one of its ancestors or the
     *         nation, and in force on the date
     * @throws NullPointerException if {@code value} is null
     */
    public boolean matches(StandardValue<?> value) {
        Objects.requireNonNull(value, "value");
        if (!standards.isEmpty() && !standards.contains(value.standard())) {
            return false;
        }
        if (date != null && !value.inForceOn(date)) {
            return false;
        }
        return region == null || value.region().map(r -> r.contains(region)).orElse(true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardsQuery q && Objects.equals(region, q.region) && Objects.equals(date, q.date)
                && standards.equals(q.standards);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, date, standards);
    }

    /** E.g. {@code StandardsQuery[region=321112, date=2022-10-01, standards=all]}. */
    @Override
    public String toString() {
        return "StandardsQuery[region=" + (region == null ? "all" : region.shortForm()) + ", date="
                + (date == null ? "all" : date) + ", standards=" + (standards.isEmpty() ? "all" : standards) + "]";
    }
}
