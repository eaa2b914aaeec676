package org.minzheng.core.service;

import java.util.Objects;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;

/**
 * An organisation that provides or receives services (服务机构/组织), identified by its unified
 * social credit code (统一社会信用代码, GB 32100-2015): a care provider, a social organisation, a
 * social-work agency, an insurer, a facility operator.
 *
 * @param creditCode the credit code
 * @param name the registered name, not blank
 */
public record Organisation(CreditCode creditCode, String name) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws InvalidRecordException if {@code name} is blank
     */
    public Organisation {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw InvalidRecordException.of(Violation.of("name", "not-blank",
                    "机构名称不能为空", "The organisation name must not be blank"));
        }
    }

    /**
     * Creates an organisation.
     *
     * @param creditCode the credit code
     * @param name the name
     * @return the organisation
     */
    public static Organisation of(CreditCode creditCode, String name) {
        return new Organisation(creditCode, name);
    }
}
