package org.minzheng.core.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minzheng.core.code.Coded;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.program.SubjectKind;
import org.minzheng.core.rule.Measure;
import org.minzheng.core.rule.ReportLines;

/**
 * One program's figures in a district report (分项目统计), computed the same way for every program; a program
 * shows the {@linkplain #measures() measures} it declares.
 *
 * @param program the program's code
 * @param chineseName its Chinese name
 * @param englishName its English name
 * @param subjectKind whether it counts households or persons
 * @param measures the measures the program declares
 * @param group the group it is reported with, if any
 * @param newCases cases that started within the period (approved → active)
 * @param cancelled cases terminated within the period
 * @param covered cases active or in gradual exit at the end of the period
 * @param reached subjects paid or served during the period (惠及)
 * @param payments posted payments for months of the period, net of reversals
 * @param amount the amount paid for months of the period, postings minus reversals
 * @param byCategory cases in coverage at the end by category
 * @param services service records of the program's kind dated within the period
 * @param served subjects with such a record
 * @param hours hours of service delivered within the period
 * @param withRecordInForce subjects in coverage at the end with a record in force
 * @param hoursGranted hours of service granted for the months of the period (核定服务时长)
 * @param servicesDue services due for the months of the period (应服务次数)
 */
public record ProgramLines(ProgramCode program, String chineseName, String englishName, SubjectKind subjectKind,
                           Set<Measure> measures, Optional<ReportLines.Group> group, Count newCases, Count cancelled,
                           Count covered, Count reached, int payments, Money amount, List<CategoryCount> byCategory,
                           int services, int served, BigDecimal hours, int withRecordInForce, BigDecimal hoursGranted,
                           int servicesDue) implements Coded {

    /**
     * Checks and copies.
     *
     * @param program the program
     * @param chineseName the Chinese name
     * @param englishName the English name
     * @param subjectKind the subject kind
     * @param measures the measures
     * @param group the group
     * @param newCases new cases
     * @param cancelled cancelled cases
     * @param covered cases in coverage
     * @param reached subjects reached
     * @param payments payments
     * @param amount the amount
     * @param byCategory cases by category
     * @param services service records
     * @param served subjects served
     * @param hours hours delivered
     * @param withRecordInForce subjects with a record in force
     * @param hoursGranted hours granted
     * @param servicesDue services due
     */
    public ProgramLines {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(subjectKind, "subjectKind");
        measures = Set.copyOf(measures);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(newCases, "newCases");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(covered, "covered");
        Objects.requireNonNull(reached, "reached");
        Objects.requireNonNull(amount, "amount");
        byCategory = List.copyOf(byCategory);
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(hoursGranted, "hoursGranted");
        if (payments < 0 || services < 0 || served < 0 || withRecordInForce < 0 || hours.signum() < 0
                || hoursGranted.signum() < 0 || servicesDue < 0) {
            throw new IllegalArgumentException("counts must not be negative (统计数不能为负数)");
        }
    }

    /**
     * The figures without granted hours or services due (both zero).
     *
     * @param program the program
     * @param chineseName the Chinese name
     * @param englishName the English name
     * @param subjectKind the subject kind
     * @param measures the measures
     * @param group the group
     * @param newCases new cases
     * @param cancelled cancelled cases
     * @param covered cases in coverage
     * @param reached subjects reached
     * @param payments payments
     * @param amount the amount
     * @param byCategory cases by category
     * @param services service records
     * @param served subjects served
     * @param hours hours delivered
     * @param withRecordInForce subjects with a record in force
     */
    public ProgramLines(ProgramCode program, String chineseName, String englishName, SubjectKind subjectKind,
                        Set<Measure> measures, Optional<ReportLines.Group> group, Count newCases, Count cancelled,
                        Count covered, Count reached, int payments, Money amount, List<CategoryCount> byCategory,
                        int services, int served, BigDecimal hours, int withRecordInForce) {
        this(program, chineseName, englishName, subjectKind, measures, group, newCases, cancelled, covered, reached,
                payments, amount, byCategory, services, served, hours, withRecordInForce, BigDecimal.ZERO, 0);
    }

    @Override
    public String code() {
        return program.value();
    }

    /**
     * Whether the program counts households.
     *
     * @return true for a household program
     */
    public boolean countsHouseholds() {
        return subjectKind == SubjectKind.HOUSEHOLD;
    }

    /**
     * Whether the program declares a measure.
     *
     * @param m the measure
     * @return true when declared
     */
    public boolean reports(Measure m) {
        return measures.contains(m);
    }

    /**
     * Whether nothing at all happened in the program.
     *
     * @return true when every count and the amount are zero
     */
    public boolean isEmpty() {
        return newCases.subjects() == 0 && cancelled.subjects() == 0 && covered.subjects() == 0
                && reached.subjects() == 0 && payments == 0 && amount.isZero() && services == 0;
    }

    /**
     * The value of one of the program's figures.
     *
     * @param measure the measure
     * @param quantity the quantity
     * @param category the category for {@link Measure#BY_CATEGORY}
     * @return the value, or empty when the combination has no meaning
     */
    public Optional<BigDecimal> value(Measure measure, Quantity quantity, Optional<String> category) {
        return Optional.ofNullable(switch (measure) {
            case NEW -> count(newCases, quantity);
            case CANCELLED -> count(cancelled, quantity);
            case IN_COVERAGE -> count(covered, quantity);
            case REACHED -> count(reached, quantity);
            case PAYMENTS -> quantity == Quantity.COUNT ? BigDecimal.valueOf(payments) : null;
            case AMOUNT -> quantity == Quantity.AMOUNT ? amount.amount() : null;
            case BY_CATEGORY -> category.map(c -> byCategory.stream().filter(x -> x.code().equals(c))
                    .mapToInt(CategoryCount::count).sum()).map(BigDecimal::valueOf).orElse(null);
            case SERVICES -> quantity == Quantity.COUNT ? BigDecimal.valueOf(services)
                    : quantity == Quantity.SUBJECTS ? BigDecimal.valueOf(served) : null;
            case HOURS -> quantity == Quantity.HOURS ? hours : null;
            case RECORD_IN_FORCE -> quantity == Quantity.SUBJECTS ? BigDecimal.valueOf(withRecordInForce) : null;
            case HOURS_GRANTED -> quantity == Quantity.HOURS ? hoursGranted : null;
            case SERVICES_DUE -> quantity == Quantity.COUNT ? BigDecimal.valueOf(servicesDue) : null;
        });
    }

    private static BigDecimal count(Count c, Quantity q) {
        return q == Quantity.SUBJECTS ? BigDecimal.valueOf(c.subjects())
                : q == Quantity.PERSONS ? BigDecimal.valueOf(c.persons()) : null;
    }
}
