package org.minzheng.core.rule;

import java.util.Objects;

import org.minzheng.core.program.ProgramCode;

/**
 * A fact a program's rule cannot do without is absent (缺少审核所需事实), e.g. an application for 临时救助
 * without its assessed need. The message names the program and the fact, in Chinese and English, and no
 * personal data.
 */
public final class MissingFactException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final ProgramCode program;
    private final String fact;

    /**
     * Makes the exception.
     *
     * @param program the program
     * @param fact what is missing, e.g. {@code application}
     * @param chinese the Chinese explanation
     * @param english the English explanation
     */
    public MissingFactException(ProgramCode program, String fact, String chinese, String english) {
        super(program + ": missing " + fact + ": " + english + " (" + chinese + ")");
        this.program = Objects.requireNonNull(program, "program");
        this.fact = Objects.requireNonNull(fact, "fact");
    }

    /**
     * The program whose rule needs the fact.
     *
     * @return the program's code
     */
    public ProgramCode program() {
        return program;
    }

    /**
     * The fact that is missing.
     *
     * @return its name, e.g. {@code application}
     */
    public String fact() {
        return fact;
    }
}
