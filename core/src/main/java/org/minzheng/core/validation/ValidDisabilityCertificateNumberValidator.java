package org.minzheng.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.minzheng.core.identity.DisabilityCertificateNumber;
import org.minzheng.core.identity.InvalidIdentifierException;

/**
 * Validates {@link ValidDisabilityCertificateNumber} (残疾人证号校验器) with
 * {@link DisabilityCertificateNumber#parse(String, java.time.Clock)}, taking "today" from the
 * validation context's {@link jakarta.validation.ClockProvider}.
 */
public final class ValidDisabilityCertificateNumberValidator
        implements ConstraintValidator<ValidDisabilityCertificateNumber, CharSequence> {

    private boolean appendReason;

    /** Creates the validator; called by the Bean Validation provider. */
    public ValidDisabilityCertificateNumberValidator() {
    }

    @Override
    public void initialize(ValidDisabilityCertificateNumber annotation) {
        appendReason = "{org.minzheng.core.validation.ValidDisabilityCertificateNumber.message}"
                .equals(annotation.message());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            DisabilityCertificateNumber.parse(value.toString(), context.getClockProvider().getClock());
            return true;
        } catch (InvalidIdentifierException e) {
            return Violations.reject(context, appendReason, e.reason().code());
        }
    }
}
