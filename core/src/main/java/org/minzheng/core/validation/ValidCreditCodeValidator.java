package org.minzheng.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.minzheng.core.identity.CreditCode;
import org.minzheng.core.identity.InvalidIdentifierException;

/**
 * Validates {@link ValidCreditCode} (统一社会信用代码校验器) with {@link CreditCode#parse(String)}
 * or, if the constraint is lenient, {@link CreditCode#parseLenient(String)}.
 */
public final class ValidCreditCodeValidator implements ConstraintValidator<ValidCreditCode, CharSequence> {

    private boolean appendReason;
    private boolean lenient;

    /** Creates the validator; called by the Bean Validation provider. */
    public ValidCreditCodeValidator() {
    }

    @Override
    public void initialize(ValidCreditCode annotation) {
        appendReason = "{org.minzheng.core.validation.ValidCreditCode.message}".equals(annotation.message());
        lenient = annotation.lenient();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            if (lenient) {
                CreditCode.parseLenient(value.toString());
            } else {
                CreditCode.parse(value.toString());
            }
            return true;
        } catch (InvalidIdentifierException e) {
            return Violations.reject(context, appendReason, e.reason().code());
        }
    }
}
