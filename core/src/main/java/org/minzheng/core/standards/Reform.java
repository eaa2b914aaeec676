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
 * <p>Immutable and thread-safe.
 */
public final class Reform {

    private final String name;
    private final RegionCode within;
    private final Map<Standard<?>, Object> values;

    private Reform(String name, RegionCode within, Map<Standard<?>, Object> values) {
        this.name = name;
        this.within = within;
        this.values = values;
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
         * Builds the reform.
         *
         * @return the reform
         * @throws IllegalStateException if no value was set
         */
        public Reform build() {
            if (values.isEmpty()) {
                throw new IllegalStateException("reform '" + name + "' sets no standard");
            }
            return new Reform(name, within, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }
}
