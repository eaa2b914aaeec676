package org.minzheng.runtime;

import java.util.Objects;

import org.minzheng.core.program.ProgramCode;

/**
 * A program's totals in a reform costing (分项目测算): the cost over the period today and under the reform, and the
 * distinct subjects, households and persons in coverage, newly eligible and no longer eligible.
 *
 * @param program the program
 * @param chineseName its Chinese name, e.g. 最低生活保障
 * @param englishName its English name
 * @param figures the totals over the period
 */
public record CostingProgram(ProgramCode program, String chineseName, String englishName, CostingFigures figures) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CostingProgram {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(figures, "figures");
    }
}
