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

    /**
     * Equal keys; written out rather than generated, because the generated record method is a hot, polymorphic
     * call in the ledger's maps (same result).
     *
     * @param other the other object
     * @return whether it is a key of the same case, month and component
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PaymentKey o && component == o.component && caseId.equals(o.caseId)
                && month.equals(o.month);
    }

    /**
     * The hash the generated record method computes (each component's hash, combined by 31).
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return (caseId.hashCode() * 31 + month.hashCode()) * 31 + component.hashCode();
    }
}
