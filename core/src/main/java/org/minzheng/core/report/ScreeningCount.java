package org.minzheng.core.report;

import java.util.Objects;

import org.minzheng.core.code.Coded;
import org.minzheng.core.program.ProgramCode;

/**
 * What screening (排查) did in one program within a report's period: cases it opened for a caseworker's review
 * (排查发现，待核实), cases it started at once (自动纳入), and cases the monthly run proposed for closing because they
 * no longer qualify (建议注销，待核实).
 *
 * @param program the program
 * @param chineseName its Chinese name
 * @param englishName its English name
 * @param foundForReview cases opened by screening for review within the period
 * @param startedAtOnce cases opened by screening and started at once within the period
 * @param proposedClosing cases proposed for closing within the period
 */
public record ScreeningCount(ProgramCode program, String chineseName, String englishName, int foundForReview,
                             int startedAtOnce, int proposedClosing) implements Coded {

    /**
     * Checks the parts.
     *
     * @param program the program
     * @param chineseName the Chinese name
     * @param englishName the English name
     * @param foundForReview cases found for review
     * @param startedAtOnce cases started at once
     * @param proposedClosing cases proposed for closing
     * @throws IllegalArgumentException if a count is negative
     */
    public ScreeningCount {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        if (foundForReview < 0 || startedAtOnce < 0 || proposedClosing < 0) {
            throw new IllegalArgumentException("counts must not be negative (统计数不能为负数)");
        }
    }

    @Override
    public String code() {
        return program.value();
    }
}
