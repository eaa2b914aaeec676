package org.minzheng.core.report;

import java.time.YearMonth;
import java.util.Objects;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;

/**
 * The net amount paid in one program for one month (月度发放金额).
 *
 * @param month the month paid for
 * @param program the program
 * @param amount postings minus reversals
 */
public record MonthlyAmount(YearMonth month, Program program, Money amount) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public MonthlyAmount {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(amount, "amount");
    }
}
