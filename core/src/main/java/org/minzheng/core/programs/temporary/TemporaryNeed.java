package org.minzheng.core.programs.temporary;

import java.util.Objects;

import org.minzheng.core.money.Money;
import org.minzheng.core.program.ProgramCode;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.core.rule.Application;

/**
 * A request for temporary assistance as assessed by the township (临时救助申请及评估): its type and the
 * assessed need in yuan: the application a caseworker records for 临时救助. The rule caps the need and
 * decides the approving level.
 *
 * @param type emergency or expenditure
 * @param assessedNeed the need assessed, in yuan, not negative
 */
public record TemporaryNeed(TemporaryAssistanceType type, Money assessedNeed) implements Application {

    /**
     * Checks the parts.
     *
     * @param type the type
     * @param assessedNeed the need, not negative
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the need is negative
     */
    public TemporaryNeed {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(assessedNeed, "assessedNeed");
        if (assessedNeed.isNegative()) {
            throw new IllegalArgumentException("assessed need must not be negative: " + assessedNeed);
        }
    }

    /**
     * An emergency need.
     *
     * @param assessedNeed the need
     * @return the request
     */
    public static TemporaryNeed emergency(Money assessedNeed) {
        return new TemporaryNeed(TemporaryAssistanceType.EMERGENCY, assessedNeed);
    }

    /**
     * An expenditure need.
     *
     * @param assessedNeed the need
     * @return the request
     */
    public static TemporaryNeed expenditure(Money assessedNeed) {
        return new TemporaryNeed(TemporaryAssistanceType.EXPENDITURE, assessedNeed);
    }

    /** The program applied for: 临时救助. */
    @Override
    public ProgramCode program() {
        return NationalPrograms.TEMPORARY_ASSISTANCE;
    }
}
