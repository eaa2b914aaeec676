package org.minzheng.core.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.rule.Measure;

/**
 * Programs reported together (合并统计), e.g. 两项补贴: distinct persons, so that a person receiving both
 * subsidies counts once, and the amount of all.
 *
 * @param code the group's code
 * @param chineseName its Chinese name
 * @param englishName its English name
 * @param programs the programs in the group
 * @param covered distinct subjects in coverage at the end of the period
 * @param reached distinct subjects paid or served during the period
 * @param amount the amount paid by all the group's programs
 */
public record GroupLines(String code, String chineseName, String englishName, List<ProgramCode> programs,
                         Count covered, Count reached, Money amount) {

    /**
     * Checks and copies.
     *
     * @param code the code
     * @param chineseName the Chinese name
     * @param englishName the English name
     * @param programs the programs
     * @param covered distinct subjects in coverage
     * @param reached distinct subjects reached
     * @param amount the amount
     */
    public GroupLines {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        programs = List.copyOf(programs);
        Objects.requireNonNull(covered, "covered");
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * The value of one of the group's figures.
     *
     * @param measure in coverage, reached or amount
     * @param quantity the quantity
     * @return the value, or empty when the combination has no meaning for a group
     */
    public Optional<BigDecimal> value(Measure measure, Quantity quantity) {
        return switch (measure) {
            case IN_COVERAGE -> count(covered, quantity);
            case REACHED -> count(reached, quantity);
            case AMOUNT -> quantity == Quantity.AMOUNT ? Optional.of(amount.amount()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> count(Count c, Quantity q) {
        return q == Quantity.SUBJECTS ? Optional.of(BigDecimal.valueOf(c.subjects()))
                : q == Quantity.PERSONS ? Optional.of(BigDecimal.valueOf(c.persons())) : Optional.empty();
    }
}
