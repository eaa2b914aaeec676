package org.minzheng.core.standards;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;

/**
 * One value of one {@link Standard} for one region over a half-open date interval [from, until), with
 * the document that set it (标准值：适用地区、起止日期、依据文件).
 *
 * <p>The region is a {@link RegionCode} at any level (province to village) or the whole nation
 * ({@link #region()} empty). The interval includes {@code from} and excludes {@code until}; an absent
 * {@code until} means "until further notice". The source is a document number such as
 * 苏民规〔2022〕4号, or {@value #ILLUSTRATIVE} for made-up example figures.
 *
 * <p>The value must be {@linkplain Standard#check(Object) allowed} for the standard (its type and
 * {@linkplain Standard#range() range}), and the interval must lie between {@link #EARLIEST} (1949-10-01)
 * and {@link #LATEST} (2100-01-01): a date such as 0000-01-01 or 2202-01-01 is a typo, not a standard.
 *
 * <p>Immutable and thread-safe. Equal when standard, region, interval, value and source are equal.
 *
 * @param <T> the value type
 */
public final class StandardValue<T> {

    /** The source of figures that are examples, not law: {@value}. */
    public static final String ILLUSTRATIVE = "illustrative";

    /** The earliest first day a value may have: 1949-10-01. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    /** The latest day an interval may reach: 2100-01-01 (as {@code until}, exclusive). */
    public static final LocalDate LATEST = LocalDate.of(2100, 1, 1);

    private final Standard<T> standard;
    private final RegionCode region;
    private final LocalDate from;
    private final LocalDate until;
    private final T value;
    private final String source;

    private StandardValue(Standard<T> standard, RegionCode region, LocalDate from, LocalDate until, T value,
            String source) {
        this.standard = Objects.requireNonNull(standard, "standard");
        this.region = region;
        this.from = Objects.requireNonNull(from, "from");
        this.until = until;
        this.value = standard.check(value);
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("value of " + standard.code() + " needs a source: a document number or '"
                    + ILLUSTRATIVE + "'");
        }
        this.source = source.strip();
        if (until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("value of " + standard.code() + " at " + regionText(region)
                    + ": from " + from + " must be before until " + until);
        }
        if (from.isBefore(EARLIEST) || !from.isBefore(LATEST) || until != null && until.isAfter(LATEST)) {
            throw new IllegalArgumentException("value of " + standard.code() + " at " + regionText(region)
                    + ": the interval from " + from + (until == null ? "" : " until " + until)
                    + " must lie between " + EARLIEST + " and " + LATEST + " / 标准值的起止日期须在 " + EARLIEST
                    + " 至 " + LATEST + " 之间");
        }
    }

    /**
     * A value for a region, open-ended.
     *
     * @param <T> the value type
     * @param standard the standard
     * @param region the region the value applies to (and its descendants, unless they set their own)
     * @param from the first day in force
     * @param value the value
     * @param source the document number, or {@value #ILLUSTRATIVE}
     * @return the value
     * @throws InvalidStandardValueException if the value is not allowed for the standard
     * @throws IllegalArgumentException if the source is blank or {@code from} is outside
     *         [{@link #EARLIEST}, {@link #LATEST})
     * @throws NullPointerException if an argument is null
     */
    public static <T> StandardValue<T> of(Standard<T> standard, RegionCode region, LocalDate from, T value,
            String source) {
        return new StandardValue<>(standard, Objects.requireNonNull(region, "region"), from, null, value, source);
    }

    /**
     * A value for a region over [from, until).
     *
     * @param <T> the value type
     * @param standard the standard
     * @param region the region
     * @param from the first day in force
     * @param until the first day no longer in force
     * @param value the value
     * @param source the document number, or {@value #ILLUSTRATIVE}
     * @return the value
     * @throws InvalidStandardValueException if the value is not allowed for the standard
     * @throws IllegalArgumentException if {@code from} is not before {@code until}, the interval is not
     *         within [{@link #EARLIEST}, {@link #LATEST}], or the source is blank
     * @throws NullPointerException if an argument is null
     */
    public static <T> StandardValue<T> of(Standard<T> standard, RegionCode region, LocalDate from, LocalDate until,
            T value, String source) {
        return new StandardValue<>(standard, Objects.requireNonNull(region, "region"), from,
                Objects.requireNonNull(until, "until"), value, source);
    }

    /**
     * A value for the whole nation (全国), open-ended.
     *
     * @param <T> the value type
     * @param standard the standard
     * @param from the first day in force
     * @param value the value
     * @param source the document number, or {@value #ILLUSTRATIVE}
     * @return the value
     * @throws InvalidStandardValueException if the value is not allowed for the standard
     * @throws IllegalArgumentException if the source is blank or {@code from} is outside
     *         [{@link #EARLIEST}, {@link #LATEST})
     * @throws NullPointerException if an argument is null
     */
    public static <T> StandardValue<T> national(Standard<T> standard, LocalDate from, T value, String source) {
        return new StandardValue<>(standard, null, from, null, value, source);
    }

    /**
     * A value for the region and interval given as optional parts, e.g. by a file reader.
     *
     * @param <T> the value type
     * @param standard the standard
     * @param region the region, or empty for the whole nation
     * @param from the first day in force
     * @param until the first day no longer in force, or empty for open-ended
     * @param value the value
     * @param source the document number, or {@value #ILLUSTRATIVE}
     * @return the value
     * @throws InvalidStandardValueException if the value is not allowed for the standard
     * @throws IllegalArgumentException if {@code from} is not before {@code until}, the interval is not
     *         within [{@link #EARLIEST}, {@link #LATEST}], or the source is blank
     * @throws NullPointerException if an argument is null
     */
    public static <T> StandardValue<T> of(Standard<T> standard, Optional<RegionCode> region, LocalDate from,
            Optional<LocalDate> until, T value, String source) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(until, "until");
        return new StandardValue<>(standard, region.orElse(null), from, until.orElse(null), value, source);
    }

    /**
     * The standard.
     *
     * @return the standard
     */
    public Standard<T> standard() {
        return standard;
    }

    /**
     * The region the value is set for.
     *
     * @return the region, or empty for the whole nation (全国)
     */
    public Optional<RegionCode> region() {
        return Optional.ofNullable(region);
    }

    /**
     * Whether the value is set for the whole nation.
     *
     * @return true when national
     */
    public boolean isNational() {
        return region == null;
    }

    /**
     * The first day in force (inclusive).
     *
     * @return the start date
     */
    public LocalDate from() {
        return from;
    }

    /**
     * The first day no longer in force (exclusive).
     *
     * @return the end date, or empty when open-ended
     */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(until);
    }

    /**
     * The value.
     *
     * @return the value
     */
    public T value() {
        return value;
    }

    /**
     * The document that set the value, or {@value #ILLUSTRATIVE}.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Whether the value is an example rather than law.
     *
     * @return true when the source is {@value #ILLUSTRATIVE}
     */
    public boolean isIllustrative() {
        return ILLUSTRATIVE.equals(source);
    }

    /**
     * Whether the value is in force on a date: {@code from <= date < until}.
     *
     * @param date the date
     * @return true when in force
     */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    /**
     * Whether this value and another are for the same standard and region and their intervals share a day.
     *
     * @param other the other value
     * @return true when they overlap
     */
    public boolean overlaps(StandardValue<?> other) {
        return standard.equals(other.standard) && Objects.equals(region, other.region)
                && (other.until == null || from.isBefore(other.until))
                && (until == null || other.from.isBefore(until));
    }

    /** The region's 12-digit code, or the empty string for the nation: the key of resolution indexes. */
    String regionKey() {
        return region == null ? "" : region.value();
    }

    static String regionText(RegionCode region) {
        return region == null ? "national" : region.shortForm();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardValue<?> other && standard.equals(other.standard)
                && Objects.equals(region, other.region) && from.equals(other.from) && Objects.equals(until, other.until)
                && value.equals(other.value) && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(standard, region, from, until, value, source);
    }

    /** E.g. {@code dibao.standard.urban@3211 [2022-07-01, ∞) = 803.00 (镇政发〔2022〕1号)}. */
    @Override
    public String toString() {
        return standard.code() + "@" + regionText(region) + " [" + from + ", " + (until == null ? "∞" : until) + ") = "
                + standard.valueType().format(value) + " (" + source + ")";
    }
}
