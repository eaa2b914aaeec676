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
 * <p>The yearly cap ({@link TemporaryAssistance#YEARLY_CAP_MONTHS}) is applied to what the household has already
 * received in the calendar year: the larger of what the caseworker states ({@code receivedThisYear}) and what the
 * ledger shows, which the runtime reads when it assesses from storage.
 *
 * @param type emergency or expenditure
 * @param assessedNeed the need assessed, in yuan, not negative
 * @param receivedThisYear temporary assistance the household already received in the calendar year, not negative
 * @param atEmergencySite whether the household applies where an emergency happened rather than where it is
 *     registered or lives (在急难发生地申请): only emergency help is given there
 */
public record TemporaryNeed(TemporaryAssistanceType type, Money assessedNeed, Money receivedThisYear,
                            boolean atEmergencySite) implements Application {

    /**
     * Checks the parts.
     *
     * @param type the type
     * @param assessedNeed the need, not negative
     * @param receivedThisYear already received this year, not negative
     * @param atEmergencySite whether applied for where the emergency happened
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an amount is negative
     */
    public TemporaryNeed {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(assessedNeed, "assessedNeed");
        Objects.requireNonNull(receivedThisYear, "receivedThisYear");
        if (assessedNeed.isNegative()) {
            throw new IllegalArgumentException("assessed need must not be negative: " + assessedNeed);
        }
        if (receivedThisYear.isNegative()) {
            throw new IllegalArgumentException("assistance received this year must not be negative: "
                    + receivedThisYear);
        }
    }

    /**
     * A need applied for where the household is registered or lives.
     *
     * @param type the type
     * @param assessedNeed the need, not negative
     * @param receivedThisYear already received this year, not negative
     */
    public TemporaryNeed(TemporaryAssistanceType type, Money assessedNeed, Money receivedThisYear) {
        this(type, assessedNeed, receivedThisYear, false);
    }

    /**
     * A need of a household that has received no temporary assistance this year.
     *
     * @param type the type
     * @param assessedNeed the need, not negative
     */
    public TemporaryNeed(TemporaryAssistanceType type, Money assessedNeed) {
        this(type, assessedNeed, Money.ZERO);
    }

    /**
     * This need with what the household already received in the calendar year.
     *
     * @param received the amount, not negative
     * @return the need
     */
    public TemporaryNeed withReceivedThisYear(Money received) {
        return new TemporaryNeed(type, assessedNeed, received, atEmergencySite);
    }

    /**
     * This need applied for where the emergency happened (a household registered and living elsewhere).
     *
     * @return the need
     */
    public TemporaryNeed appliedAtEmergencySite() {
        return new TemporaryNeed(type, assessedNeed, receivedThisYear, true);
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
