package org.minzheng.core.elderly;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.decision.Explanation;
import org.minzheng.core.decision.ExplanationStep;
import org.minzheng.core.registry.CapabilityLevel;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.decision.Texts;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.Unit;
import org.minzheng.core.standards.ValueType;

/**
 * 老年人能力评估 (older-adult capability assessment), GB/T 42195-2022: item scores → level.
 *
 * <h2>Rule</h2>
 * <ol>
 *   <li>Total = the sum of the 26 item scores (0–90).</li>
 *   <li>Level of the total: 90 能力完好 (intact); 66–89 轻度失能 (mild); 46–65 中度失能 (moderate); 30–45
 *       重度失能 (severe); 0–29 完全失能 (complete).</li>
 *   <li>One level worse (not more) when dementia or another mental disorder is diagnosed, or when two or more
 *       care-risk events happened in the last 30 days; 完全失能 stays 完全失能.</li>
 *   <li>A person in a coma is assessed at the level of the {@link ComaRule} (standard {@code
 *       capability.coma-level}, default 完全失能), whatever the scores.</li>
 * </ol>
 */
public final class CapabilityAssessment {

    /**
     * {@code capability.coma-level} — 昏迷者能力等级 (capability level of a person in a coma). Level assigned by
     * a GB/T 42195-2022 assessment to a person in a coma: severe or complete. Sources disagree; default complete.
     */
    public static final Standard<ComaRule> COMA_LEVEL = Standard.builder("capability.coma-level",
            ValueType.ofCoded(ComaRule.class))
            .names("昏迷者能力等级", "capability level of a person in a coma")
            .unit(Unit.CHOICE)
            .defaultValue(ComaRule.COMPLETE)
            .description("Level a GB/T 42195-2022 assessment assigns to a person in a coma: severe (重度失能, as in the older MZ/T 039-2013) or complete (完全失能). Sources disagree; default complete.")
            .legalBasis("GB/T 42195-2022《老年人能力评估规范》")
            .build();

    /** The explanation texts of an assessment. */
    static final Texts TEXTS = Texts.load("capability", name -> CapabilityAssessment.class.getResourceAsStream(name));

    private CapabilityAssessment() {
    }

    /**
     * The level of a total score, before adjustments.
     *
     * @param total the total, 0–90
     * @return the level
     * @throws IllegalArgumentException if the total is outside 0–90
     */
    public static CapabilityLevel levelOf(int total) {
        if (total < 0 || total > 90) {
            throw new IllegalArgumentException("a GB/T 42195-2022 total is 0 to 90: " + total);
        }
        return total == 90 ? CapabilityLevel.INTACT : total >= 66 ? CapabilityLevel.MILD
                : total >= 46 ? CapabilityLevel.MODERATE : total >= 30 ? CapabilityLevel.SEVERE : CapabilityLevel.COMPLETE;
    }

    /**
     * Assesses with the coma rule of a region.
     *
     * @param scores the scores
     * @param standards the region's standards ({@code capability.coma-level})
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static CapabilityResult assess(CapabilityScores scores, ResolvedStandards standards) {
        return assess(scores, standards.get(COMA_LEVEL));
    }

    /**
     * Assesses with an explicit coma rule.
     *
     * @param scores the scores
     * @param comaRule the level for a person in a coma
     * @return the result
     * @throws NullPointerException if an argument is null
     */
    public static CapabilityResult assess(CapabilityScores scores, ComaRule comaRule) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(comaRule, "comaRule");
        List<ExplanationStep> steps = new ArrayList<>();
        Map<CapabilityDomain, Integer> domains = new EnumMap<>(CapabilityDomain.class);
        for (CapabilityDomain d : CapabilityDomain.values()) {
            domains.put(d, 0);
        }
        int total = 0;
        for (Map.Entry<CapabilityItem, Integer> e : scores.scores().entrySet()) {
            domains.merge(e.getKey().domain(), e.getValue(), Integer::sum);
            total += e.getValue();
        }
        for (CapabilityDomain d : CapabilityDomain.values()) {
            steps.add(ExplanationStep.of(TEXTS, "capability.domain", d, domains.get(d), d.maxScore()));
        }
        CapabilityLevel scoreLevel = levelOf(total);
        steps.add(ExplanationStep.of(TEXTS, "capability.total", total, scoreLevel));
        List<CapabilityAdjustment> adjustments = new ArrayList<>();
        CapabilityLevel level = scoreLevel;
        if (scores.coma()) {
            adjustments.add(CapabilityAdjustment.COMA);
            level = comaRule.level();
            steps.add(ExplanationStep.of(TEXTS, "capability.coma", comaRule, level));
        } else {
            if (scores.dementiaOrMentalDisorder()) {
                adjustments.add(CapabilityAdjustment.DEMENTIA_OR_MENTAL_DISORDER);
            }
            if (scores.careRiskEvents() >= 2) {
                adjustments.add(CapabilityAdjustment.CARE_RISK_EVENTS);
            }
            if (!adjustments.isEmpty()) {
                level = worse(scoreLevel);
                for (CapabilityAdjustment a : adjustments) {
                    steps.add(ExplanationStep.of(TEXTS, "capability.adjustment", a));
                }
            }
        }
        steps.add(ExplanationStep.of(TEXTS, "capability.level", level));
        return new CapabilityResult(total, domains, scoreLevel, level, adjustments,
                Explanation.of(steps, Optional.empty()));
    }

    private static CapabilityLevel worse(CapabilityLevel level) {
        CapabilityLevel[] all = CapabilityLevel.values();
        return all[Math.min(all.length - 1, level.ordinal() + 1)];
    }
}
