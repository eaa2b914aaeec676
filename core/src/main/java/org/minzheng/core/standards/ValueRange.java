package org.minzheng.core.standards;

import java.math.BigDecimal;
import java.util.Objects;

import org.minzheng.core.money.Money;

/**
 * The valid range of a numeric standard (标准值的有效范围): a closed interval [min, max] of decimal
 * numbers, applied to {@link Money} by its amount in yuan and to integers by their value.
 *
 * <p>Every numeric {@link Standard} has one: declared with {@link Standard.Builder#range(ValueRange)},
 * or else derived from its {@link Unit} ({@link Unit#defaultRange()}). A value outside it cannot be
 * made into a {@link StandardValue}, so a typo such as a 低保 standard of 10<sup>60</sup> yuan or a share
 * of 1.5 fails when a standards file is loaded, not when the contract suite runs.
 *
 * <p>Immutable and value-based: equal when both bounds are numerically equal.
 */
public final class ValueRange {

    private final BigDecimal min;
    private final BigDecimal max;

    private ValueRange(BigDecimal min, BigDecimal max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range minimum " + min.toPlainString() + " is above its maximum "
                    + max.toPlainString() + " (范围下限高于上限)");
        }
        this.min = min.stripTrailingZeros();
        this.max = max.stripTrailingZeros();
    }

    /**
     * A range from decimal bounds, both inclusive.
     *
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the range
     * @throws IllegalArgumentException if {@code min} is above {@code max}
     * @throws NullPointerException if an argument is null
     */
    public static ValueRange of(BigDecimal min, BigDecimal max) {
        return new ValueRange(min, max);
    }

    /**
     * A range from decimal texts, both inclusive, e.g. {@code of("0", "0.5")}.
     *
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the range
     * @throws NumberFormatException if a bound is not a decimal number
     * @throws IllegalArgumentException if {@code min} is above {@code max}
     * @throws NullPointerException if an argument is null
     */
    public static ValueRange of(String min, String max) {
        return new ValueRange(new BigDecimal(Objects.requireNonNull(min, "min")),
                new BigDecimal(Objects.requireNonNull(max, "max")));
    }

    /**
     * A range of whole numbers, both inclusive.
     *
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the range
     * @throws IllegalArgumentException if {@code min} is above {@code max}
     */
    public static ValueRange of(long min, long max) {
        return new ValueRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /**
     * The smallest allowed value (inclusive).
     *
     * @return the minimum
     */
    public BigDecimal min() {
        return min;
    }

    /**
     * The largest allowed value (inclusive).
     *
     * @return the maximum
     */
    public BigDecimal max() {
        return max;
    }

    /**
     * Whether a value lies in the range. Money is compared by its amount in yuan, integers and decimals
     * by their value; a value of any other type is never in a range.
     *
     * @param value the value, may be null (never contained)
     * @return true when {@code min <= value <= max}
     */
    public boolean contains(Object value) {
        BigDecimal number = numberOf(value);
        return number != null && number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
    }

    /**
     * Whether a value type holds numbers that a range applies to: {@link ValueType#MONEY},
     * {@link ValueType#DECIMAL} and {@link ValueType#INTEGER}.
     *
     * @param type the value type
     * @return true for the numeric types
     */
    static boolean appliesTo(ValueType<?> type) {
        Class<?> c = type.javaType();
        return c == Money.class || c == BigDecimal.class || c == Integer.class;
    }

    private static BigDecimal numberOf(Object value) {
        if (value instanceof Money m) {
            return m.amount();
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueRange other && min.compareTo(other.min) == 0 && max.compareTo(other.max) == 0;
    }

    @Override
    public int hashCode() {
        return min.hashCode() * 31 + max.hashCode();
    }

    /** E.g. {@code [0, 1]} or {@code [0, 1000000000]}. */
    @Override
    public String toString() {
        return "[" + min.toPlainString() + ", " + max.toPlainString() + "]";
    }
}
