package org.minzheng.runtime;

import java.time.YearMonth;
import java.util.Objects;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;

/**
 * One line of a reform costing (测算明细): a program in a township in a month.
 *
 * @param program the program
 * @param township the township (乡镇街道) of the subjects, or the costed region itself for subjects registered
 *     above township level
 * @param month the month
 * @param figures the cost today and under the reform, and who gains or loses eligibility in the month
 */
public record CostingLine(ProgramCode program, RegionCode township, YearMonth month, CostingFigures figures) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CostingLine {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(figures, "figures");
    }
}
