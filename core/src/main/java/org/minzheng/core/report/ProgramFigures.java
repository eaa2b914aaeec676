package org.minzheng.core.report;

import java.util.Objects;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.SubjectKind;

/**
 * The figures of one program in a district report (分项目统计).
 *
 * <p>For a program whose subject is a household (低保), the {@code …Cases} counts are households
 * and the {@code …Persons} counts are the members of those households; for a program whose
 * subject is a person, both count persons.
 *
 * @param program the program
 * @param newCases cases that started paying in the period (新增户数/人数)
 * @param newPersons persons in those cases
 * @param cancelledCases cases terminated in the period (停保/注销)
 * @param cancelledPersons persons in those cases
 * @param coveredCases cases active or in gradual exit at the end of the period (在保)
 * @param coveredPersons persons in those cases
 * @param paidCases distinct cases with a posted payment in the period
 * @param paymentEntries posted payment entries in the period (for 临时救助: person-times, 人次)
 * @param amountPaid net amount paid in the period: postings minus reversals (发放金额)
 */
public record ProgramFigures(Program program, int newCases, int newPersons, int cancelledCases,
                             int cancelledPersons, int coveredCases, int coveredPersons,
                             int paidCases, int paymentEntries, Money amountPaid) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code program} or {@code amountPaid} is {@code null}
     * @throws IllegalArgumentException if a count is negative
     */
    public ProgramFigures {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(amountPaid, "amountPaid");
        if (newCases < 0 || newPersons < 0 || cancelledCases < 0 || cancelledPersons < 0
                || coveredCases < 0 || coveredPersons < 0 || paidCases < 0 || paymentEntries < 0) {
            throw new IllegalArgumentException("counts must not be negative (统计数不能为负数)");
        }
    }

    /**
     * Whether the program's subject is a household, so that case counts are households.
     *
     * @return true for household programs such as 低保
     */
    public boolean countsHouseholds() {
        return program.subjectKind() == SubjectKind.HOUSEHOLD;
    }

    /**
     * Whether anything happened in this program in the period.
     *
     * @return false if every figure is zero
     */
    public boolean isEmpty() {
        return newCases == 0 && cancelledCases == 0 && coveredCases == 0 && paidCases == 0
                && paymentEntries == 0 && amountPaid.isZero();
    }
}
