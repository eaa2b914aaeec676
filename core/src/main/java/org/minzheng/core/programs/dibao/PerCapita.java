package org.minzheng.core.programs.dibao;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A per-capita figure shown in explanations only (人均数，仅用于说明), computed when rendered: total ÷
 * members, to the fen, marked "≈" when not exact. Never used in arithmetic: rules compare totals exactly.
 *
 * @param total the household total
 * @param members the members it is divided among
 */
public record PerCapita(BigDecimal total, int members) {

    /** E.g. {@code 500.00} or {@code ≈333.33}. */
    @Override
    public String toString() {
        BigDecimal n = BigDecimal.valueOf(members);
        BigDecimal q = total.divide(n, 2, RoundingMode.HALF_UP);
        return (q.multiply(n).compareTo(total) == 0 ? "" : "≈") + q.toPlainString();
    }
}
