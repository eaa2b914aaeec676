package org.minzheng.core.standards;

import java.util.Objects;

/**
 * Two values of the same standard for the same region, at the same provider priority, are in force on a
 * common day (标准值期间重叠). Raised when values are loaded — never resolved by a silent choice. The
 * message names both values and the providers that supplied them.
 */
public final class OverlappingStandardValuesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient StandardValue<?> first;
    private final transient StandardValue<?> second;
    private final String firstProvider;
    private final String secondProvider;

    /**
     * Creates the exception.
     *
     * @param first one value
     * @param firstProvider the id of the provider that supplied it
     * @param second the value overlapping it
     * @param secondProvider the id of the provider that supplied it
     * @param priority the priority both providers share
     * @throws NullPointerException if an argument is null
     */
    public OverlappingStandardValuesException(StandardValue<?> first, String firstProvider, StandardValue<?> second,
            String secondProvider, int priority) {
        super("overlapping values at the same region and priority " + priority + ": " + Objects.requireNonNull(first)
                + " from provider '" + Objects.requireNonNull(firstProvider) + "' and " + Objects.requireNonNull(second)
                + " from provider '" + Objects.requireNonNull(secondProvider) + "'; end one before the other starts,"
                + " or give the providers different priorities / 同一地区、同一优先级的标准值期间重叠");
        this.first = first;
        this.second = second;
        this.firstProvider = firstProvider;
        this.secondProvider = secondProvider;
    }

    /**
     * The value loaded first.
     *
     * @return the value
     */
    public StandardValue<?> first() {
        return first;
    }

    /**
     * The value that overlaps it.
     *
     * @return the value
     */
    public StandardValue<?> second() {
        return second;
    }

    /**
     * The provider of {@link #first()}.
     *
     * @return the provider id
     */
    public String firstProvider() {
        return firstProvider;
    }

    /**
     * The provider of {@link #second()}.
     *
     * @return the provider id
     */
    public String secondProvider() {
        return secondProvider;
    }
}
