package org.minzheng.core.report;

import java.time.YearMonth;
import java.util.Objects;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;

/**
 * The amount a program paid for one month (月度发放金额): postings minus reversals.
 *
 * @param month the month paid for
 * @param program the program
 * @param amount the amount
 */
public record MonthlyAmount(YearMonth month, ProgramCode program, Money amount) {

    /**
     * Checks the parts.
     *
     * @param month the month
     * @param program the program
     * @param amount the amount
     */
    public MonthlyAmount {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(amount, "amount");
    }
}
