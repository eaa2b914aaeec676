package org.minzheng.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Figures to print beside a report's own (对照数), e.g. those a bureau published, with where they come from.
 *
 * @param source where the figures come from, e.g. 丹徒区民政局 2022年1-10月工作总结
 * @param values the figures, in the order to show them
 */
public record ReferenceFigures(String source, Map<Figure, BigDecimal> values) {

    /**
     * Checks and copies.
     *
     * @param source the source
     * @param values the figures
     */
    public ReferenceFigures {
        Objects.requireNonNull(source, "source");
        Map<Figure, BigDecimal> copy = new LinkedHashMap<>();
        Objects.requireNonNull(values, "values").forEach((k, v) ->
                copy.put(Objects.requireNonNull(k, "figure"), Objects.requireNonNull(v, "value")));
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The reference value of a figure.
     *
     * @param figure the figure
     * @return the value, or empty
     */
    public Optional<BigDecimal> value(Figure figure) {
        return Optional.ofNullable(values.get(figure));
    }

    /**
     * How far the report's value lies from the reference, in per cent of the reference, to one decimal.
     *
     * @param figure the figure
     * @param report the report
     * @return the deviation, or empty when there is no reference, it is zero, or the report lacks the figure
     */
    public Optional<BigDecimal> deviationPercent(Figure figure, DistrictReport report) {
        Optional<BigDecimal> ours = report.value(figure);
        return value(figure).filter(ref -> ref.signum() != 0).flatMap(ref -> ours.map(v ->
                v.subtract(ref).multiply(BigDecimal.valueOf(100)).divide(ref, 1, RoundingMode.HALF_UP)));
    }
}
