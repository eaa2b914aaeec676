package org.minzheng.core.standards;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.minzheng.core.code.Coded;
import org.minzheng.core.money.Money;

/**
 * The type of a standard's value (标准值类型): its Java class, how it is written in a standards file
 * and which values are allowed. Value-based: compare with {@code equals}.
 *
 * <p>The built-in types are {@link #MONEY}, {@link #DECIMAL}, {@link #INTEGER}, {@link #BOOLEAN},
 * {@link #ROUNDING} and {@link #AGE_BASIS}; {@link #ofCoded(Class)} makes a type for any coded enum.
 *
 * @param <T> the Java type of the values
 */
public final class ValueType<T> {

    /** An amount of money in yuan, not negative (金额). Written {@code "803.00"} or {@code "803"}. */
    public static final ValueType<Money> MONEY = new ValueType<>("money", Money.class,
            Money::of, m -> m.amount().toPlainString(),
            m -> !m.isNegative(), "an amount in yuan with at most 2 decimals, not negative");

    /** A decimal number, not negative (小数): shares, multiples, hours. Written {@code "0.3"}. */
    public static final ValueType<BigDecimal> DECIMAL = new ValueType<>("decimal", BigDecimal.class,
            BigDecimal::new, BigDecimal::toPlainString, d -> d.signum() >= 0, "a decimal number, not negative");

    /** A whole number from 0 to 1000 (整数): ages, months, counts. Written {@code "60"}. */
    public static final ValueType<Integer> INTEGER = new ValueType<>("integer", Integer.class,
            ValueType::parseInteger, String::valueOf, i -> i >= 0 && i <= 1000, "a whole number from 0 to 1000");

    /** A yes/no switch (是/否). Written {@code "true"} or {@code "false"}. */
    public static final ValueType<Boolean> BOOLEAN = new ValueType<>("boolean", Boolean.class,
            ValueType::parseBoolean, String::valueOf, b -> true, "true or false");

    /** A {@link Rounding} choice, written by its code ({@code "fen"}, {@code "yuan"}). */
    public static final ValueType<Rounding> ROUNDING = ofCoded(Rounding.class);

    /** An {@link AgeBasis} choice, written by its code ({@code "birth-month"}, …). */
    public static final ValueType<AgeBasis> AGE_BASIS = ofCoded(AgeBasis.class);

    private final String code;
    private final Class<T> javaType;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final Predicate<T> allowed;
    private final String allowedValues;

    private ValueType(String code, Class<T> javaType, Function<String, T> parser, Function<T, String> formatter,
            Predicate<T> allowed, String allowedValues) {
        this.code = code;
        this.javaType = javaType;
        this.parser = parser;
        this.formatter = formatter;
        this.allowed = allowed;
        this.allowedValues = allowedValues;
    }

    /**
     * A value type for a coded enum: values are written by their {@link Coded#code() code}.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @return the value type, whose code is {@code "choice:"} followed by the enum's simple name
     * @throws NullPointerException if {@code type} is null
     */
    public static <E extends Enum<E> & Coded> ValueType<E> ofCoded(Class<E> type) {
        Objects.requireNonNull(type, "type");
        String codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
        return new ValueType<>("choice:" + type.getSimpleName(), type, text -> Coded.fromCode(type, text),
                Coded::code, e -> true, "one of " + codes);
    }

    /**
     * The code of this type as written in the catalogue ({@code "money"}, {@code "decimal"}, …).
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The Java class of the values.
     *
     * @return the class
     */
    public Class<T> javaType() {
        return javaType;
    }

    /**
     * A description of the allowed values, e.g. "a decimal number, not negative".
     *
     * @return the description, in English
     */
    public String allowedValues() {
        return allowedValues;
    }

    /**
     * Parses a value as written in a standards file.
     *
     * @param text the text
     * @return the value, checked by {@link #isAllowed(Object)}
     * @throws IllegalArgumentException if the text is not a valid value of this type; the message names
     *         the type and the allowed values
     * @throws NullPointerException if {@code text} is null
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "text");
        T value;
        try {
            value = parser.apply(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "not a valid " + code + " value: '" + excerpt(text) + "'; expected " + allowedValues, e);
        }
        if (!allowed.test(value)) {
            throw new IllegalArgumentException(
                    "not a valid " + code + " value: '" + excerpt(text) + "'; expected " + allowedValues);
        }
        return value;
    }

    /**
     * Writes a value as it appears in a standards file and in the catalogue.
     *
     * @param value the value
     * @return its text
     * @throws IllegalArgumentException if the value is not of this type
     */
    public String format(T value) {
        return formatter.apply(cast(value));
    }

    /**
     * Whether a value is of this type and within its allowed range.
     *
     * @param value the value, may be null (never allowed)
     * @return true when allowed
     */
    public boolean isAllowed(Object value) {
        return javaType.isInstance(value) && allowed.test(javaType.cast(value));
    }

    /**
     * Checks that a value is of this type.
     *
     * @param value the value
     * @return the value, typed
     * @throws IllegalArgumentException if the value is null or of another class
     */
    T cast(Object value) {
        if (!javaType.isInstance(value)) {
            throw new IllegalArgumentException("expected a " + code + " value ("
                    + javaType.getSimpleName() + "), got " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return javaType.cast(value);
    }

    /** At most 32 characters of a text: a message never repeats a long input in full. */
    private static String excerpt(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "…(" + text.length() + " characters)";
    }

    private static Integer parseInteger(String text) {
        return Integer.valueOf(text);
    }

    private static Boolean parseBoolean(String text) {
        if ("true".equals(text)) {
            return Boolean.TRUE;
        }
        if ("false".equals(text)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("not true or false");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueType<?> other && code.equals(other.code) && javaType.equals(other.javaType);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + javaType.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
