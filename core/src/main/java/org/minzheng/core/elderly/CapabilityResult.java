package org.minzheng.core.elderly;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.minzheng.core.decision.Explanation;
import org.minzheng.core.registry.CapabilityLevel;

/**
 * The outcome of a GB/T 42195-2022 assessment (老年人能力评估结果).
 *
 * @param total the total score, 0–90 (0 for a person in a coma not scored)
 * @param domainScores the total of each domain
 * @param scoreLevel the level of the total score alone
 * @param level the final level after adjustments
 * @param adjustments the adjustments applied, in order
 * @param explanation the steps, renderable in Chinese and English
 */
public record CapabilityResult(int total, Map<CapabilityDomain, Integer> domainScores, CapabilityLevel scoreLevel,
        CapabilityLevel level, List<CapabilityAdjustment> adjustments, Explanation explanation) {

    /**
     * Checks and copies the parts.
     *
     * @param total the total
     * @param domainScores the domain totals
     * @param scoreLevel the level of the score
     * @param level the final level
     * @param adjustments the adjustments
     * @param explanation the explanation
     * @throws NullPointerException if an argument is null
     */
    public CapabilityResult {
        Objects.requireNonNull(scoreLevel, "scoreLevel");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(explanation, "explanation");
        domainScores = Map.copyOf(domainScores);
        adjustments = List.copyOf(adjustments);
    }
}
