package org.minzheng.core.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;

/**
 * A what-if overlay of standard values (政策调整测算): "what would dibao cost if the urban standard were
 * 900?" A reform replaces chosen values on top of {@link ResolvedStandards}; everything else stays as
 * resolved. Values taken from a reform carry the source {@code "reform: <name>"} in every decision.
 *
 * <p>A reform (改革方案) may be limited to a region ({@link Builder#within(RegionCode)}) and may take effect on a
 * date ({@link Builder#from(LocalDate)}): standards resolved for an earlier date are left as they are, so a
 * costing run (测算) over a year shows the months before the reform unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class Reform {

    private final String name;
    private final RegionCode within;
    private final Map<Standard<?>, Object> values;
    private final LocalDate effective;

    private Reform(String name, RegionCode within, Map<Standard<?>, Object> values, LocalDate effective) {
        this.name = name;
        this.within = within;
        this.values = values;
        this.effective = effective;
    }

    /**
     * Starts a reform.
     *
     * @param name a short name shown as the source of its values, e.g. "urban standard 900"
     * @return a builder
     * @throws IllegalArgumentException if the name is blank
     * @throws NullPointerException if {@code name} is null
     */
    public static Builder builder(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a reform needs a non-blank name");
        }
        return new Builder(name.strip());
    }

    /**
     * The reform's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The region the reform is limited to.
     *
     * @return the region, or empty when it applies everywhere
     */
    public Optional<RegionCode> within() {
        return Optional.ofNullable(within);
    }

    /**
     * The date the reform takes effect (生效日期).
     *
     * @return the first date on which its values apply, or empty when they apply on every date
     */
    public Optional<LocalDate> effective() {
        return Optional.ofNullable(effective);
    }

    /**
     * The standards the reform sets.
     *
     * @return an unmodifiable map from standard to value
     */
    public Map<Standard<?>, Object> values() {
        return values;
    }

    /**
     * Whether the reform applies to a region.
     *
     * @param region the region
     * @return true when the reform is unlimited or its region contains {@code region}
     */
    public boolean appliesTo(RegionCode region) {
        return within == null || within.contains(region);
    }

    /**
     * Whether the reform applies to a region on a date: the region is within its limit and the date is not
     * before it takes effect.
     *
     * @param region the region
     * @param date the date standards are resolved for (a month's first day)
     * @return true when standards of {@code region} on {@code date} take the reform's values
     * @throws NullPointerException if an argument is null
     */
    public boolean appliesTo(RegionCode region, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return appliesTo(Objects.requireNonNull(region, "region")) && (effective == null || !date.isBefore(effective));
    }

    /** The reform's values as standard values in force for a region from a date. */
    List<StandardValue<?>> valuesFor(RegionCode region, LocalDate date) {
        List<StandardValue<?>> result = new ArrayList<>(values.size());
        values.forEach((standard, value) -> result.add(valueFor(standard, region, date, value)));
        return result;
    }

    private <T> StandardValue<T> valueFor(Standard<T> standard, RegionCode region, LocalDate date, Object value) {
        return StandardValue.of(standard, region, date, standard.check(value), "reform: " + name);
    }

    /** E.g. {@code Reform[urban standard 900: {dibao.standard.urban=900.00}]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Reform[").append(name);
        if (within != null) {
            sb.append(" within ").append(within.shortForm());
        }
        if (effective != null) {
            sb.append(" from ").append(effective);
        }
        sb.append(": {");
        String sep = "";
        for (Map.Entry<Standard<?>, Object> e : values.entrySet()) {
            sb.append(sep).append(e.getKey().code()).append('=').append(e.getValue());
            sep = ", ";
        }
        return sb.append("}]").toString();
    }

    /** Builds a {@link Reform}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private RegionCode within;
        private final Map<Standard<?>, Object> values = new LinkedHashMap<>();
        private LocalDate effective;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Sets a standard's value under the reform.
         *
         * @param <T> the value type
         * @param standard the standard
         * @param value the value
         * @return this builder
         * @throws InvalidStandardValueException if the value is not allowed for the standard
         * @throws NullPointerException if an argument is null
         */
        public <T> Builder set(Standard<T> standard, T value) {
            values.put(Objects.requireNonNull(standard, "standard"), standard.check(value));
            return this;
        }

        /**
         * Limits the reform to a region and its descendants.
         *
         * @param region the region
         * @return this builder
         * @throws NullPointerException if {@code region} is null
         */
        public Builder within(RegionCode region) {
            this.within = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Makes the reform take effect on a date (生效日期): standards resolved for an earlier date keep their
         * values. Months are assessed with the standards of their first day, so a reform from 1 July changes July
         * and later.
         *
         * @param date the first date on which the reform's values apply
         * @return this builder
         * @throws NullPointerException if {@code date} is null
         */
        public Builder from(LocalDate date) {
            this.effective = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Builds the reform.
         *
         * @return the reform
         * @throws IllegalStateException if no value was set
         */
        public Reform build() {
            if (values.isEmpty()) {
                throw new IllegalStateException("reform '" + name + "' sets no standard");
            }
            return new Reform(name, within, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)), effective);
        }
    }
}
