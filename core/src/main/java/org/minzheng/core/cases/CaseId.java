package org.minzheng.core.cases;

import java.util.Objects;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;

/**
 * Identifier of a case (业务编号): one application for one program and its life.
 *
 * <p>The value is chosen by the application or the storage (a UUID, a sequence, a government
 * reference number); minzheng only requires it to be non-blank and compares it exactly. An
 * identity number used as (or inside) the value is personal data: {@code toString} masks it.
 *
 * @param value the identifier, never blank
 */
public record CaseId(String value) {

    /**
     * Checks the value.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws InvalidRecordException if {@code value} is blank (rule {@code not-blank})
     */
    public CaseId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw InvalidRecordException.of(Violation.of("value", "not-blank",
                    "标识不能为空白", "CaseId must not be blank"));
        }
    }

    /**
     * Creates an identifier.
     *
     * @param value the identifier
     * @return the identifier
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws InvalidRecordException if {@code value} is blank
     */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    /**
     * The value for messages and logs: itself, except that an identity number in it (an
     * application may use the identity number as the key) is masked, e.g.
     * {@code 110105********002X}; see {@link IdNumber#maskWithin(String)}. Use {@link #value()}
     * for the exact identifier.
     *
     * @return the value, with any embedded identity number masked
     */
    @Override
    public String toString() {
        return IdNumber.maskWithin(value);
    }

    /**
     * Equal values; written out rather than generated, because the generated record method is a hot, polymorphic
     * call in the monthly run's maps (same result).
     *
     * @param other the other object
     * @return whether it is a {@code CaseId} with the same value
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CaseId o && value.equals(o.value);
    }

    /**
     * The value's hash, as the generated record method computes it.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
