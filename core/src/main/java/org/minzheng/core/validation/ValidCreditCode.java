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
 * The annotated string must be a valid unified social credit code (统一社会信用代码): GB 32100-2015, as
 * accepted by {@link org.minzheng.core.identity.CreditCode#parse(String)}, or by {@link
 * org.minzheng.core.identity.CreditCode#parseLenient(String)} if {@link #lenient()} is set.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} where the value is required). Applies to
 * {@link CharSequence}. The default message, key
 * {@code {org.minzheng.core.validation.ValidCreditCode.message}}, is followed by the reason for rejection
 * (e.g. a wrong check character), in English or Chinese according to the locale.
 */
@Documented
@Constraint(validatedBy = ValidCreditCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidCreditCode.List.class)
public @interface ValidCreditCode {

    /**
     * The message template.
     *
     * @return the message template
     */
    String message() default "{org.minzheng.core.validation.ValidCreditCode.message}";

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
     * Whether to accept a wrong check character (宽松校验), as some early pilot codes have.
     *
     * @return {@code true} to accept codes that fail the MOD 31 check
     */
    boolean lenient() default false;

    /**
     * Several {@link ValidCreditCode} constraints on the same element, e.g. in different groups.
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
        ValidCreditCode[] value();
    }
}
