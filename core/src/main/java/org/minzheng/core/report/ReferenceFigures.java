package org.minzheng.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Figures to set beside a report (对照数字): e.g. the numbers a bureau published for the same
 * period, with their source. Renderers show each beside the computed value with the deviation.
 *
 * @param source where the figures come from (a document title, a URL)
 * @param values the figures, by headline figure
 */
public record ReferenceFigures(String source, Map<Figure, BigDecimal> values) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or an entry is {@code null}
     */
    public ReferenceFigures {
        Objects.requireNonNull(source, "source");
        EnumMap<Figure, BigDecimal> copy = new EnumMap<>(Figure.class);
        Objects.requireNonNull(values, "values").forEach((k, v) ->
                copy.put(Objects.requireNonNull(k, "figure"), Objects.requireNonNull(v, "value")));
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The reference value of a figure.
     *
     * @param figure the figure
     * @return the value, if given
     */
    public Optional<BigDecimal> value(Figure figure) {
        return Optional.ofNullable(values.get(figure));
    }

    /**
     * How far a report's value lies from the reference, in per cent of the reference, to one
     * decimal: (report − reference) / reference × 100.
     *
     * @param figure the figure
     * @param report the report
     * @return the deviation, or empty if there is no reference value or it is zero
     */
    public Optional<BigDecimal> deviationPercent(Figure figure, DistrictReport report) {
        return value(figure).filter(ref -> ref.signum() != 0).map(ref ->
                figure.valueIn(report).subtract(ref).multiply(BigDecimal.valueOf(100))
                        .divide(ref, 1, RoundingMode.HALF_UP));
    }
}
