package org.minzheng.core.standards;

import java.util.Objects;

/**
 * A value that is not allowed for a standard (标准值不合法): wrong type, negative amount, out of range.
 * The message names the standard, the expected values and the value given.
 */
public final class InvalidStandardValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Standard<?> standard;

    /**
     * Creates the exception.
     *
     * @param standard the standard
     * @param value the rejected value, may be null
     */
    public InvalidStandardValueException(Standard<?> standard, Object value) {
        super("invalid value for standard " + Objects.requireNonNull(standard, "standard").code() + " ("
                + standard.chineseName() + "): expected " + standard.valueType().allowedValues() + ", got "
                + (value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")")
                + " / 标准 " + standard.code() + " 的取值不合法");
        this.standard = standard;
    }

    /**
     * The standard whose value was rejected.
     *
     * @return the standard
     */
    public Standard<?> standard() {
        return standard;
    }
}
