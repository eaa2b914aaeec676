package org.minzheng.runtime;

import java.util.Objects;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;

/**
 * What a monthly run did in one program (分项目运行结果).
 *
 * @param program the program
 * @param assessed cases re-assessed with the month's standards
 * @param paid cases with an amount for the month (posted now or already posted)
 * @param posted ledger entries written by this run
 * @param alreadyPosted entries that an earlier run of the same month had written (idempotent
 *     repeat: nothing written)
 * @param changed cases whose state changed
 * @param enrolled cases opened by screening and started at once (自动纳入, e.g. 尊老金)
 * @param referred cases opened by screening for a caseworker to review (排查发现，待核实)
 * @param failed cases that failed
 * @param amount the amount in force for the month over the paid cases, posted now or before
 */
public record ProgramRun(ProgramCode program, int assessed, int paid, int posted, int alreadyPosted,
                         int changed, int enrolled, int referred, int failed, Money amount) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code program} or {@code amount} is {@code null}
     */
    public ProgramRun {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(amount, "amount");
    }
}
