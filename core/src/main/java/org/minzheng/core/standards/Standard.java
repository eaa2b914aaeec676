package org.minzheng.core.standards;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.minzheng.core.code.Coded;

/**
 * A typed, documented key for a regional standard (标准): the dibao standard, a care tier, an age band
 * amount, a share, a switch. The number itself is data that a region supplies as a {@link StandardValue};
 * the key says what the number means, its unit and type, and — where national policy fixes one — its
 * documented default.
 *
 * <p>Each program declares the standards its rule reads as constants of its own package (e.g. {@code
 * Dibao.STANDARD_URBAN}); a region's own programs define theirs the same way with {@link #builder(String,
 * ValueType)}. Codes are lower-case words separated by dots, starting with the program's short name, e.g.
 * {@code dibao.standard.urban}.
 *
 * <p>A standard is <em>mandatory</em> when the national rules need it and policy fixes no default:
 * a calculator that needs it and finds no value raises {@link MissingStandardException}. An
 * <em>optional</em> standard without a default switches a rule off when absent (e.g. no asset test
 * where no asset limit is set).
 *
 * <p>A numeric standard (money, decimal, integer) has a {@linkplain #range() valid range}: the one
 * declared with {@link Builder#range(ValueRange)}, or else the {@linkplain Unit#defaultRange() default of
 * its unit}. {@link #check(Object)} — and so every {@link StandardValue} and {@link Reform} — refuses a
 * value outside it.
 *
 * <p>Immutable and thread-safe; equal by {@link #code()}.
 *
 * @param <T> the Java type of the values
 */
public final class Standard<T> implements Coded {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private final String code;
    private final String chineseName;
    private final String englishName;
    private final Unit unit;
    private final ValueType<T> valueType;
    private final T defaultValue;
    private final boolean mandatory;
    private final String description;
    private final String legalBasis;
    private final ValueRange range;
    private final ResolvedValue<T> defaultUse;

    private Standard(Builder<T> b) {
        this.code = b.code;
        this.chineseName = requireText(b.chineseName, "chineseName", b.code);
        this.englishName = requireText(b.englishName, "englishName", b.code);
        this.unit = Objects.requireNonNull(b.unit, () -> "unit of standard " + b.code);
        this.valueType = b.valueType;
        this.description = requireText(b.description, "description", b.code);
        this.legalBasis = b.legalBasis;
        this.mandatory = b.mandatory;
        if (b.range != null && !ValueRange.appliesTo(valueType)) {
            throw new IllegalStateException("standard " + b.code + " has a range but its values ("
                    + valueType.code() + ") are not numbers");
        }
        this.range = b.range != null ? b.range
                : ValueRange.appliesTo(valueType) ? unit.defaultRange().orElse(null) : null;
        if (b.defaultValue != null) {
            if (b.mandatory) {
                throw new IllegalStateException("standard " + b.code + " has a default and cannot be mandatory");
            }
            if (!valueType.isAllowed(b.defaultValue)) {
                throw new IllegalArgumentException("default of standard " + b.code + " is not allowed: expected "
                        + valueType.allowedValues() + ", got " + b.defaultValue);
            }
            if (range != null && !range.contains(b.defaultValue)) {
                throw new IllegalArgumentException("default of standard " + b.code + " is outside its range "
                        + range + ": " + b.defaultValue);
            }
        }
        this.defaultValue = b.defaultValue;
        this.defaultUse = defaultValue == null ? null : new ResolvedValue<>(this, defaultValue, Optional.empty());
    }

    private static String requireText(String text, String what, String code) {
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("standard " + code + " needs a non-blank " + what);
        }
        return text;
    }

    /**
     * Starts a new standard.
     *
     * @param <T> the value type
     * @param code the stable code, lower-case words separated by dots ({@code dibao.standard.urban})
     * @param valueType the type of the values
     * @return a builder
     * @throws IllegalArgumentException if the code is malformed
     * @throws NullPointerException if an argument is null
     */
    public static <T> Builder<T> builder(String code, ValueType<T> valueType) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(valueType, "valueType");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("malformed standard code '" + code
                    + "': expected lower-case words (a-z, 0-9, '-') separated by dots, e.g. dibao.standard.urban");
        }
        return new Builder<>(code, valueType);
    }

    /** The stable code, e.g. {@code dibao.standard.urban}. */
    @Override
    public String code() {
        return code;
    }

    /** The Chinese name, e.g. 城市最低生活保障标准. */
    @Override
    public String chineseName() {
        return chineseName;
    }

    /** The English name, e.g. "urban dibao standard". */
    @Override
    public String englishName() {
        return englishName;
    }

    /**
     * The unit of the values.
     *
     * @return the unit
     */
    public Unit unit() {
        return unit;
    }

    /**
     * The type of the values.
     *
     * @return the value type
     */
    public ValueType<T> valueType() {
        return valueType;
    }

    /**
     * The documented default: the value used where no region sets one.
     *
     * @return the default, or empty when the standard has none
     */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * Whether the national rules need a value and none is documented: a region must supply it.
     *
     * @return true when mandatory
     */
    public boolean mandatory() {
        return mandatory;
    }

    /**
     * What the standard means and how the rules use it, in English.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The legal or policy basis for the rule that uses this standard, e.g. 《社会救助暂行办法》第十条.
     *
     * @return the basis, or empty when none is recorded
     */
    public Optional<String> legalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    /**
     * The valid range of the values: declared with {@link Builder#range(ValueRange)}, or the default of
     * the {@linkplain #unit() unit}.
     *
     * @return the range, or empty when the values are not numbers ({@code boolean}, coded choices) or
     *         the unit has no default range
     */
    public Optional<ValueRange> range() {
        return Optional.ofNullable(range);
    }

    /**
     * A description of the allowed values, in English: the type's and the range, e.g. "a decimal
     * number, not negative, from 0 to 1 (share)".
     *
     * @return the description
     */
    public String allowedValues() {
        return range == null ? valueType.allowedValues()
                : valueType.allowedValues() + ", from " + range.min().toPlainString() + " to "
                        + range.max().toPlainString() + " (" + unit.englishName() + ")";
    }

    /**
     * Whether a value is of this standard's type and within its range.
     *
     * @param value the value, may be null (never allowed)
     * @return true when {@link #check(Object)} would accept it
     */
    public boolean isAllowed(Object value) {
        return valueType.isAllowed(value) && (range == null || range.contains(value));
    }

    /**
     * Checks a value against this standard's type and range.
     *
     * @param value the value
     * @return the value, typed
     * @throws InvalidStandardValueException if the value is null, of the wrong class or outside the
     *         type's allowed values or the standard's {@linkplain #range() range}
     */
    public T check(Object value) {
        if (!isAllowed(value)) {
            throw new InvalidStandardValueException(this, value);
        }
        return valueType.javaType().cast(value);
    }

    /** The resolved use of the default, shared: no allocation per lookup. */
    ResolvedValue<T> defaultUse() {
        return defaultUse;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standard<?> other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The code. */
    @Override
    public String toString() {
        return code;
    }

    /**
     * Builds a {@link Standard}. Not thread-safe.
     *
     * @param <T> the value type
     */
    public static final class Builder<T> {
        private final String code;
        private final ValueType<T> valueType;
        private String chineseName;
        private String englishName;
        private Unit unit;
        private T defaultValue;
        private boolean mandatory;
        private String description;
        private String legalBasis;
        private ValueRange range;

        private Builder(String code, ValueType<T> valueType) {
            this.code = code;
            this.valueType = valueType;
        }

        /**
         * Sets the Chinese and English names.
         *
         * @param chinese the Chinese name
         * @param english the English name
         * @return this builder
         */
        public Builder<T> names(String chinese, String english) {
            this.chineseName = Objects.requireNonNull(chinese, "chinese");
            this.englishName = Objects.requireNonNull(english, "english");
            return this;
        }

        /**
         * Sets the unit.
         *
         * @param unit the unit
         * @return this builder
         */
        public Builder<T> unit(Unit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets the documented default.
         *
         * @param value the default
         * @return this builder
         */
        public Builder<T> defaultValue(T value) {
            this.defaultValue = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Marks the standard mandatory: the rules need it, no default is documented.
         *
         * @return this builder
         */
        public Builder<T> mandatory() {
            this.mandatory = true;
            return this;
        }

        /**
         * Sets the English description.
         *
         * @param description what the standard means and how it is used
         * @return this builder
         */
        public Builder<T> description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets the legal basis.
         *
         * @param legalBasis the document and article
         * @return this builder
         */
        public Builder<T> legalBasis(String legalBasis) {
            this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
            return this;
        }

        /**
         * Declares the valid range of the values, replacing the {@linkplain Unit#defaultRange() default of
         * the unit}: e.g. {@code range(ValueRange.of("0", "0.5"))} for a share that policy caps at one
         * half. Only for numeric value types (money, decimal, integer).
         *
         * @param range the range, bounds inclusive; money is compared by its amount in yuan
         * @return this builder
         */
        public Builder<T> range(ValueRange range) {
            this.range = Objects.requireNonNull(range, "range");
            return this;
        }

        /**
         * Builds the standard.
         *
         * @return the standard
         * @throws IllegalStateException if names, unit or description are missing, a default is set on
         *         a mandatory standard, or a range is declared for values that are not numbers
         * @throws IllegalArgumentException if the default is not an allowed value or outside the range
         */
        public Standard<T> build() {
            return new Standard<>(this);
        }
    }
}
