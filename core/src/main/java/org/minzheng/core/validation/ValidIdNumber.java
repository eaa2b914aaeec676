package org.minzheng.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string must be a valid citizen identity number (居民身份证号码): 18 characters (or a
 * legacy 15-digit number), ISO 7064 MOD 11-2 check character, real birth date not in the
 * future, as accepted by {@link org.minzheng.core.identity.IdNumber#parse(String,
 * java.time.Clock)}. "Today" comes from the validator's {@link
 * jakarta.validation.ClockProvider}.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} where the value is required). Applies to
 * {@link CharSequence}. The default message, key
 * {@code {org.minzheng.core.validation.ValidIdNumber.message}}, is followed by the reason for rejection
 * (e.g. a wrong check character), in English or Chinese according to the locale.
 */
@Documented
@Constraint(validatedBy = ValidIdNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidIdNumber.List.class)
public @interface ValidIdNumber {

    /**
     * The message template.
     *
     * @return the message template
     */
    String message() default "{org.minzheng.core.validation.ValidIdNumber.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ValidIdNumber} constraints on the same element, e.g. in different groups.
     */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidIdNumber[] value();
    }
}
