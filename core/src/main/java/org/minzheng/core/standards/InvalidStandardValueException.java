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
                + standard.chineseName() + "): expected " + standard.allowedValues() + ", got "
                + (value == null ? "null" : excerpt(value) + " (" + value.getClass().getSimpleName() + ")")
                + " / 标准 " + standard.code() + " 的取值不合法" + standard.range()
                        .map(r -> "（有效范围 " + r.min().toPlainString() + " 至 " + r.max().toPlainString() + "）")
                        .orElse(""));
        this.standard = standard;
    }

    /** At most 32 characters of the value: a message never repeats a long input in full. */
    private static String excerpt(Object value) {
        String text = value.toString();
        return text.length() <= 32 ? text : text.substring(0, 32) + "…(" + text.length() + " characters)";
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
