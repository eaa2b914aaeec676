package org.minzheng.core.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored result of an assessment of an older person's capability (老年人能力评估结果, GB/T 42195-2022): the
 * day assessed, the total score (0–90) and the level finally assigned, after the adjustments for dementia, care
 * risk events or coma (so the level need not follow from the total). The assessment itself is made by
 * {@code org.minzheng.core.elderly.CapabilityAssessment}; this is what the registry keeps of it.
 *
 * @param assessedOn the day of the assessment (评估日期)
 * @param totalScore the total score, 0 to 90 (总分)
 * @param level the level assigned (能力等级)
 */
public record CapabilityRecord(LocalDate assessedOn, int totalScore, CapabilityLevel level) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the total is outside 0 to 90
     */
    public CapabilityRecord {
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(level, "level");
        if (totalScore < 0 || totalScore > 90) {
            throw new IllegalArgumentException("a GB/T 42195-2022 total is 0 to 90 (总分应在0至90之间): " + totalScore);
        }
    }
}
