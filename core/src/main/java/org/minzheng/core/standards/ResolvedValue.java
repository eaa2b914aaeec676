package org.minzheng.core.standards;

import java.util.Objects;
import java.util.Optional;

/**
 * The value of a standard chosen for a (region, date), and where it came from (所用标准及依据): either a
 * {@link StandardValue} set by a region, or the standard's documented default. A {@code Decision} lists the resolved values its calculator used.
 *
 * @param <T> the value type
 * @param standard the standard
 * @param value the value
 * @param origin the regional value chosen, or empty when the documented default applies
 */
public record ResolvedValue<T>(Standard<T> standard, T value, Optional<StandardValue<T>> origin) {

    /** The source shown for a documented default: {@value}. */
    public static final String DEFAULT_SOURCE = "default";

    /**
     * Checks the parts.
     *
     * @param standard the standard
     * @param value the value
     * @param origin the regional value chosen, or empty for the default
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the origin is for another standard or holds another value
     */
    public ResolvedValue {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        if (origin.isPresent() && (!origin.get().standard().equals(standard) || !origin.get().value().equals(value))) {
            throw new IllegalArgumentException("origin " + origin.get() + " does not match " + standard + " = " + value);
        }
    }

    /**
     * The document the value comes from: the origin's source, or {@value #DEFAULT_SOURCE}.
     *
     * @return the source
     */
    public String source() {
        return origin.map(StandardValue::source).orElse(DEFAULT_SOURCE);
    }

    /**
     * Whether the documented default applies.
     *
     * @return true when no regional value was found
     */
    public boolean isDefault() {
        return origin.isEmpty();
    }

    /** E.g. {@code dibao.standard.urban = 803.00 (苏民规〔2022〕4号)}. */
    @Override
    public String toString() {
        return standard.code() + " = " + standard.valueType().format(value) + " (" + source() + ")";
    }
}
