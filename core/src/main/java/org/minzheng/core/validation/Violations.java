package org.minzheng.core.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a rejected identifier with the reason appended to the default message. */
final class Violations {

    static final String REASON_KEY_PREFIX = "org.minzheng.core.validation.reason.";

    private Violations() {
    }

    /**
     * Adds a violation whose message is the constraint's default message followed by the reason,
     * unless the user gave a message of their own.
     */
    static boolean reject(ConstraintValidatorContext context, boolean appendReason, String reasonCode) {
        if (appendReason) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()
                    + "{" + REASON_KEY_PREFIX + reasonCode + "}").addConstraintViolation();
        }
        return false;
    }
}
