package org.minzheng.core.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;

/**
 * The standards in force for one region on one date (某地某日适用的标准): what calculators read. Made by
 * {@link StandardsResolver#resolve(RegionCode, LocalDate)}, by {@link #builder(RegionCode, LocalDate)}
 * for tests and policy cases, or by applying a {@link Reform} with {@link #with(Reform)}.
 *
 * <p>{@link #get(Standard)} returns the regional value, else the documented default, else raises
 * {@link MissingStandardException} naming the standard, the region and the date. {@link
 * #resolved(Standard)} returns the same value with its source, which calculators record in each
 * {@code Decision}.
 *
 * <p>Immutable and thread-safe: resolve once per (region, date) and share. A {@linkplain #watchedBy(Reader)
 * watched view} tells a {@link Reader} which standards are read through it; it is as thread-safe as its reader.
 */
public final class ResolvedStandards {

    private final RegionCode region;
    private final LocalDate date;
    private final Map<Standard<?>, ResolvedValue<?>> values;
    private final List<String> reforms;
    /** Told of every read through this object; null except in a view made by {@link #watchedBy(Reader)}. */
    private final Reader reader;

    ResolvedStandards(RegionCode region, LocalDate date, Map<Standard<?>, ResolvedValue<?>> values,
            List<String> reforms) {
        this(region, date, values, reforms, null);
    }

    private ResolvedStandards(RegionCode region, LocalDate date, Map<Standard<?>, ResolvedValue<?>> values,
            List<String> reforms, Reader reader) {
        this.region = region;
        this.date = date;
        this.values = values;
        this.reforms = reforms;
        this.reader = reader;
    }

    /**
     * Told which standards a calculation read through a {@linkplain ResolvedStandards#watchedBy(Reader) watched
     * view}: the reform costing uses it to know that a decision cannot change under a reform that sets none of the
     * standards it read (decision 0435). Calls come from the calculating thread, in the order of the reads.
     */
    public interface Reader {

        /**
         * A standard was looked up ({@code get}, {@code find}, {@code resolved}, {@code findResolved},
         * {@code hasRegionalValue}), whether or not it has a value.
         *
         * @param standard the standard
         */
        void read(Standard<?> standard);

        /**
         * Something was read that may depend on any standard: the list of {@linkplain ResolvedStandards#values()
         * values}, the {@linkplain ResolvedStandards#reforms() reforms}, the {@linkplain ResolvedStandards#toString()
         * description}, or a {@linkplain ResolvedStandards#with(Reform) reform} laid over the view.
         */
        void readAll();
    }

    /**
     * A view of these standards, with the same values, that tells {@code reader} of every read through it. The
     * view's values are this object's; a view of a view tells only the new reader.
     *
     * @param reader told of each read
     * @return the view
     * @throws NullPointerException if {@code reader} is null
     */
    public ResolvedStandards watchedBy(Reader reader) {
        return new ResolvedStandards(region, date, values, reforms, Objects.requireNonNull(reader, "reader"));
    }

    /**
     * Starts a set of standards given value by value, e.g. for a test or a policy case.
     *
     * @param region the region
     * @param date the date
     * @return a builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(RegionCode region, LocalDate date) {
        return new Builder(Objects.requireNonNull(region, "region"), Objects.requireNonNull(date, "date"));
    }

    /**
     * The region resolved for.
     *
     * @return the region
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The date resolved for.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The value of a standard: the regional value, else the documented default.
     *
     * @param <T> the value type
     * @param standard the standard
     * @return the value
     * @throws MissingStandardException if there is neither a regional value nor a default
     * @throws NullPointerException if {@code standard} is null
     */
    public <T> T get(Standard<T> standard) {
        return resolved(standard).value();
    }

    /**
     * The value of a standard, if there is one.
     *
     * @param <T> the value type
     * @param standard the standard
     * @return the regional value, else the default, else empty
     * @throws NullPointerException if {@code standard} is null
     */
    public <T> Optional<T> find(Standard<T> standard) {
        ResolvedValue<T> r = lookup(standard);
        return r == null ? Optional.empty() : Optional.of(r.value());
    }

    /**
     * The value of a standard with its source.
     *
     * @param <T> the value type
     * @param standard the standard
     * @return the resolved value
     * @throws MissingStandardException if there is neither a regional value nor a default
     * @throws NullPointerException if {@code standard} is null
     */
    public <T> ResolvedValue<T> resolved(Standard<T> standard) {
        ResolvedValue<T> r = lookup(standard);
        if (r == null) {
            throw new MissingStandardException(standard, region, date);
        }
        return r;
    }

    /**
     * The value of a standard with its source, if there is one.
     *
     * @param <T> the value type
     * @param standard the standard
     * @return the resolved value (regional or default), or empty
     * @throws NullPointerException if {@code standard} is null
     */
    public <T> Optional<ResolvedValue<T>> findResolved(Standard<T> standard) {
        return Optional.ofNullable(lookup(standard));
    }

    /**
     * Whether a regional value (not a default) is in force for a standard.
     *
     * @param standard the standard
     * @return true when a region set a value
     * @throws NullPointerException if {@code standard} is null
     */
    public boolean hasRegionalValue(Standard<?> standard) {
        boolean has = values.containsKey(Objects.requireNonNull(standard, "standard"));
        if (reader != null) {
            reader.read(standard);
        }
        return has;
    }

    @SuppressWarnings("unchecked")
    private <T> ResolvedValue<T> lookup(Standard<T> standard) {
        ResolvedValue<T> r = (ResolvedValue<T>) values.get(standard);
        if (reader != null) {
            reader.read(Objects.requireNonNull(standard, "standard"));
        }
        if (r != null) {
            return r;
        }
        return Objects.requireNonNull(standard, "standard").defaultUse();
    }

    /**
     * The regional values chosen, with their sources, ordered by standard code (defaults are not listed).
     *
     * @return an unmodifiable list
     */
    public List<ResolvedValue<?>> values() {
        if (reader != null) {
            reader.readAll();
        }
        List<ResolvedValue<?>> list = new ArrayList<>(values.values());
        list.sort(Comparator.comparing(r -> r.standard().code()));
        return List.copyOf(list);
    }

    /**
     * The names of the reforms applied, in order.
     *
     * @return an unmodifiable list, empty for plain resolution
     */
    public List<String> reforms() {
        if (reader != null) {
            reader.readAll();
        }
        return reforms;
    }

    /**
     * These standards with a reform's values laid over them (what-if, 政策测算).
     *
     * @param reform the reform
     * @return new resolved standards; this object is unchanged. When the reform is limited to a region that
     *         does not contain {@link #region()}, or takes effect after {@link #date()}, this object is returned
     * @throws NullPointerException if {@code reform} is null
     */
    public ResolvedStandards with(Reform reform) {
        Objects.requireNonNull(reform, "reform");
        if (reader != null) {
            reader.readAll(); // the result, watched or not, no longer reads through this view
        }
        if (!reform.appliesTo(region, date)) {
            return this;
        }
        Map<Standard<?>, ResolvedValue<?>> copy = new HashMap<>(values);
        for (StandardValue<?> v : reform.valuesFor(region, date)) {
            copy.put(v.standard(), toResolved(v));
        }
        List<String> names = new ArrayList<>(reforms);
        names.add(reform.name());
        return new ResolvedStandards(region, date, Map.copyOf(copy), List.copyOf(names));
    }

    private static <T> ResolvedValue<T> toResolved(StandardValue<T> v) {
        return new ResolvedValue<>(v.standard(), v.value(), Optional.of(v));
    }

    /** E.g. {@code ResolvedStandards[321112 on 2022-10-01, 12 values]}. */
    @Override
    public String toString() {
        if (reader != null) {
            reader.readAll();
        }
        return "ResolvedStandards[" + region.shortForm() + " on " + date + ", " + values.size() + " values"
                + (reforms.isEmpty() ? "" : ", reforms " + reforms) + "]";
    }

    /** Builds {@link ResolvedStandards} value by value. Not thread-safe. */
    public static final class Builder {
        private final RegionCode region;
        private final LocalDate date;
        private final Map<Standard<?>, ResolvedValue<?>> values = new HashMap<>();

        private Builder(RegionCode region, LocalDate date) {
            this.region = region;
            this.date = date;
        }

        /**
         * Sets a standard's value, in force for the region from the date, from a source.
         *
         * @param <T> the value type
         * @param standard the standard
         * @param value the value
         * @param source the document number, or {@value StandardValue#ILLUSTRATIVE}
         * @return this builder
         * @throws InvalidStandardValueException if the value is not allowed
         * @throws NullPointerException if an argument is null
         */
        public <T> Builder set(Standard<T> standard, T value, String source) {
            StandardValue<T> v = StandardValue.of(standard, region, date, value, source);
            values.put(standard, toResolved(v));
            return this;
        }

        /**
         * Sets a standard's value with the source {@value StandardValue#ILLUSTRATIVE}.
         *
         * @param <T> the value type
         * @param standard the standard
         * @param value the value
         * @return this builder
         * @throws InvalidStandardValueException if the value is not allowed
         * @throws NullPointerException if an argument is null
         */
        public <T> Builder set(Standard<T> standard, T value) {
            return set(standard, value, StandardValue.ILLUSTRATIVE);
        }

        /**
         * Adds values already made, e.g. all values of a {@link StandardSet}, ignoring region and dates.
         *
         * @param standardValues the values; a later value of a standard replaces an earlier one
         * @return this builder
         * @throws NullPointerException if an argument or element is null
         */
        public Builder setAll(Collection<? extends StandardValue<?>> standardValues) {
            for (StandardValue<?> v : standardValues) {
                values.put(v.standard(), toResolved(v));
            }
            return this;
        }

        /**
         * Builds the resolved standards.
         *
         * @return the resolved standards
         */
        public ResolvedStandards build() {
            return new ResolvedStandards(region, date, Map.copyOf(values), List.of());
        }
    }
}
