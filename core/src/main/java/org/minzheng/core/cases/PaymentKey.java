package org.minzheng.core.cases;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The idempotency key of a payment (发放唯一键): one component of one case for one month.
 * Posting the same key twice pays once; see {@link PaymentLedger}.
 *
 * @param caseId the case
 * @param month the month paid for (发放月份)
 * @param component the component
 */
public record PaymentKey(CaseId caseId, YearMonth month, PaymentComponent component) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public PaymentKey {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(component, "component");
    }

    /**
     * Creates a key.
     *
     * @param caseId the case
     * @param month the month
     * @param component the component
     * @return the key
     */
    public static PaymentKey of(CaseId caseId, YearMonth month, PaymentComponent component) {
        return new PaymentKey(caseId, month, component);
    }
}
