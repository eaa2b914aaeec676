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
 * The annotated string must be a valid region code (行政区划代码): 2, 4, 6, 9 or 12 digits of GB/T
 * 2260 or the statistical division code, as accepted by {@link
 * org.minzheng.core.identity.RegionCode#parse(String)}, optionally restricted to some levels.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} where the value is required). Applies to
 * {@link CharSequence}. The default message, key
 * {@code {org.minzheng.core.validation.ValidRegionCode.message}}, is followed by the reason for rejection
 * (e.g. a wrong check character), in English or Chinese according to the locale.
 */
@Documented
@Constraint(validatedBy = ValidRegionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidRegionCode.List.class)
public @interface ValidRegionCode {

    /**
     * The message template.
     *
     * @return the message template
     */
    String message() default "{org.minzheng.core.validation.ValidRegionCode.message}";

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
     * The allowed levels (允许的层级); empty (the default) allows every level.
     *
     * @return the allowed levels
     */
    org.minzheng.core.identity.RegionLevel[] levels() default {};

    /**
     * Several {@link ValidRegionCode} constraints on the same element, e.g. in different groups.
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
        ValidRegionCode[] value();
    }
}
