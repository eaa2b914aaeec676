package org.minzheng.core.registry;

import java.util.Objects;
import org.minzheng.core.invariant.InvalidRecordException;
import org.minzheng.core.invariant.Violation;

/**
 * Identifier of a household in the registry (家庭编号).
 *
 * <p>The value is chosen by the application or the storage (a UUID, a sequence, a government
 * reference number); minzheng only requires it to be non-blank and compares it exactly.
 *
 * @param value the identifier, never blank
 */
public record HouseholdId(String value) {

    /**
     * Checks the value.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws InvalidRecordException if {@code value} is blank (rule {@code not-blank})
     */
    public HouseholdId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw InvalidRecordException.of(Violation.of("value", "not-blank",
                    "标识不能为空白", "HouseholdId must not be blank"));
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
    public static HouseholdId of(String value) {
        return new HouseholdId(value);
    }

    /**
     * The value itself.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
