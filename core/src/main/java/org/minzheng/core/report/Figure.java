package org.minzheng.core.report;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.Measure;

/**
 * One figure of a district report (报表指标), named by what it is rather than by a fixed list: the line (a
 * program's code, or a report group's code such as {@code disability-subsidies}), the {@link Measure}, the
 * {@link Quantity}, and for {@link Measure#BY_CATEGORY} the category's code. E.g. {@code dibao/in-coverage/
 * subjects} is the dibao households in coverage; {@code disability-subsidies/in-coverage/persons} the distinct
 * persons receiving either disability subsidy. Published figures to compare with are keyed the same way
 * ({@link ReferenceFigures}).
 *
 * @param line the program or group code
 * @param measure the measure
 * @param quantity the quantity
 * @param category the category code for {@link Measure#BY_CATEGORY}, else empty
 */
public record Figure(String line, Measure measure, Quantity quantity, Optional<String> category) {

    private static final Pattern LINE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the parts.
     *
     * @param line the line
     * @param measure the measure
     * @param quantity the quantity
     * @param category the category
     */
    public Figure {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(category, "category");
        if (!LINE.matcher(line).matches()) {
            throw new IllegalArgumentException("malformed report line '" + line + "'");
        }
        if ((measure == Measure.BY_CATEGORY) != category.isPresent()) {
            throw new IllegalArgumentException("a category is given exactly for measure by-category");
        }
    }

    /**
     * A figure of a program.
     *
     * @param program the program
     * @param measure the measure
     * @param quantity the quantity
     * @return the figure
     */
    public static Figure of(ProgramCode program, Measure measure, Quantity quantity) {
        return new Figure(program.value(), measure, quantity, Optional.empty());
    }

    /**
     * A figure of a program or a group by code.
     *
     * @param line the program or group code
     * @param measure the measure
     * @param quantity the quantity
     * @return the figure
     */
    public static Figure of(String line, Measure measure, Quantity quantity) {
        return new Figure(line, measure, quantity, Optional.empty());
    }

    /**
     * A count of one category of a program's cases in coverage.
     *
     * @param program the program
     * @param category the category's code
     * @return the figure
     */
    public static Figure category(ProgramCode program, String category) {
        return new Figure(program.value(), Measure.BY_CATEGORY, Quantity.SUBJECTS, Optional.of(category));
    }

    /**
     * Whether the figure is an amount of money.
     *
     * @return true for {@link Quantity#AMOUNT}
     */
    public boolean isAmount() {
        return quantity == Quantity.AMOUNT;
    }

    /** E.g. {@code dibao/in-coverage/subjects}. */
    @Override
    public String toString() {
        return line + "/" + measure.code() + "/" + category.map(c -> c + "/").orElse("") + quantity.code();
    }
}
