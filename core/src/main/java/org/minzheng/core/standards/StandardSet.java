package org.minzheng.core.standards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The values of one provider, checked when loaded (一个提供者的标准值集合): every value well-typed, and no
 * two values of the same standard and region in force on a common day.
 *
 * <p>The set carries the provider's id and priority, which decide between providers during
 * {@linkplain StandardsResolver resolution}: see {@link StandardsResolver} for the order.
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardSet {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    /**
     * Orders values by standard code, region (nation first), then start date: overlapping values of one
     * standard and region become neighbours.
     */
    static final Comparator<StandardValue<?>> BY_KEY_THEN_START = Comparator
            .<StandardValue<?>, String>comparing(v -> v.standard().code())
            .thenComparing(StandardValue::regionKey)
            .thenComparing(StandardValue::from);

    private final String providerId;
    private final int priority;
    private final List<StandardValue<?>> values;

    private StandardSet(String providerId, int priority, List<StandardValue<?>> values) {
        this.providerId = providerId;
        this.priority = priority;
        this.values = values;
    }

    /**
     * Whether a text is a well-formed provider id (标准/项目提供者标识): lower-case words (a-z, 0-9) separated by
     * '.' or '-', e.g. {@code jiangsu.zhenjiang} or {@code jiangsu-example}. The one definition used for
     * standards providers and program providers alike.
     *
     * @param id the text, may be null
     * @return true when well formed
     */
    public static boolean isValidProviderId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Checks and wraps the values of one provider.
     *
     * @param providerId the provider's stable id: lower-case words separated by '.' or '-', e.g.
     *        {@code jiangsu.zhenjiang}
     * @param priority the provider's priority; higher wins at the same region (see {@link StandardsResolver})
     * @param values the values
     * @return the set
     * @throws OverlappingStandardValuesException if two values of the same standard and region overlap
     * @throws IllegalArgumentException if the id is malformed
     * @throws NullPointerException if an argument or a value is null
     */
    public static StandardSet of(String providerId, int priority, Collection<? extends StandardValue<?>> values) {
        Objects.requireNonNull(providerId, "providerId");
        if (!isValidProviderId(providerId)) {
            throw new IllegalArgumentException("malformed provider id '" + providerId
                    + "': expected lower-case words (a-z, 0-9) separated by '.' or '-', e.g. jiangsu.zhenjiang");
        }
        List<StandardValue<?>> sorted = new ArrayList<>(Objects.requireNonNull(values, "values"));
        for (int i = 0; i < sorted.size(); i++) {
            Objects.requireNonNull(sorted.get(i), () -> "values contains null (provider " + providerId + ")");
        }
        sorted.sort(BY_KEY_THEN_START);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new OverlappingStandardValuesException(sorted.get(i - 1), providerId, sorted.get(i), providerId,
                        priority);
            }
        }
        return new StandardSet(providerId, priority, List.copyOf(sorted));
    }

    /**
     * The provider's id.
     *
     * @return the id
     */
    public String providerId() {
        return providerId;
    }

    /**
     * The provider's priority: higher wins over lower at the same region.
     *
     * @return the priority
     */
    public int priority() {
        return priority;
    }

    /**
     * The values, ordered by standard code, region and start date.
     *
     * @return an unmodifiable list
     */
    public List<StandardValue<?>> values() {
        return values;
    }

    /**
     * The values of one standard.
     *
     * @param <T> the value type
     * @param standard the standard
     * @return the values, ordered by region and start date
     */
    @SuppressWarnings("unchecked")
    public <T> List<StandardValue<T>> valuesOf(Standard<T> standard) {
        Objects.requireNonNull(standard, "standard");
        List<StandardValue<T>> result = new ArrayList<>();
        for (StandardValue<?> v : values) {
            if (v.standard().equals(standard)) {
                result.add((StandardValue<T>) v);
            }
        }
        return List.copyOf(result);
    }

    /** E.g. {@code StandardSet[jiangsu, priority 100, 42 values]}. */
    @Override
    public String toString() {
        return "StandardSet[" + providerId + ", priority " + priority + ", " + values.size() + " values]";
    }
}
