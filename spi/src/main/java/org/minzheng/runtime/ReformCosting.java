package org.minzheng.runtime;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.standards.Reform;

/**
 * What a reform would cost (改革方案测算结果): for a region's registry over a period, the cost today and under the
 * reform by program, township and month, exact to the fen, who becomes eligible and who stops being eligible, and
 * the households whose payments change most. Made by {@link CivilAffairs#costReform(Reform, RegionCode, YearMonth,
 * YearMonth)} without writing anything; rendered by {@link CostingRenderer}.
 *
 * <p>Holds no personal data: households are named by masked identifiers only.
 *
 * @param region the region costed (a county or a township)
 * @param from the first month
 * @param to the last month
 * @param reform the reform (its name, values, limit and effective date)
 * @param programs the totals by program, in the order of the runtime's programs; only programs with a cost or a
 *     subject in coverage in either case
 * @param townships the totals by township, all programs together, by region code
 * @param lines the lines by program, township and month (only those with a cost or a subject)
 * @param total the totals of the region over the period, all programs together
 * @param largest the households with the largest change, largest absolute change first (at most the number asked
 *     for; households without change are not listed)
 * @param households the households read from the registry
 * @param failures subject-months that could not be assessed today or under the reform (as the monthly run would
 *     report them as failures); they are left out of the figures
 */
public record ReformCosting(RegionCode region, YearMonth from, YearMonth to, Reform reform,
                            List<CostingProgram> programs, List<CostingTownship> townships, List<CostingLine> lines,
                            CostingFigures total, List<CostingHousehold> largest, int households, int failures) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if the period ends before it starts or a count is negative
     */
    public ReformCosting {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reform, "reform");
        Objects.requireNonNull(total, "total");
        programs = List.copyOf(programs);
        townships = List.copyOf(townships);
        lines = List.copyOf(lines);
        largest = List.copyOf(largest);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts (测算期间结束早于开始): " + from + "–" + to);
        }
        if (households < 0 || failures < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
    }

    /**
     * The change over the period, all programs together (变化额).
     *
     * @return reform minus today
     */
    public Money change() {
        return total.change();
    }

    /**
     * A program's totals.
     *
     * @param program the program
     * @return its totals, or {@link CostingFigures#ZERO} when it has no cost and nobody in coverage
     * @throws NullPointerException if {@code program} is null
     */
    public CostingFigures program(ProgramCode program) {
        Objects.requireNonNull(program, "program");
        return programs.stream().filter(p -> p.program().equals(program)).findFirst()
                .map(CostingProgram::figures).orElse(CostingFigures.ZERO);
    }

    /**
     * The lines of a program.
     *
     * @param program the program
     * @return its lines by township and month
     * @throws NullPointerException if {@code program} is null
     */
    public List<CostingLine> lines(ProgramCode program) {
        Objects.requireNonNull(program, "program");
        return lines.stream().filter(l -> l.program().equals(program)).toList();
    }

    /** E.g. {@code ReformCosting[321112 2022-01..2022-12, rural 900: today 12,099,806.00, reform …]}. */
    @Override
    public String toString() {
        return "ReformCosting[" + region.shortForm() + " " + from + ".." + to + ", " + reform.name() + ": today "
                + total.today() + ", reform " + total.reform() + ", change " + change() + "]";
    }
}
