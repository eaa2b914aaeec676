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
 * The annotated string must be a valid disability certificate number (残疾人证号): the holder'\''s
 * identity number, category 1–7, grade 1–4 and an optional reissue suffix B1–B9, as accepted by
 * {@link org.minzheng.core.identity.DisabilityCertificateNumber#parse(String,
 * java.time.Clock)}. "Today" comes from the validator'\''s {@link
 * jakarta.validation.ClockProvider}.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} where the value is required). Applies to
 * {@link CharSequence}. The default message, key
 * {@code {org.minzheng.core.validation.ValidDisabilityCertificateNumber.message}}, is followed by the reason for rejection
 * (e.g. a wrong check character), in English or Chinese according to the locale.
 */
@Documented
@Constraint(validatedBy = ValidDisabilityCertificateNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidDisabilityCertificateNumber.List.class)
public @interface ValidDisabilityCertificateNumber {

    /**
     * The message template.
     *
     * @return the message template
     */
    String message() default "{org.minzheng.core.validation.ValidDisabilityCertificateNumber.message}";

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
     * Several {@link ValidDisabilityCertificateNumber} constraints on the same element, e.g. in different groups.
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
        ValidDisabilityCertificateNumber[] value();
    }
}
