package org.minzheng.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.minzheng.core.identity.IdNumber;
import org.minzheng.core.identity.InvalidIdentifierException;

/**
 * Validates {@link ValidIdNumber} (居民身份证号码校验器) with
 * {@link IdNumber#parse(String, java.time.Clock)}, taking "today" from the validation context's
 * {@link jakarta.validation.ClockProvider}.
 */
public final class ValidIdNumberValidator implements ConstraintValidator<ValidIdNumber, CharSequence> {

    private boolean appendReason;

    /** Creates the validator; called by the Bean Validation provider. */
    public ValidIdNumberValidator() {
    }

    @Override
    public void initialize(ValidIdNumber annotation) {
        appendReason = "{org.minzheng.core.validation.ValidIdNumber.message}".equals(annotation.message());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            IdNumber.parse(value.toString(), context.getClockProvider().getClock());
            return true;
        } catch (InvalidIdentifierException e) {
            return Violations.reject(context, appendReason, e.reason().code());
        }
    }
}
