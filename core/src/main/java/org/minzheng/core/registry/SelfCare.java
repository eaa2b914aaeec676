package org.minzheng.core.registry;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Self-care ability (生活自理能力): which of the six activities of daily living a person can no
 * longer do, and, when an assessment under GB/T 42195-2022 was made, its capability level.
 *
 * @param lost the activities lost (an unmodifiable copy is kept)
 * @param capabilityLevel the GB/T 42195-2022 level (老年人能力等级), if assessed
 * @param assessedOn the date of the assessment (评估日期), if known
 */
public record SelfCare(Set<ActivityOfDailyLiving> lost, Optional<CapabilityLevel> capabilityLevel,
                       Optional<LocalDate> assessedOn) {

    /** Able to do all six activities, no capability assessment recorded. */
    public static final SelfCare ABLE = new SelfCare(Set.of(), Optional.empty(), Optional.empty());

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or an element is {@code null}
     */
    public SelfCare {
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(capabilityLevel, "capabilityLevel");
        Objects.requireNonNull(assessedOn, "assessedOn");
        EnumSet<ActivityOfDailyLiving> copy = EnumSet.noneOf(ActivityOfDailyLiving.class);
        for (ActivityOfDailyLiving a : lost) {
            copy.add(Objects.requireNonNull(a, "lost activity"));
        }
        lost = Collections.unmodifiableSet(copy);
    }

    /**
     * Self-care with the given activities lost and no capability assessment.
     *
     * @param lost the activities lost
     * @return the self-care record
     */
    public static SelfCare losing(ActivityOfDailyLiving... lost) {
        return new SelfCare(Set.of(lost), Optional.empty(), Optional.empty());
    }

    /**
     * A copy with a GB/T 42195-2022 assessment.
     *
     * @param level the capability level
     * @param on the assessment date
     * @return the copy
     */
    public SelfCare withAssessment(CapabilityLevel level, LocalDate on) {
        return new SelfCare(lost, Optional.of(level), Optional.of(on));
    }

    /**
     * Number of activities lost (0–6).
     *
     * @return the count
     */
    public int lostCount() {
        return lost.size();
    }

    /**
     * The ability derived from the number of activities lost (see {@link SelfCareAbility}).
     *
     * @return the ability
     */
    public SelfCareAbility ability() {
        return SelfCareAbility.ofLostActivities(lost.size());
    }
}
