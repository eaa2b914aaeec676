package org.minzheng.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;
import org.minzheng.core.identity.InvalidIdentifierException;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.identity.RegionLevel;

/**
 * Validates {@link ValidRegionCode} (行政区划代码校验器) with {@link RegionCode#parse(String)} and,
 * if the constraint names levels, checks the level.
 */
public final class ValidRegionCodeValidator implements ConstraintValidator<ValidRegionCode, CharSequence> {

    private boolean appendReason;
    private Set<RegionLevel> levels;

    /** Creates the validator; called by the Bean Validation provider. */
    public ValidRegionCodeValidator() {
    }

    @Override
    public void initialize(ValidRegionCode annotation) {
        appendReason = "{org.minzheng.core.validation.ValidRegionCode.message}".equals(annotation.message());
        levels = EnumSet.allOf(RegionLevel.class);
        if (annotation.levels().length > 0) {
            levels.clear();
            for (RegionLevel level : annotation.levels()) {
                levels.add(level);
            }
        }
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        RegionCode code;
        try {
            code = RegionCode.parse(value.toString());
        } catch (InvalidIdentifierException e) {
            return Violations.reject(context, appendReason, e.reason().code());
        }
        return levels.contains(code.level()) || Violations.reject(context, appendReason, "level");
    }
}
